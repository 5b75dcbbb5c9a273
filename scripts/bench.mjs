// `npm run bench [-- --quick]`: every benchmark in bench/, one after the other
// (never in parallel: they would measure each other). Each prints its figures
// and, as its last line, one JSON object; the last line here joins them all.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const benches = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.ts') && f !== 'lib.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => only.length === 0 || only.includes(name));

const results = {};
let failed = false;
for (const name of benches) {
  console.log(`\n=== bench: ${name}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join('bench', `${name}.ts`), ...flags], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(run.stdout);
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  try {
    results[name] = JSON.parse(last);
  } catch {
    results[name] = { error: `exit ${run.status}` };
    failed = true;
  }
}
if (!existsSync(path.join(root, 'bench'))) failed = true;
console.log(JSON.stringify(results));
process.exit(failed ? 1 : 0);
