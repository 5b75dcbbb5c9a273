// Store benchmark: a single-record save and start-up load at 27k and 270k
// records, next to a plain single-file lowdb holding the same data.
// Run: node --import tsx bench/store.ts [--quick]
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { HybridClock } from '../shared/hlc';
import { generateDemo } from '../main/core/demo/generateDemo';
import { createRecord, updateRecord, type RecordContext } from '../main/core/records';
import { DocumentStore, type StoredRecord } from '../main/core/store/documentStore';
import type { StoreOp } from '../main/core/store/journal';
import { machine, maxEventLoopBlock, percentile, round, timeMs } from './lib';

const quick = process.argv.includes('--quick');
const SIZES = quick ? [27_000] : [27_000, 270_000];
const SAVES = 300;

const ctx: RecordContext = { clock: new HybridClock('0123456789abcdef'), installId: '0123456789abcdef', now: () => new Date() };

/** n records of the real shapes (members, research, questions, sessions, plgs). */
function dataset(n: number): Array<{ collection: string; record: StoredRecord }> {
  const demo = generateDemo(Math.ceil(n / 2.55));
  const all: Array<{ collection: string; record: StoredRecord }> = [];
  for (const collection of ['plgs', 'members', 'research', 'questions', 'sessions'] as const) {
    for (const { id, fields } of demo[collection]) {
      all.push({ collection, record: createRecord(ctx, fields as unknown as Record<string, unknown>, { id }) as unknown as StoredRecord });
    }
  }
  return all.slice(0, n);
}

async function ours(dir: string, data: ReturnType<typeof dataset>) {
  const store = await DocumentStore.open(dir);
  for (let i = 0; i < data.length; i += 5_000) {
    await store.commit(data.slice(i, i + 5_000).map(({ collection, record }): StoreOp => ({ kind: 'put', collection, record })));
  }
  await store.close();

  const load = await timeMs(() => DocumentStore.open(dir));
  const opened = load.value;
  const members = opened.all('members');
  const saves: number[] = [];
  const { blockedMs } = await maxEventLoopBlock(async () => {
    for (let i = 0; i < SAVES; i++) {
      const current = members[i % members.length]! as never;
      const next = updateRecord(ctx, current, { bio: `Bijgewerkt ${i}` }) as unknown as StoredRecord;
      saves.push((await timeMs(() => opened.put('members', next))).ms);
    }
    await opened.compact(); // background compaction is part of what must not block
  });
  await opened.close();
  const bytes = await dirSize(dir);
  return { loadMs: load.ms, saveP50: percentile(saves, 50), saveP95: percentile(saves, 95), maxBlockMs: blockedMs, mb: bytes / 1e6 };
}

async function baseline(dir: string, data: ReturnType<typeof dataset>) {
  const file = path.join(dir, 'db.json');
  const byCollection: Record<string, StoredRecord[]> = {};
  for (const { collection, record } of data) (byCollection[collection] ??= []).push(record);
  const db = new Low<Record<string, StoredRecord[]>>(new JSONFile(file), {});
  db.data = byCollection;
  await db.write();
  const load = await timeMs(() => new Low<Record<string, StoredRecord[]>>(new JSONFile(file), {}).read());
  const count = data.length > 100_000 ? 5 : 30;
  const saves: number[] = [];
  const { blockedMs } = await maxEventLoopBlock(async () => {
    for (let i = 0; i < count; i++) {
      const members = db.data.members!;
      members[i] = { ...members[i]!, bio: `Bijgewerkt ${i}` };
      saves.push((await timeMs(() => db.write())).ms);
    }
  });
  return { loadMs: load.ms, saveP50: percentile(saves, 50), saveP95: percentile(saves, 95), maxBlockMs: blockedMs, mb: (await stat(file)).size / 1e6 };
}

async function dirSize(dir: string): Promise<number> {
  const { readdir } = await import('node:fs/promises');
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(path.join(dir, name))).size;
  return total;
}

const results: Record<string, unknown> = { machine: machine() };
for (const size of SIZES) {
  const data = dataset(size);
  const dirA = await mkdtemp(path.join(os.tmpdir(), 'mnw-bench-store-'));
  const dirB = await mkdtemp(path.join(os.tmpdir(), 'mnw-bench-lowdb-'));
  const a = await ours(dirA, data);
  const b = await baseline(dirB, data);
  await rm(dirA, { recursive: true, force: true });
  await rm(dirB, { recursive: true, force: true });
  const label = `${size / 1000}k`;
  console.log(`store @ ${label} records (${round(b.mb, 1)} MB as one lowdb file)`);
  console.log(`  save one record   ours p50 ${round(a.saveP50)} ms, p95 ${round(a.saveP95)} ms | single-file lowdb p50 ${round(b.saveP50)} ms, p95 ${round(b.saveP95)} ms | ${round(b.saveP95 / a.saveP95, 1)}x faster`);
  console.log(`  longest event-loop block during saves  ours ${round(a.maxBlockMs)} ms | lowdb ${round(b.maxBlockMs)} ms`);
  console.log(`  load at start     ours ${round(a.loadMs)} ms | lowdb ${round(b.loadMs)} ms`);
  results[label] = { ours: mapRound(a), lowdbSingleFile: mapRound(b), saveP95Speedup: round(b.saveP95 / a.saveP95, 1) };
}
if (SIZES.length > 1) {
  const growth = (results['270k'] as { ours: { saveP95: number } }).ours.saveP95 / (results['27k'] as { ours: { saveP95: number } }).ours.saveP95;
  results.saveP95Growth27kTo270k = round(growth);
  console.log(`  save p95 growth from 27k to 270k: ${round(growth)}x`);
}
console.log(JSON.stringify({ bench: 'store', ...results }));

function mapRound(o: Record<string, number>) {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)]));
}
