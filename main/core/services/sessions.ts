import { v7 as uuidv7 } from 'uuid';
import type { AttendanceChange, AttendeeInput, Handlers, LinkRef, MemberAction, MyRole, SessionListItem } from '../../../shared/contract';
import type { Attendee, CafeSession } from '../../../shared/domain';
import { fileSlug } from '../../../shared/text/fileSlug';
import { compareBySurname, compareDutch } from '../../../shared/text/names';
import type { AppContext } from '../app';
import { ServiceError } from '../dispatch';
import { exportAttendeesCsv, sessionToIcs } from '../formats';
import { amsterdamToInstant } from '../formats/amsterdamTime';
import { bytesOf } from './csvProblems';
import { importMembersFromCsv, previewMembersCsv } from './memberCsv';
import { peopleOf } from './people';
import { admissionStatus, attendanceCounts, changeStatus, promoteWaiting, removeAttendee, waitingList } from './sessionAttendance';
import { countChanges, planAttendeeImport } from './sessionAttendeesCsv';

type SessionHandlers = Pick<
  Handlers,
  | 'sessions:list'
  | 'sessions:get'
  | 'sessions:save'
  | 'sessions:delete'
  | 'sessions:choices'
  | 'sessions:saveProgramme'
  | 'sessions:register'
  | 'sessions:setAttendance'
  | 'sessions:removeAttendee'
  | 'sessions:saveReport'
  | 'sessions:actionsOf'
  | 'sessions:ics'
  | 'sessions:attendeesCsv'
  | 'sessions:attendeesPreview'
  | 'sessions:attendeesImport'
  | 'memberCsv:preview'
  | 'memberCsv:import'
>;

/** When a session is over: its start (Amsterdam wall time) plus its duration. */
export const endOf = (session: CafeSession) => amsterdamToInstant(session.start).getTime() + session.minutes * 60_000;

/** How a colleague takes part: organising, presenting an item, or attending (not after cancelling). */
export function rolesOf(session: CafeSession, memberId: string | null): MyRole[] {
  if (!memberId) return [];
  const roles: MyRole[] = [];
  if (session.organiserIds.includes(memberId)) roles.push('organiser');
  if (session.programme.some((item) => item.presenterIds.includes(memberId))) roles.push('presenter');
  if (session.attendees.some((a) => a.memberId === memberId && a.status !== 'afgemeld')) roles.push('attendee');
  return roles;
}

/** `za 14 mrt 2026` sorts as text: the wall time is `YYYY-MM-DDTHH:mm`. */
const byStart = (a: CafeSession, b: CafeSession) => a.start.localeCompare(b.start) || compareDutch(a.title, b.title);

export { fileSlug };

const fileNameOf = (session: CafeSession, ext: string) => `${fileSlug(session.title, 'netwerkcafe')}-${session.start.slice(0, 10)}.${ext}`;

const listItem = (session: CafeSession, meId: string | null, now: number): SessionListItem => ({
  session,
  myRoles: rolesOf(session, meId),
  ended: endOf(session) < now,
  counts: attendanceCounts(session.attendees),
});

export function listSessions(app: AppContext, view: 'upcoming' | 'past' | 'mine', role?: MyRole): SessionListItem[] {
  const now = app.records.now().getTime();
  const meId = app.settings.get().meId;
  const items = app.repos.sessions.list().map((session) => listItem(session, meId, now));
  const upcoming = items.filter((i) => !i.ended).sort((a, b) => byStart(a.session, b.session));
  const past = items.filter((i) => i.ended).sort((a, b) => byStart(b.session, a.session));
  if (view === 'upcoming') return upcoming;
  if (view === 'past') return past;
  const mine = (i: SessionListItem) => (role ? i.myRoles.includes(role) : i.myRoles.length > 0);
  return [...upcoming.filter(mine), ...past.filter(mine)];
}

function titlesOf(app: AppContext, collection: 'research' | 'questions', ids: Iterable<string>): LinkRef[] {
  const out: LinkRef[] = [];
  for (const id of new Set(ids)) {
    const record = app.repos[collection].find(id);
    if (record) out.push({ id, title: record.title });
  }
  return out;
}

