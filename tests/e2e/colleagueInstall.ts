import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openApp, type AppContext } from '../../main/core/app';
import { exportBundle, importBundle } from '../../main/core/bundle';

/**
 * A colleague's install in a temporary data folder, for a script the
 * end-to-end tests run through tsx with `<from.mnw> <to.mnw>`: it imports
 * `from` (confirming the sender's key), lets `edit` work as the colleague
 * would, and exports everything to `to`.
 */
export function runColleagueInstall(edit: (app: AppContext) => Promise<void>): void {
  const [from, to] = process.argv.slice(2);
  if (!from || !to) return;
  const run = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mnw-colleague-'));
    const app = await openApp({ dataDir: path.join(dir, 'data') });
    try {
      await importBundle(app, from, { acceptKey: true });
      await edit(app);
      await exportBundle(app, { kind: 'all' }, to);
    } finally {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
