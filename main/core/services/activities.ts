import type { ActivityRef, Handlers, LinkedRecord } from '../../../shared/contract';
import type { Activity, ActivityFields } from '../../../shared/domain';
import type { FieldIssue } from '../../../shared/result';
import { compareDutch } from '../../../shared/text/names';
import type { AppContext } from '../app';
import { ServiceError } from '../dispatch';
import { keepsActivity } from '../overview/filter';
import { peopleOf, unknownMembers } from './people';

type ActivityHandlers = Pick<
  Handlers,
  'activities:list' | 'activities:get' | 'activities:save' | 'activities:delete' | 'activities:linkedTo' | 'activities:choices'
>;

const LINKS = [
  ['researchIds', 'research'],
  ['questionIds', 'questions'],
  ['sessionIds', 'sessions'],
] as const;

/** Running work first, then by title. */
const PHASE_ORDER: Record<Activity['phase'], number> = { lopend: 0, opstart: 1, verkennend: 2, geborgd: 3, beoogd: 4, afgerond: 5 };
export const byPhaseThenTitle = (a: Activity, b: Activity) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] || compareDutch(a.title, b.title);

/** A short reference to an activity, for the pages of what it links to. */
export const activityRef = (a: Activity): ActivityRef => ({ id: a.id, title: a.title, phase: a.phase, institution: a.institution });

export function activityHandlers(app: AppContext): ActivityHandlers {
  const activities = app.repos.activities;

  /** Every id must point at a live record; a member named twice counts once. */
  const checked = (fields: ActivityFields): ActivityFields => {
    const issues: FieldIssue[] = unknownMembers(app, fields.memberIds, 'fields.memberIds');
    for (const [key, collection] of LINKS) {
      fields[key].forEach((id, i) => {
        if (!app.repos[collection].find(id)) issues.push({ path: `fields.${key}.${i}`, code: 'unknown_record', message: `No ${collection} record with id ${id}.` });
      });
    }
    if (fields.plgId && !app.repos.plgs.find(fields.plgId)) issues.push({ path: 'fields.plgId', code: 'unknown_record', message: `No PLG with id ${fields.plgId}.` });
    if (issues.length > 0) throw new ServiceError('invalid_input', 'The input is not valid.', issues);
    const unique = <T>(list: readonly T[]) => [...new Set(list)];
    return {
      ...fields,
      memberIds: unique(fields.memberIds),
      teams: unique(fields.teams),
      researchIds: unique(fields.researchIds),
      questionIds: unique(fields.questionIds),
      sessionIds: unique(fields.sessionIds),
      marketplace: unique(fields.marketplace),
    };
  };

  const linksOf = (a: Activity): LinkedRecord[] => {
    const out: LinkedRecord[] = [];
    for (const [key, collection] of LINKS) {
      for (const id of a[key]) {
        const record = app.repos[collection].find(id);
        if (record) out.push({ type: collection, id, title: record.title });
      }
    }
    const plg = a.plgId ? app.repos.plgs.find(a.plgId) : undefined;
    if (plg) out.push({ type: 'plgs', id: plg.id, title: plg.name });
    return out;
  };

  return {
    async 'activities:list'({ filter, phase, initiative, memberId, offset, limit }) {
      const all = activities
        .list()
        .filter((a) => keepsActivity(filter, a) && (!phase || a.phase === phase) && (!initiative || a.initiative === initiative) && (!memberId || a.memberIds.includes(memberId)))
        .sort(byPhaseThenTitle);
      const items = all.slice(offset, offset + limit);
      return { total: all.length, items, people: peopleOf(app, items.flatMap((a) => a.memberIds)) };
    },
    async 'activities:get'({ id }) {
      const activity = activities.get(id);
      return { activity, people: peopleOf(app, activity.memberIds), links: linksOf(activity) };
    },
    async 'activities:save'({ id, fields }) {
      const clean = checked(fields);
      return id ? activities.update(id, clean) : activities.create(clean);
    },
    async 'activities:delete'({ id }) {
      await activities.remove(id);
      return { id };
    },
    async 'activities:linkedTo'({ id }) {
      return activities
        .list()
        .filter((a) => a.researchIds.includes(id) || a.questionIds.includes(id) || a.sessionIds.includes(id) || a.plgId === id)
        .sort(byPhaseThenTitle)
        .map(activityRef);
    },
    async 'activities:choices'() {
      const members = app.repos.members.list();
      const titled = <T extends { id: string; title: string }>(type: LinkedRecord['type'], list: T[]): LinkedRecord[] =>
        list.map((r) => ({ type, id: r.id, title: r.title })).sort((a, b) => compareDutch(a.title, b.title));
      const sorted = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort(compareDutch);
      return {
        members: peopleOf(app, members.map((m) => m.id)).sort((a, b) => compareDutch(a.name, b.name)),
        research: titled('research', app.repos.research.list().filter((r) => !r.draft)),
        questions: titled('questions', app.repos.questions.list()),
        sessions: titled('sessions', app.repos.sessions.list()),
        plgs: app.repos.plgs.list().map((p) => ({ type: 'plgs' as const, id: p.id, title: p.name })).sort((a, b) => compareDutch(a.title, b.title)),
        institutions: sorted(members.map((m) => m.institution)),
        teams: sorted(members.map((m) => m.team)),
        marketplace: sorted(members.flatMap((m) => (m.visibility === 'prive' ? [] : [...(m.fieldVisibility.offers === 'prive' ? [] : m.offers), ...(m.fieldVisibility.wants === 'prive' ? [] : m.wants)]))),
      };
    },
  };
}