/** Everyone a session names: organisers, presenters, attending colleagues and action owners. */
function peopleIn(session: CafeSession): string[] {
  return [
    ...session.organiserIds,
    ...session.programme.flatMap((p) => p.presenterIds),
    ...session.attendees.flatMap((a) => (a.memberId ? [a.memberId] : [])),
    ...session.actions.flatMap((a) => (a.ownerId ? [a.ownerId] : [])),
  ];
}

function attendeeFor(app: AppContext, session: CafeSession, input: AttendeeInput): Omit<Attendee, 'status'> {
  const base = { id: uuidv7(), registeredAt: app.records.now().toISOString() };
  if (input.kind === 'member') {
    const member = app.repos.members.get(input.memberId);
    if (session.attendees.some((a) => a.memberId === member.id && a.status !== 'afgemeld')) alreadyRegistered();
    return { ...base, memberId: member.id, name: member.name, email: member.email };
  }
  const email = (input.email ?? '').trim();
  const sameGuest = (a: Attendee) =>
    a.status !== 'afgemeld' && (email ? a.email.toLowerCase() === email.toLowerCase() : a.memberId === null && a.name === input.name.trim());
  if (session.attendees.some(sameGuest)) alreadyRegistered();
  return { ...base, memberId: null, name: input.name.trim(), email };
}

function alreadyRegistered(): never {
  throw new ServiceError('invalid_input', 'This person is already on the attendee list.', [
    { path: 'attendee', code: 'already_registered', message: 'already registered' },
  ]);
}

/** Someone who cancelled and registers again keeps one line on the list, moved to the back. */
async function register(app: AppContext, id: string, input: AttendeeInput): Promise<AttendanceChange> {
  const session = app.repos.sessions.get(id);
  const fresh = attendeeFor(app, session, input);
  const cancelled = session.attendees.find((a) => a.status === 'afgemeld' && (fresh.memberId ? a.memberId === fresh.memberId : fresh.email && a.email.toLowerCase() === fresh.email.toLowerCase()));
  const others = session.attendees.filter((a) => a !== cancelled);
  const attendee: Attendee = { ...fresh, id: cancelled?.id ?? fresh.id, status: admissionStatus(others, session.capacity) };
  const saved = await app.repos.sessions.update(id, { attendees: [...others, attendee] });
  return { session: saved, attendee, promoted: [] };
}

export function actionsOf(app: AppContext, memberId: string): MemberAction[] {
  const order = { open: 0, bezig: 1, klaar: 2 } as const;
  return app.repos.sessions
    .list()
    .flatMap((s) => s.actions.filter((a) => a.ownerId === memberId).map((action) => ({ sessionId: s.id, sessionTitle: s.title, sessionStart: s.start, action })))
    .sort((a, b) => order[a.action.status] - order[b.action.status] || (a.action.due ?? '9999').localeCompare(b.action.due ?? '9999') || compareDutch(a.action.text, b.action.text));
}

export function sessionIcs(app: AppContext, id: string) {
  const session = app.repos.sessions.get(id);
  const text = sessionToIcs(session, { nameOf: (memberId) => app.repos.members.find(memberId)?.name });
  return { fileName: fileNameOf(session, 'ics'), text };
}

export function attendeesCsv(app: AppContext, id: string) {
  const session = app.repos.sessions.get(id);
  return { fileName: `deelnemers-${fileNameOf(session, 'csv')}`, bytes: exportAttendeesCsv(session) };
}

/** Applies an attendee spreadsheet to a session (or, with dryRun, only says what it would do). */
export async function importAttendees(app: AppContext, id: string, bytes: Uint8Array, options: { dryRun?: boolean } = {}) {
  const session = app.repos.sessions.get(id);
  const plan = planAttendeeImport(app, session, bytes);
  if (!plan.attendees) return { preview: plan.preview, result: null };
  if (!options.dryRun) await app.repos.sessions.update(id, { attendees: plan.attendees });
  return { preview: plan.preview, result: countChanges(plan.preview) };
}

