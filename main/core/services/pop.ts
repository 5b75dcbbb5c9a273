import { v7 as uuidv7 } from 'uuid';
import type { GoalProgress, Handlers, PopView } from '../../../shared/contract';
import type { PopInput as PopInputSchema } from '../../../shared/contract';
import { POP_RENEWAL_YEARS, type Pop, type PopFields, type PopGoal } from '../../../shared/domain';
import type { AppContext } from '../app';
import { activityChoices } from '../learning/activityLinks';
import { addYears } from '../learning/dutchDate';
import { popPdf } from '../learning/popPdf';
import { requireOwner } from '../learning/ownership';
import { fileSlug } from '../../../shared/text/fileSlug';
import { requireMe } from './people';
import { amsterdamToday } from './learning';

type PopHandlers = Pick<Handlers, 'pop:get' | 'pop:save' | 'pop:pdf'>;

/** A member's current POP: the most recently started one they own. */
export const popOf = (app: AppContext, memberId: string): Pop | undefined =>
  app.repos.pop
    .list()
    .filter((p) => p.ownerId === memberId)
    .sort((a, b) => b.planStart.localeCompare(a.planStart) || b.createdAt.localeCompare(a.createdAt))[0];

/** Progress of each goal, from its steps and from what it links to (and the entries that link to it). */
export function goalProgress(app: AppContext, pop: Pop): GoalProgress[] {
  const actions = new Map(app.repos.sessions.list().flatMap((s) => s.actions.map((a) => [a.id, a] as const)));
  const entries = app.repos.learning.list().filter((e) => e.ownerId === pop.ownerId);
  return pop.goals.map((goal) => {
    const linkedEntries = new Set([...goal.links.learningIds.filter((id) => entries.some((e) => e.id === id)), ...entries.filter((e) => e.links.goalId === goal.id).map((e) => e.id)]);
    const linkedActions = goal.links.actionIds.map((id) => actions.get(id)).filter((a) => a !== undefined);
    const stepsDone = goal.steps.filter((s) => s.done).length;
    const actionsDone = linkedActions.filter((a) => a.status === 'klaar').length;
    const all = goal.steps.length + linkedActions.length;
    return {
      goalId: goal.id,
      stepsDone,
      steps: goal.steps.length,
      actionsDone,
      actions: linkedActions.length,
      learning: linkedEntries.size,
      wants: goal.links.wants.length,
      activities: goal.links.activityIds.length,
      share: all === 0 ? null : (stepsDone + actionsDone) / all,
    };
  });
}

export function popView(app: AppContext, memberId: string): PopView {
  const pop = popOf(app, memberId) ?? null;
  const member = app.repos.members.get(memberId);
  const renewalDue = pop ? addYears(pop.planStart, POP_RENEWAL_YEARS) : null;
  return {
    pop,
    progress: pop ? goalProgress(app, pop) : [],
    renewalDue,
    renewalOverdue: renewalDue !== null && renewalDue < amsterdamToday(app),
    choices: {
      learning: app.repos.learning
        .list()
        .filter((e) => e.ownerId === memberId)
        .sort((a, b) => b.date.localeCompare(a.date))
        .map((e) => ({ id: e.id, title: `${e.date} · ${e.title}` })),
      wants: member.wants,
      actions: app.repos.sessions.list().flatMap((s) => s.actions.filter((a) => a.ownerId === memberId).map((a) => ({ id: a.id, title: `${a.text} (${s.title})` }))),
      activities: activityChoices(app, memberId, pop?.goals.flatMap((g) => g.links.activityIds) ?? []),
    },
  };
}

/** New goals, steps and evaluations get their ids here; existing ones keep theirs. */
function withIds(goals: ReturnType<typeof PopInputSchema.parse>['goals']): PopGoal[] {
  return goals.map((g) => ({
    ...g,
    id: g.id ?? uuidv7(),
    steps: g.steps.map((s) => ({ ...s, id: s.id ?? uuidv7() })),
    evaluations: g.evaluations.map((e) => ({ ...e, id: e.id ?? uuidv7() })),
  }));
}

/** Creates "my" POP or replaces its contents; the whole plan is one record, written at once. */
export async function savePop(app: AppContext, meId: string, input: ReturnType<typeof PopInputSchema.parse>): Promise<Pop> {
  const fields: Omit<PopFields, 'ownerId'> = { ...input, goals: withIds(input.goals) };
  const current = popOf(app, meId);
  if (!current) return app.repos.pop.create({ ...fields, ownerId: meId });
  requireOwner(app, current.ownerId, 'POP');
  return app.repos.pop.update(current.id, fields);
}

export function popHandlers(app: AppContext): PopHandlers {
  return {
    async 'pop:get'() {
      return popView(app, requireMe(app));
    },
    async 'pop:save'(input) {
      const meId = requireMe(app);
      await savePop(app, meId, input);
      return popView(app, meId);
    },
    async 'pop:pdf'() {
      const meId = requireMe(app);
      const view = popView(app, meId);
      const member = app.repos.members.get(meId);
      const pdf = await popPdf(member, view, app.records.now());
      const goals = view.pop?.goals.length ?? 0;
      return { fileName: `pop-${fileSlug(member.name, 'docent')}.pdf`, mimeType: 'application/pdf', dataBase64: pdf.toString('base64'), entries: goals };
    },
  };
}
