// CLI benchmark: one command on the 27k network against the same command on
// an empty data directory, measured in the same run (each process started
// anew, as a user would, through node_modules/.bin rather than npx). Also a
// search with no persisted index (the rebuild the persisted index saves).
// Run: node --import tsx bench/cli.ts [--quick]   (--quick: fewer repetitions)
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from '../main/core/app';
import { indexFile } from '../main/core/search/persist';
import { machine, percentile, round } from './lib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'masternetwerk.mjs');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 5 : 11;
/** Demo members for about 27k records in the store: a demo member brings ≈ 4.94 (profile, research, questions, cafés, PLGs, activities, learning log, POP). */
const MEMBERS = 5_470;

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--if-needed'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const results: Record<string, unknown> = { bench: 'cli', machine: machine() };
const empty = await mkdtemp(path.join(os.tmpdir(), 'mnw-bench-cli-empty-'));
const network = await mkdtemp(path.join(os.tmpdir(), 'mnw-bench-cli-27k-'));
try {
  // The 27k network as the app leaves it: seeded, closed, its search index persisted.
  const seeded = await openApp({ dataDir: network, demoOnFirstRun: true, demoMembers: MEMBERS });
  await seeded.searchIndex.ready;
  const records = Object.values(seeded.repos).reduce((n, repo) => n + repo.count(), 0);
  await seeded.close();
  console.log(`cli @ ${records} records (demo network of ${MEMBERS} members) vs an empty data directory, ${RUNS} runs each, interleaved, medians`);

  const time = (dataDir: string, args: string[], before?: () => Promise<void>) => async () => {
    await before?.();
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [cli, '--data', dataDir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== 0) throw new Error(`masternetwerk ${args.join(' ')} failed: ${run.stderr}`);
    return ms;
  };
  const dropIndex = () => rm(indexFile(network), { force: true });
  const cases = {
    listEmpty: time(empty, ['list', 'plgs', '--json']),
    list27k: time(network, ['list', 'plgs', '--json']),
    searchEmpty: time(empty, ['search', 'formatief handelen', '--json']),
    search27k: time(network, ['search', 'formatief handelen', '--json']),
    // The baseline the persisted index saves: the same search building the index from the store.
    search27kRebuild: time(network, ['search', 'formatief handelen', '--json'], dropIndex),
  };
  const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, [] as number[]])) as Record<keyof typeof cases, number[]>;
  for (let i = 0; i < RUNS; i++) {
    for (const [name, run] of Object.entries(cases)) samples[name as keyof typeof cases].push(await run());
    // The rebuild run wrote the index again; the next plain search reads it.
  }
  const med = (name: keyof typeof cases) => round(percentile(samples[name], 50), 0);
  const list = { empty: med('listEmpty'), network: med('list27k'), ratio: round(med('list27k') / med('listEmpty'), 2) };
  const search = {
    empty: med('searchEmpty'),
    network: med('search27k'),
    ratio: round(med('search27k') / med('searchEmpty'), 2),
    rebuild: med('search27kRebuild'),
    rebuildRatio: round(med('search27kRebuild') / med('searchEmpty'), 2),
  };
  console.log(`  list plgs --json     empty ${list.empty} ms, 27k ${list.network} ms → ${list.ratio}× (floor 3×)`);
  console.log(`  search … --json      empty ${search.empty} ms, 27k ${search.network} ms → ${search.ratio}× (floor 5×)`);
  console.log(`  search, no index     27k ${search.rebuild} ms → ${search.rebuildRatio}× (the rebuild the persisted index saves)`);
  Object.assign(results, { records, runs: RUNS, list, search });
} finally {
  await rm(empty, { recursive: true, force: true });
  await rm(network, { recursive: true, force: true });
}
console.log(JSON.stringify(results));