export function sessionHandlers(app: AppContext): SessionHandlers {
  const sessions = app.repos.sessions;
  const change = async (session: CafeSession, attendees: Attendee[], promoted: Attendee[], attendee: Attendee | null): Promise<AttendanceChange> => ({
    session: await sessions.update(session.id, { attendees }),
    attendee,
    promoted,
  });
  return {
    async 'sessions:list'({ view, role, offset, limit }) {
      const all = listSessions(app, view, role);
      const items = all.slice(offset, offset + limit);
      return { total: all.length, items, people: peopleOf(app, items.flatMap((i) => i.session.organiserIds)) };
    },
    async 'sessions:get'({ id }) {
      const session = sessions.get(id);
      return {
        ...listItem(session, app.settings.get().meId, app.records.now().getTime()),
        waitingOrder: waitingList(session.attendees).map((a) => a.id),
        people: peopleOf(app, peopleIn(session)),
        research: titlesOf(app, 'research', session.programme.flatMap((p) => p.researchIds)),
        questions: titlesOf(app, 'questions', session.programme.flatMap((p) => p.questionIds)),
      };
    },
    async 'sessions:save'({ id, fields }) {
      if (!id) return sessions.create({ ...fields, programme: [], attendees: [], notes: '', outcomes: '', actions: [] });
      const current = sessions.get(id);
      // A larger capacity (or none) gives waiting people their place at once.
      const { attendees } = promoteWaiting(current.attendees, fields.capacity);
      return sessions.update(id, { ...fields, attendees });
    },
    async 'sessions:delete'({ id }) {
      await sessions.remove(id);
      return { id };
    },
    async 'sessions:choices'() {
      const members = peopleOf(app, app.repos.members.list().map((m) => m.id)).sort((a, b) => compareBySurname(a.name, b.name));
      const titled = (collection: 'research' | 'questions') =>
        titlesOf(app, collection, app.repos[collection].list().map((r) => r.id)).sort((a, b) => compareDutch(a.title, b.title));
      return { members, research: titled('research'), questions: titled('questions') };
    },
    async 'sessions:saveProgramme'({ id, programme }) {
      sessions.get(id);
      return sessions.update(id, { programme: programme.map((item) => ({ ...item, id: item.id ?? uuidv7() })) });
    },
    async 'sessions:register'({ id, attendee }) {
      return register(app, id, attendee);
    },
    async 'sessions:setAttendance'({ id, attendeeId, status }) {
      const session = sessions.get(id);
      const result = changeStatus(session.attendees, session.capacity, attendeeId, status);
      if (!result) throw new ServiceError('not_found', `No attendee ${attendeeId} in session ${id}`);
      return change(session, result.attendees, result.promoted, result.changed);
    },
    async 'sessions:removeAttendee'({ id, attendeeId }) {
      const session = sessions.get(id);
      const result = removeAttendee(session.attendees, session.capacity, attendeeId);
      if (!result) throw new ServiceError('not_found', `No attendee ${attendeeId} in session ${id}`);
      return change(session, result.attendees, result.promoted, null);
    },
    async 'sessions:saveReport'({ id, notes, outcomes, actions }) {
      sessions.get(id);
      return sessions.update(id, { notes, outcomes, actions: actions.map((a) => ({ ...a, id: a.id ?? uuidv7() })) });
    },
    async 'sessions:actionsOf'({ memberId }) {
      return actionsOf(app, memberId);
    },
    async 'sessions:ics'({ id }) {
      return sessionIcs(app, id);
    },
    async 'sessions:attendeesCsv'({ id }) {
      const { fileName, bytes } = attendeesCsv(app, id);
      return { fileName, dataBase64: Buffer.from(bytes).toString('base64') };
    },
    async 'sessions:attendeesPreview'({ id, file }) {
      return planAttendeeImport(app, sessions.get(id), bytesOf(file.dataBase64)).preview;
    },
    async 'sessions:attendeesImport'({ id, file }) {
      return importAttendees(app, id, bytesOf(file.dataBase64));
    },
    async 'memberCsv:preview'({ file }) {
      return previewMembersCsv(app, bytesOf(file.dataBase64));
    },
    async 'memberCsv:import'({ file }) {
      return importMembersFromCsv(app, bytesOf(file.dataBase64));
    },
  };
}
