import type { PopInput, PopView } from '../../../../shared/contract';
import { emptyGoalLinks } from '../../../../shared/domain';

export type PopDraft = PopInput & { goals: GoalDraft[] };
export type GoalDraft = PopInput['goals'][number];

export const todayInAmsterdam = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

const plusDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The editor's copy of the POP: the stored one, or a first empty plan starting today. */
export function draftOf(view: PopView): PopDraft {
  const pop = view.pop;
  if (!pop) return { visibility: 'prive', planStart: todayInAmsterdam(), lastConversation: null, nextConversation: null, goals: [] };
  const { visibility, planStart, lastConversation, nextConversation, goals } = pop;
  return { visibility, planStart, lastConversation, nextConversation, goals: structuredClone(goals) };
}

export function newGoal(): GoalDraft {
  const start = todayInAmsterdam();
  return {
    title: '',
    specifiek: '',
    meetbaar: '',
    acceptabel: '',
    realistisch: '',
    start,
    end: plusDays(start, 90),
    inspirerend: '',
    steps: [],
    status: 'gepland',
    evaluations: [],
    links: emptyGoalLinks(),
  };
}

/** Field ids follow the path in the POP (`goals.0.end` → `pop-goals-0-end`), so an error focuses its field. */
export const popFieldId = (path: string) => `pop-${path.replace(/\./g, '-')}`;

/** Every field path in form order, for focusing the first problem. */
export function fieldOrder(draft: PopDraft): string[] {
  const goal = (i: number, g: GoalDraft) => [
    ...['title', 'specifiek', 'meetbaar', 'acceptabel', 'realistisch', 'start', 'end', 'inspirerend', 'status'].map((f) => `goals.${i}.${f}`),
    ...g.steps.flatMap((_, s) => [`goals.${i}.steps.${s}.text`, `goals.${i}.steps.${s}.due`]),
    ...g.evaluations.flatMap((_, e) => [`goals.${i}.evaluations.${e}.date`, `goals.${i}.evaluations.${e}.text`]),
  ];
  return ['planStart', 'lastConversation', 'nextConversation', ...draft.goals.flatMap((g, i) => goal(i, g))];
}
