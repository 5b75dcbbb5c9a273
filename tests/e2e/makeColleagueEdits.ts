// A colleague's install: imports the bundle HR exported, edits the same
// records (as the colleague would in the app) and exports everything back.
// Run by tests/e2e/conflicts.spec.ts through tsx (the core has JSON imports):
//   node --import tsx tests/e2e/makeColleagueEdits.ts <from-hr.mnw> <to-hr.mnw>
import { resolveField } from '../../main/core/records';
import { runColleagueInstall } from './colleagueInstall';
import { THEIRS } from './colleagueEdits';

runColleagueInstall(async (app) => {
  const anna = app.repos.members.list().find((m) => m.name === 'Anna de Vries')!;
  const sanne = app.repos.members.list().find((m) => m.name === 'Sanne de Vries')!;
  await app.settings.update({ meId: anna.id });
  await app.repos.members.update(anna.id, { email: THEIRS.email, expertise: THEIRS.expertise, areas: THEIRS.areas });
  const research = app.repos.research.list()[0]!;
  await app.repos.research.update(research.id, { summary: THEIRS.summary, authorIds: [anna.id, sanne.id] });
  const session = app.repos.sessions.list()[0]!;
  await app.repos.sessions.update(session.id, { location: THEIRS.location });
  // The colleague edits the question and keeps it (restores it with the edit): on HR's side, where it
  // was deleted meanwhile, that is an edit-versus-delete conflict on the record's existence.
  const question = await app.repos.questions.update(app.repos.questions.list()[0]!.id, { body: THEIRS.questionBody });
  const kept = resolveField(app.records, question, 'deleted', false, question.fieldRevs.deleted!);
  await app.store.put('questions', kept as never);
});
