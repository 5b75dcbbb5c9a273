import type { Handlers, PlgDetail, PlgRelation, PlgSummary, SessionListItem } from '../../../shared/contract';
import type { Plg, PlgFields } from '../../../shared/domain';
import { compareBySurname, compareDutch } from '../../../shared/text/names';
import type { AppContext } from '../app';
import { canDecide } from '../bundle/suggestions';
import { ServiceError } from '../dispatch';
import { activityRef, byPhaseThenTitle } from './activities';
import { peopleOf, unknownMembers } from './people';
import { listSessions } from './sessions';

type PlgHandlers = Pick<Handlers, 'plgs:list' | 'plgs:summaries' | 'plgs:get' | 'plgs:save'>;

const byName = (a: Plg, b: Plg) => compareDutch(a.name, b.name);

/** Profiles that name the PLG, by surname. */
export function membersOf(app: AppContext, plgId: string): string[] {
  return app.repos.members
    .list()
    .filter((m) => m.plgIds.includes(plgId))
    .sort((a, b) => compareBySurname(a.name, b.name))
    .map((m) => m.id);
}

/** All cafés, coming ones first (soonest first), then past ones (latest first). */
const allSessions = (app: AppContext) => [...listSessions(app, 'upcoming'), ...listSessions(app, 'past')];

/**
 * Everything a PLG's page shows. Cafés and activities name their PLG; research
 * and questions do not, so they come from its people (members and
 * coordinators) and from the links of its own cafés and activities.
 */
export function plgDetail(app: AppContext, plg: Plg): PlgDetail {
  const memberIds = membersOf(app, plg.id);
  const itsPeople = new Set([...memberIds, ...plg.coordinatorIds]);
  const sessions = allSessions(app).filter((i) => i.session.plgId === plg.id);
  const activities = app.repos.activities.list().filter((a) => a.plgId === plg.id).sort(byPhaseThenTitle);

  const linkedFrom = new Map<string, PlgRelation['linkedFrom']>();
  const link = (id: string, from: PlgRelation['linkedFrom'][number]) => {
    const list = linkedFrom.get(id) ?? [];
    if (!list.some((l) => l.id === from.id)) list.push(from);
    linkedFrom.set(id, list);
  };
  for (const { session } of sessions) {
    for (const item of session.programme) for (const id of [...item.researchIds, ...item.questionIds]) link(id, { type: 'sessions', id: session.id, title: session.title });
  }
  for (const a of activities) for (const id of [...a.researchIds, ...a.questionIds]) link(id, { type: 'activities', id: a.id, title: a.title });
  const relation = (id: string, people: string[]): PlgRelation => ({ byItsPeople: people.some((p) => itsPeople.has(p)), linkedFrom: linkedFrom.get(id) ?? [] });
  const related = (r: PlgRelation) => r.byItsPeople || r.linkedFrom.length > 0;

  const research = app.repos.research
    .list()
    .filter((r) => !r.draft)
    .map((r) => ({ id: r.id, title: r.title, year: r.year, status: r.status, authorIds: r.authorIds, ...relation(r.id, r.authorIds) }))
    .filter(related)
    .sort((a, b) => b.year - a.year || compareDutch(a.title, b.title));
  const questions = app.repos.questions
    .list()
    .map((q) => ({ id: q.id, title: q.title, status: q.status, authorId: q.authorId, answers: q.answers.length, createdAt: q.createdAt, ...relation(q.id, [q.authorId]) }))
    .filter(related)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  const named = [
    ...plg.coordinatorIds,
    ...memberIds,
    ...sessions.flatMap((s) => s.session.organiserIds),
    ...research.flatMap((r) => r.authorIds),
    ...questions.map((q) => q.authorId),
  ];
  return { plg, mayEdit: canDecide(app, 'plgs', plg), memberIds, people: peopleOf(app, named), sessions, activities: activities.map(activityRef), research, questions };
}

function summaryOf(app: AppContext, plg: Plg, sessions: SessionListItem[], meId: string | null): PlgSummary {
  const members = membersOf(app, plg.id);
  const next = sessions.find((i) => !i.ended && i.session.plgId === plg.id)?.session;
  return {
    plg,
    coordinators: peopleOf(app, plg.coordinatorIds),
    members: members.length,
    mine: meId !== null && members.includes(meId),
    nextSession: next ? { id: next.id, title: next.title, start: next.start } : null,
    activities: app.repos.activities.list().filter((a) => a.plgId === plg.id).length,
  };
}

export function plgHandlers(app: AppContext): PlgHandlers {
  const plgs = app.repos.plgs;

  /** Coordinators must be profiles; one named twice counts once. */
  const checked = (fields: PlgFields): PlgFields => {
    const issues = unknownMembers(app, fields.coordinatorIds, 'fields.coordinatorIds');
    if (issues.length > 0) throw new ServiceError('invalid_input', 'The input is not valid.', issues);
    return { ...fields, coordinatorIds: [...new Set(fields.coordinatorIds)], institutions: [...new Set(fields.institutions)] };
  };

  return {
    async 'plgs:list'() {
      return plgs.list().sort(byName);
    },
    async 'plgs:summaries'() {
      const meId = app.settings.get().meId;
      const sessions = allSessions(app);
      return plgs
        .list()
        .sort(byName)
        .map((plg) => summaryOf(app, plg, sessions, meId));
    },
    async 'plgs:get'({ id }) {
      return plgDetail(app, plgs.get(id));
    },
    async 'plgs:save'({ id, fields }) {
      const clean = checked(fields);
      if (!id) return plgs.create(clean);
      if (!canDecide(app, 'plgs', plgs.get(id))) {
        throw new ServiceError('forbidden', 'Only a coordinator of this PLG can change it; others can suggest a change from their own install.');
      }
      return plgs.update(id, clean);
    },
  };
}
