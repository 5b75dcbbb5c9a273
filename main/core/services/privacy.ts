import type { Handlers, MyDataExport } from '../../../shared/contract';
import { emptyAnswers, emptyMemberFields, MemberFields, noLinks, type CafeSession } from '../../../shared/domain';
import { Conflict } from '../../../shared/merge';
import type { AppContext } from '../app';
import { LOCAL } from '../bundle/limits';
import { ServiceError } from '../dispatch';
import { tombstone, updateRecord } from '../records';
import type { StoredRecord } from '../store/documentStore';
import type { StoreOp } from '../store/journal';
import { APP_VERSION } from '../version';
import { requireMe } from './people';
import { involves } from './research';
import { attendeesErased, erasedEntries, ERASED_ATTENDEE, isThem } from './sessionAttendance';
import { fileSlug, rolesOf } from './sessions';

type PrivacyHandlers = Pick<Handlers, 'privacy:export' | 'privacy:erase'>;

/** What an erased profile keeps: nothing personal, only the envelope for merging. */
export const ERASED_PROFILE = MemberFields.parse({ ...emptyMemberFields(), name: ERASED_ATTENDEE.name, institution: '-' });

const conflictsOf = (app: AppContext, memberId: string): Conflict[] =>
  app.store
    .all(LOCAL.conflicts)
    .map((c) => Conflict.safeParse(c))
    .flatMap((c) => (c.success && c.data.collection === 'members' && c.data.recordId === memberId ? [c.data] : []));

/** The undo record of the last import keeps whole records as they were; one may be an old copy of this profile. */
function undoHolds(app: AppContext, memberId: string): boolean {
  const undo = app.store.get(LOCAL.imports, 'last') as { touched?: { c: string; id: string }[] } | undefined;
  return undo?.touched?.some((t) => t.c === 'members' && t.id === memberId) ?? false;
}

/** Everything this install holds about one member, as a document they can read and keep. */
export function exportMyData(app: AppContext, memberId: string): MyDataExport {
  const member = app.repos.members.get(memberId);
  const research = app.repos.research.list().filter((r) => involves(r, memberId));
  const questions = app.repos.questions.list();
  const asked = questions.filter((q) => q.authorId === memberId);
  const answered = questions.flatMap((q) => {
    const answers = q.answers.filter((a) => a.authorId === memberId);
    return answers.length ? [{ questionId: q.id, questionTitle: q.title, answers }] : [];
  });
  const sessions = app.repos.sessions.list().flatMap((s) => {
    const roles = rolesOf(s, memberId);
    const registrations = s.attendees.filter((a) => isThem(a, member));
    const actions = s.actions.filter((a) => a.ownerId === memberId);
    if (roles.length === 0 && registrations.length === 0 && actions.length === 0) return [];
    return [{ sessionId: s.id, title: s.title, start: s.start, roles, registrations, actions }];
  });
  const plgs = app.repos.plgs
    .list()
    .filter((p) => member.plgIds.includes(p.id) || p.coordinatorIds.includes(memberId))
    .map((p) => ({ id: p.id, name: p.name, member: member.plgIds.includes(p.id), coordinator: p.coordinatorIds.includes(memberId) }));
  const conflicts = conflictsOf(app, memberId);
  const learning = ownLearning(app, memberId);
  const exportedAt = app.records.now().toISOString();
  const document = {
    format: 'masternetwerk-mijn-gegevens',
    version: 1,
    exportedAt,
    app: { version: APP_VERSION, installId: app.install.installId, dataDir: app.dataDir },
    isMe: app.settings.get().meId === memberId,
    profile: member,
    plgs,
    research,
    questionsAsked: asked,
    answersGiven: answered,
    sessions,
    activities: app.repos.activities.list().filter((a) => a.memberIds.includes(memberId)),
    conflictCopies: conflicts,
    learningLog: learning.learning,
    pop: learning.pop,
    badges: learning.badges,
  };
  return {
    fileName: `mijn-gegevens-${fileSlug(member.name, 'profiel')}-${exportedAt.slice(0, 10)}.json`,
    text: `${JSON.stringify(document, null, 2)}\n`,
    counts: {
      research: research.length,
      questionsAsked: asked.length,
      answers: answered.reduce((n, q) => n + q.answers.length, 0),
      sessions: sessions.length,
      actions: sessions.reduce((n, s) => n + s.actions.length, 0),
      conflicts: conflicts.length,
      learning: learning.learning.length,
      pop: learning.pop.length,
      badges: learning.badges.length,
    },
  };
}

