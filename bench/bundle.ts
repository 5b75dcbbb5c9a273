// Bundle benchmark: export and import of a 10,000-record bundle, next to the
// floor "JSON.parse + durable write of the same data" measured in the same run.
// Run: node --import tsx bench/bundle.ts [--quick]
import { mkdtemp, open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';
import { openApp } from '../main/core/app';
import { exportBundle, importBundle, inspectBundle } from '../main/core/bundle';
import { seedDemo } from '../main/core/demo/seedDemo';
import { machine, percentile, round, timeMs } from './lib';

const RECORDS = 10_000;
const REPEATS = process.argv.includes('--quick') ? 1 : 5;
// What a demo member brings into an `all` bundle: the profile, research (0.5), questions (1), activities (0.5),
// the learning entries its owners shared (≈ 1.5), sessions and PLGs: ≈ 4.6 records (400 members → 1,836).
const MEMBERS = Math.ceil(RECORDS / 4.6);

const scratch = await mkdtemp(path.join(os.tmpdir(), 'mnw-bench-bundle-'));
const dir = async (name: string) => mkdtemp(path.join(scratch, `${name}-`));

const source = await openApp({ dataDir: await dir('source') });
await seedDemo(source.store, source.repos, MEMBERS);
const file = path.join(scratch, 'bundle.mnw');

const exports: number[] = [];
let exported = { records: 0, bytes: 0 };
for (let i = 0; i < REPEATS; i++) {
  const { ms, value } = await timeMs(() => exportBundle(source, { kind: 'all' }, file));
  exports.push(ms);
  exported = value;
}
await source.close();

/** The floor: the same record JSON, parsed, then written once and fsynced. */
async function baseline(texts: string[]): Promise<number> {
  const out = path.join(await dir('floor'), 'records.json');
  const { ms } = await timeMs(async () => {
    const data = texts.map((t) => JSON.parse(t) as unknown);
    const handle = await open(out, 'w');
    await handle.writeFile(JSON.stringify(data));
    await handle.sync();
    await handle.close();
  });
  return ms;
}

async function recordTexts(): Promise<string[]> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  const texts: string[] = [];
  for await (const entry of zip.eachEntry()) {
    if (!entry.fileName.startsWith('records/')) continue;
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    texts.push(Buffer.concat(chunks).toString('utf8'));
  }
  zip.close();
  return texts;
}
const texts = await recordTexts();
const jsonMb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

const floors: number[] = [];
const inspects: number[] = [];
const imports: number[] = [];
const reimports: number[] = [];
for (let i = 0; i < REPEATS; i++) {
  floors.push(await baseline(texts));
  const target = await openApp({ dataDir: await dir('target') });
  inspects.push((await timeMs(() => inspectBundle(target, file))).ms);
  const first = await timeMs(() => importBundle(target, file));
  if (first.value.added !== exported.records) throw new Error(`imported ${first.value.added} of ${exported.records} records`);
  imports.push(first.ms);
  reimports.push((await timeMs(() => importBundle(target, file))).ms);
  await target.close();
}
await rm(scratch, { recursive: true, force: true });

const median = (xs: number[]) => percentile(xs, 50);
const floor = median(floors);
const result = {
  records: exported.records,
  bundleMb: round(exported.bytes / 1e6),
  jsonMb: round(jsonMb),
  repeats: REPEATS,
  exportMs: round(median(exports)),
  inspectMs: round(median(inspects)),
  importMs: round(median(imports)),
  reimportMs: round(median(reimports)),
  floorParseWriteMs: round(floor),
  exportRatio: round(median(exports) / floor),
  importRatio: round(median(imports) / floor),
  importLimitRatio: 4,
};
console.log(`bundle of ${result.records} records: ${result.bundleMb} MB zipped, ${result.jsonMb} MB of record JSON (median of ${REPEATS})`);
console.log(`  floor: JSON.parse + write + fsync of the same data   ${result.floorParseWriteMs} ms`);
console.log(`  export (select, sign, zip, write)                     ${result.exportMs} ms  (${result.exportRatio}x floor)`);
console.log(`  inspect (check everything, preview)                   ${result.inspectMs} ms`);
console.log(`  import into an empty install (one atomic commit)      ${result.importMs} ms  (${result.importRatio}x floor, limit 4x)`);
console.log(`  the same import again (nothing changes)               ${result.reimportMs} ms`);
console.log(JSON.stringify({ bench: 'bundle', machine: machine(), ...result }));
if (result.importRatio > 4) process.exitCode = 1;
