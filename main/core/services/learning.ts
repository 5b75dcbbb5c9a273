import type { Handlers, LearningInput } from '../../../shared/contract';
import { emptyAnswers, noLinks, type CafeSession, type LearningEntry, type LearningFields, type LearningKind } from '../../../shared/domain';
import { compareDutch } from '../../../shared/text/names';
import type { AppContext } from '../app';
import { ServiceError } from '../dispatch';
import { instantToAmsterdam } from '../formats/amsterdamTime';
import { activityChoices, learningLinkedTo } from '../learning/activityLinks';
import { contributorFor } from '../learning/contributor';
import { learnerReportFile } from '../learning/learnerReport';
import { learningIndex } from '../learning/learningIndex';
import { requireOwner } from '../learning/ownership';
import { requireMe } from './people';
import { rolesOf } from './sessions';

type LearningHandlers = Pick<
  Handlers,
  | 'learning:list'
  | 'learning:get'
  | 'learning:save'
  | 'learning:delete'
  | 'learning:choices'
  | 'learning:linkedToActivity'
  | 'learning:logSession'
  | 'learning:report'
  | 'team:overview'
>;

const newestFirst = (a: LearningEntry, b: LearningEntry) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/** Today in Amsterdam, `YYYY-MM-DD`. */
export function amsterdamToday(app: AppContext): string {
  const w = instantToAmsterdam(app.records.now());
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** What the linked records are called, for showing links without another call. */
function titlesFor(app: AppContext, entries: readonly LearningEntry[]): Record<string, string> {
  const titles: Record<string, string> = {};
  const goals = new Map(app.repos.pop.list().flatMap((p) => p.goals.map((g) => [g.id, g.title] as const)));
  for (const { links } of entries) {
    if (links.sessionId) titles[links.sessionId] ??= app.repos.sessions.find(links.sessionId)?.title ?? '';
    if (links.researchId) titles[links.researchId] ??= app.repos.research.find(links.researchId)?.title ?? '';
    if (links.questionId) titles[links.questionId] ??= app.repos.questions.find(links.questionId)?.title ?? '';
    if (links.goalId) titles[links.goalId] ??= goals.get(links.goalId) ?? '';
    if (links.activityId) titles[links.activityId] ??= app.repos.activities.find(links.activityId)?.title ?? '';
  }
  return Object.fromEntries(Object.entries(titles).filter(([, t]) => t !== ''));
}

/** The fields of a new entry of "me": owner, institution, team and contributor token come from the app, not the caller. */
export function ownedFields(app: AppContext, meId: string, fields: LearningInput): LearningFields {
  const me = app.repos.members.get(meId);
  return { ...fields, ownerId: meId, contributor: contributorFor(learningIndex(app.store), meId), institution: me.institution, team: me.team };
}

/** Which kind a café visit is: presenting is sharing with others (2), attending a teachers' network is formal collaboration (11). */
const CAFE_KIND: Record<'presenter' | 'attendee', LearningKind> = { presenter: 'interactie', attendee: 'formele_samenwerking' };

/** The pre-filled entry of the one-click "log this café" on a session page. */
export function sessionDraft(session: CafeSession, role: 'presenter' | 'attendee', presented: string[]): LearningInput {
  const items = session.programme.map((p) => p.title).filter(Boolean);
  return {
    date: session.start.slice(0, 10),
    title: (role === 'presenter' ? `Gepresenteerd op netwerkcafé: ${session.title}` : `Netwerkcafé bijgewoond: ${session.title}`).slice(0, 200),
    happened: [
      session.theme ? `Thema: ${session.theme}.` : '',
      role === 'presenter' && presented.length ? `Mijn bijdrage: ${presented.join('; ')}.` : '',
      items.length ? `Programma: ${items.join('; ')}.` : '',
    ]
      .filter(Boolean)
      .join('\n')
      .slice(0, 4_000),
    withWhom: 'Collega’s van het masternetwerk',
    kind: CAFE_KIND[role],
    answers: emptyAnswers(),
    links: { ...noLinks(), sessionId: session.id },
    visibility: 'prive',
  };
}

export function learningHandlers(app: AppContext): LearningHandlers {
  const learning = app.repos.learning;
  const mine = (id: string) => {
    const entry = learning.get(id);
    requireOwner(app, entry.ownerId, 'learning-log entry');
    return entry;
  };
  return {
    async 'learning:list'({ period, kind, offset, limit }) {
      const meId = requireMe(app);
      const all = learning
        .list()
        .filter((e) => e.ownerId === meId && (!kind || e.kind === kind) && (!period?.from || e.date >= period.from) && (!period?.to || e.date <= period.to))
        .sort(newestFirst);
      const items = all.slice(offset, offset + limit);
      return { total: all.length, items, titles: titlesFor(app, items) };
    },
    async 'learning:get'({ id }) {
      const entry = learning.get(id);
      const isMine = entry.ownerId !== null && entry.ownerId === app.settings.get().meId;
      // Someone else's entry exists here only as far as it was shared; an aggregate-only one is not an entry to read.
      if (!isMine && entry.visibility !== 'netwerk') throw new ServiceError('not_found', `No learning-log entry with id ${id}`);
      return { entry, mine: isMine, titles: titlesFor(app, [entry]) };
    },
    async 'learning:save'({ id, fields }) {
      if (id) return learning.update(mine(id).id, fields);
      return learning.create(ownedFields(app, requireMe(app), fields));
    },
    async 'learning:delete'({ id }) {
      await learning.remove(mine(id).id, { title: '', happened: '', withWhom: '', answers: emptyAnswers() });
      return { id };
    },
    async 'learning:choices'() {
      const meId = requireMe(app);
      const ref = (r: { id: string; title: string }) => ({ id: r.id, title: r.title });
      const byTitle = (a: { title: string }, b: { title: string }) => compareDutch(a.title, b.title);
      const pop = app.repos.pop.list().find((p) => p.ownerId === meId);
      return {
        sessions: app.repos.sessions
          .list()
          .filter((s) => rolesOf(s, meId).length > 0)
          .sort((a, b) => b.start.localeCompare(a.start))
          .map(ref),
        goals: (pop?.goals ?? []).map(ref),
        research: app.repos.research.list().map(ref).sort(byTitle),
        questions: app.repos.questions.list().map(ref).sort(byTitle),
        activities: activityChoices(app, meId),
      };
    },
    async 'learning:linkedToActivity'({ id }) {
      app.repos.activities.get(id);
      return learningLinkedTo(app, id, app.settings.get().meId);
    },
    async 'learning:logSession'({ sessionId }) {
      const meId = requireMe(app);
      const session = app.repos.sessions.get(sessionId);
      const roles = rolesOf(session, meId);
      const role = roles.includes('presenter') ? 'presenter' : roles.includes('attendee') ? 'attendee' : null;
      if (!role) throw new ServiceError('forbidden', 'Only someone who attended or presented at this café can log it.');
      // A second click opens the entry already made rather than writing a copy.
      const existing = learningIndex(app.store).sessionEntry(meId, sessionId);
      if (existing) return learning.get(existing);
      const presented = session.programme.filter((p) => p.presenterIds.includes(meId)).map((p) => p.title);
      return learning.create(ownedFields(app, meId, sessionDraft(session, role, presented)));
    },
    async 'learning:report'({ period, format }) {
      return learnerReportFile(app, requireMe(app), period, format);
    },
    async 'team:overview'({ team, period }) {
      return learningIndex(app.store).overview({ team, period });
    },
  };
}