/** The member's own learning records: leerlog entries and POPs they own, badges they received. */
function ownLearning(app: AppContext, memberId: string) {
  return {
    learning: app.repos.learning.list().filter((e) => e.ownerId === memberId),
    pop: app.repos.pop.list().filter((p) => p.ownerId === memberId),
    badges: app.repos.badges.list().filter((b) => b.memberId === memberId),
  };
}

/** Tombstones that also clear the text of the member's learning records (the shared ones' tombstones travel). */
function eraseLearning(app: AppContext, memberId: string): StoreOp[] {
  const own = ownLearning(app, memberId);
  const put = (collection: 'learning' | 'pop' | 'badges', record: unknown): StoreOp => ({ kind: 'put', collection, record: record as StoredRecord });
  return [
    ...own.learning.map((e) => put('learning', tombstone(app.records, e, { title: '', happened: '', withWhom: '', answers: emptyAnswers(), links: noLinks() }))),
    ...own.pop.map((p) => put('pop', tombstone(app.records, p, { goals: [] }))),
    ...own.badges.map((b) => put('badges', tombstone(app.records, b, { jws: '', name: '-', description: '' }))),
  ];
}

/**
 * Erases a profile in one atomic write: the tombstone that clears every
 * personal field (it travels in bundles, so other installs erase it too),
 * their name and e-mail in this install's attendee lists, the conflict
 * copies of their old values, and an undo record holding an old copy.
 * Research, questions and answers they wrote stay, no longer linked to a name.
 */
export async function eraseMember(app: AppContext, memberId: string) {
  const member = app.repos.members.get(memberId);
  const ops: StoreOp[] = [{ kind: 'put', collection: 'members', record: tombstone(app.records, member, ERASED_PROFILE) as unknown as StoredRecord }];
  const changes = attendeesErased(app.repos.sessions.listAll(), member);
  const attendeeEntries = erasedEntries(changes, member);
  for (const { session, attendees } of changes) {
    ops.push({ kind: 'put', collection: 'sessions', record: updateRecord(app.records, session, { attendees } satisfies Partial<CafeSession>) as unknown as StoredRecord });
  }
  const learningOps = eraseLearning(app, memberId);
  ops.push(...learningOps);
  const conflicts = conflictsOf(app, memberId);
  for (const conflict of conflicts) ops.push({ kind: 'purge', collection: LOCAL.conflicts, id: conflict.id });
  // Suggestions for the profile may hold its old values too.
  for (const suggestion of app.store.all(LOCAL.suggestions)) if (suggestion.recordId === memberId) ops.push({ kind: 'purge', collection: LOCAL.suggestions, id: suggestion.id });
  const undoDropped = undoHolds(app, memberId);
  if (undoDropped) ops.push({ kind: 'purge', collection: LOCAL.imports, id: 'last' });
  await app.store.commit(ops);
  if (app.settings.get().meId === memberId) await app.settings.update({ meId: null });
  return { id: memberId, attendeeEntries, conflicts: conflicts.length, undoDropped, learningRecords: learningOps.length };
}

export function privacyHandlers(app: AppContext): PrivacyHandlers {
  return {
    async 'privacy:export'(input) {
      return exportMyData(app, input?.memberId ?? requireMe(app));
    },
    async 'privacy:erase'({ memberId }) {
      if (!app.repos.members.find(memberId)) throw new ServiceError('not_found', `No profile with id ${memberId}.`);
      return eraseMember(app, memberId);
    },
  };
}
