// Anna's two computers writing into one shared folder: her laptop, and a
// desktop that took her profile from the folder, picked it as "me" and
// changed her team. Run by tests/e2e/sync.spec.ts through tsx:
//   node --import tsx tests/e2e/makeSecondComputer.ts <shared-folder>
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../../main/core/app';
import { syncPass } from '../../main/core/sync';
import { memberFields } from '../node/helpers/bundles';

async function main(folder: string): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mnw-two-computers-'));
  const laptop = await openApp({ dataDir: path.join(dir, 'laptop') });
  const desktop = await openApp({ dataDir: path.join(dir, 'desktop') });
  try {
    const anna = await laptop.repos.members.create(memberFields({ name: 'Anna de Vries', email: 'anna@summa.example.nl', institution: 'Summa College' }));
    await laptop.settings.update({ meId: anna.id });
    await syncPass(laptop, folder);
    await syncPass(desktop, folder);
    await desktop.settings.update({ meId: anna.id });
    await desktop.repos.members.update(anna.id, { team: 'Techniek' });
    await syncPass(desktop, folder);
  } finally {
    await Promise.all([laptop.close(), desktop.close()]);
    await rm(dir, { recursive: true, force: true });
  }
}

await main(process.argv[2]!);
