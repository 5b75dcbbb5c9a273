// A child process for the crash test of the shared-folder sync: one pass that
// reads everyone's segments, printing a line after each store commit, so the
// parent can kill it in the middle of the pass.
import { openApp } from '../../../main/core/app';
import { syncPass } from '../../../main/core/sync';

const [dataDir, folder] = process.argv.slice(2) as [string, string];
const app = await openApp({ dataDir });
let commits = 0;
app.store.onChange(() => process.stdout.write(`C ${++commits}\n`));
await syncPass(app, folder, { write: false });
await app.close();
process.stdout.write('DONE\n');
