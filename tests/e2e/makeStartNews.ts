// Bram's laptop, after Sanne's last visit: imports the bundle Sanne exported,
// answers her question, writes down an action for her, adds to their joint
// research, starts a PLG around their joint café, suggests a change to her
// profile, and exports everything back. Run by tests/e2e/start.spec.ts:
//   node --import tsx tests/e2e/makeStartNews.ts <from-sanne.mnw> <to-sanne.mnw>
import { dispatch } from '../../main/core/dispatch';
import { createHandlers } from '../../main/core/handlers';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { runColleagueInstall } from './colleagueInstall';
import { START_NEWS } from './startNews';

runColleagueInstall(async (app) => {
  const handlers = createHandlers(app);
  const call = async <C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> => {
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as OutputOf<C>;
  };
  const byName = (name: string) => app.repos.members.list().find((m) => m.name === name)!;
  const sanne = byName(START_NEWS.sanne);
  const bram = byName(START_NEWS.bram);
  await app.settings.update({ meId: bram.id });

  const question = app.repos.questions.list().find((q) => q.title === START_NEWS.question)!;
  await call('questions:answer', { questionId: question.id, body: START_NEWS.answer });
  const bramsCafe = app.repos.sessions.list().find((s) => s.title === START_NEWS.bramsCafe)!;
  await call('sessions:saveReport', { id: bramsCafe.id, notes: '', outcomes: '', actions: [{ text: START_NEWS.action, ownerId: sanne.id, due: null, status: 'open' }] });
  const research = app.repos.research.list().find((r) => r.title === START_NEWS.research)!;
  await app.repos.research.update(research.id, { summary: START_NEWS.summary });

  const plg = await call('plgs:save', { fields: { name: START_NEWS.plg, description: 'Bram en Sanne over feedback tijdens de stage.', institutions: ['Albeda'], coordinatorIds: [bram.id] } });
  await app.repos.members.update(bram.id, { plgIds: [plg.id] });
  const jointCafe = app.repos.sessions.list().find((s) => s.title === START_NEWS.jointCafe)!;
  await app.repos.sessions.update(jointCafe.id, { plgId: plg.id });
  // Not his to change: on Sanne's desktop this waits for her decision.
  await app.repos.members.update(sanne.id, { function: 'Docent-onderzoeker' });
});
