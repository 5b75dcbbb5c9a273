// A colleague's install: imports the bundle HR exported, edits the same
// records (as the colleague would in the app) and exports everything back.
// Run by tests/e2e/conflicts.spec.ts through tsx (the core has JSON imports):
//   node --import tsx tests/e2e/makeColleagueEdits.ts <from-hr.mnw> <to-hr.mnw>
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../../main/core/app';
import { exportBundle, importBundle } from '../../main/core/bundle';
import { resolveField } from '../../main/core/records';
import { THEIRS } from './colleagueEdits';

async function main(from: string, to: string): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mnw-colleague-'));
  const app = await openApp({ dataDir: path.join(dir, 'data') });
  try {
    await importBundle(app, from, { acceptKey: true });
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
    await exportBundle(app, { kind: 'all' }, to);
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] && process.argv[3]) {
  main(process.argv[2], process.argv[3]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
