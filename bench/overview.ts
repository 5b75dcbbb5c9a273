// Overview benchmark (issue 10): the Overzicht numbers for the 27k-record
// network plus 5,000 activities, next to a naive recount that scans every
// record of every collection once per number, measured in the same run; and
// the PDF report for that network.
// Run: node --import tsx bench/overview.ts [--quick]
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { OverviewFilter } from '../shared/contract';
import { ACTIVITY_PHASES, AREAS, COLLECTION_NAMES, INITIATIVES, type Activity, type AnyRecord } from '../shared/domain';
import { openApp, type AppContext } from '../main/core/app';
import { generateDemo } from '../main/core/demo/generateDemo';
import { clearBoards } from '../main/core/overview/boardCache';
import { keepsActivity, keepsMember } from '../main/core/overview/filter';
import { buildBoard } from '../shared/search/marketplace';
import { computeOverview } from '../main/core/overview/computeOverview';
import { createRecord, type RecordContext } from '../main/core/records';
import { buildReport } from '../main/core/services/overview';
import { DocumentStore, type StoredRecord } from '../main/core/store/documentStore';
import type { StoreOp } from '../main/core/store/journal';
import { HybridClock } from '../shared/hlc';
import { machine, percentile, round, timeMs } from './lib';

const quick = process.argv.includes('--quick');
const RECORDS = 27_000;
const ACTIVITIES = 5_000;
const RUNS = quick ? 15 : 40;
const PDF_RUNS = quick ? 2 : 5;

const ctx: RecordContext = { clock: new HybridClock('0123456789abcdef'), installId: '0123456789abcdef', now: () => new Date() };

async function network(dir: string): Promise<void> {
  const demo = generateDemo(Math.ceil(RECORDS / 2.55));
  const ops: StoreOp[] = [];
  const put = (collection: string, id: string, fields: unknown, createdAt?: string) =>
    ops.push({ kind: 'put', collection, record: createRecord(ctx, fields as Record<string, unknown>, { id, createdAt }) as unknown as StoredRecord });
  let others = 0;
  for (const collection of ['plgs', 'members', 'research', 'questions', 'sessions'] as const) {
    for (const item of demo[collection]) {
      if (others++ >= RECORDS) break;
      put(collection, item.id, item.fields, 'createdAt' in item ? item.createdAt : undefined);
    }
  }
  let activities = 0;
  while (activities < ACTIVITIES) {
    for (const item of demo.activities) {
      if (activities >= ACTIVITIES) break;
      // Beyond the demo's own, copies with new ids: the same shapes, more of them.
      put('activities', activities < demo.activities.length ? item.id : `${item.id.slice(0, 24)}${String(activities).padStart(12, '0')}`, item.fields);
      activities++;
    }
  }
  const store = await DocumentStore.open(dir);
  for (let i = 0; i < ops.length; i += 5_000) await store.commit(ops.slice(i, i + 5_000));
  await store.close();
}

/**
 * The baseline: every number of the overview counted on its own by a scan
 * over all records (what a page asking one question per number would do),
 * plus the same marketplace board.
 */
function naiveRecount(app: AppContext, filter: OverviewFilter): number {
  const all = (): AnyRecord[] => COLLECTION_NAMES.flatMap((c) => app.repos[c].list() as AnyRecord[]);
  const activities = (keep: (a: Activity) => boolean) => all().filter((r) => 'phase' in r && 'memberIds' in r && keepsActivity(filter, r as Activity) && keep(r as Activity)).length;
  let sum = 0;
  for (const area of AREAS) sum += activities((a) => a.area.includes(area));
  for (const phase of ACTIVITY_PHASES) sum += activities((a) => a.phase === phase);
  for (const initiative of INITIATIVES) sum += activities((a) => a.initiative === initiative);
  sum += activities((a) => a.collaborators.length === 0);
  const institutions = [...new Set(app.repos.members.list().map((m) => m.institution))];
  for (const institution of institutions) for (const initiative of INITIATIVES) sum += activities((a) => a.institution === institution && a.initiative === initiative);
  for (const month of new Set(app.repos.sessions.list().map((s) => s.start.slice(0, 7)))) sum += all().filter((r) => 'attendees' in r && r.start.startsWith(month)).length;
  for (const month of new Set(app.repos.questions.list().map((q) => q.createdAt.slice(0, 7)))) {
    for (const answered of [null, true, false]) sum += all().filter((r) => 'answers' in r && r.createdAt.startsWith(month) && (answered === null || r.answers.length > 0 === answered)).length;
  }
  sum += buildBoard(app.repos.members.list().filter((m) => keepsMember(filter, m)), 0).unmetWants.length;
  return sum;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'mnw-bench-overview-'));
await network(dir);
const app = await openApp({ dataDir: dir });
const counts = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, app.repos[c].count()]));
const total = Object.values(counts).reduce((a, b) => a + b, 0);
const institution = app.repos.members.list()[0]!.institution;
const filters: Record<string, OverviewFilter> = { all: {}, filtered: { institution, from: '2025-01-01', to: '2026-12-31' } };

const results: Record<string, unknown> = { machine: machine(), loadAverage: os.loadavg()[0], records: total, counts };
console.log(`overview @ ${total} records (${counts.activities} activities)`);
for (const [name, filter] of Object.entries(filters)) {
  computeOverview(app, filter); // warm up
  naiveRecount(app, filter);
  const cpu: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  const naive: number[] = [];
  // Interleaved, so all three see the same machine load. Cold: as after a profile change (the board is rebuilt).
  for (let i = 0; i < RUNS; i++) {
    clearBoards(app.store);
    cold.push((await timeMs(() => computeOverview(app, filter))).ms);
    warm.push((await timeMs(() => computeOverview(app, filter))).ms);
    // CPU time of this process for one warm overview: what it costs when the machine is shared.
    const before = process.cpuUsage();
    computeOverview(app, filter);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
    naive.push((await timeMs(() => naiveRecount(app, filter))).ms);
  }
  const row = { coldP50: percentile(cold, 50), coldP95: percentile(cold, 95), warmP50: percentile(warm, 50), warmP95: percentile(warm, 95), warmCpuP95: percentile(cpu, 95), naiveP95: percentile(naive, 95) };
  console.log(
    `  ${name.padEnd(9)} overview cold p50 ${round(row.coldP50)} ms, p95 ${round(row.coldP95)} ms | warm p50 ${round(row.warmP50)} ms, p95 ${round(row.warmP95)} ms (CPU p95 ${round(row.warmCpuP95)} ms) | naive recount p95 ${round(row.naiveP95)} ms | cold/naive ${round(row.coldP95 / row.naiveP95, 3)}, warm/naive ${round(row.warmP95 / row.naiveP95, 3)}`,
  );
  results[name] = { ...Object.fromEntries(Object.entries(row).map(([k, v]) => [k, round(v)])), coldRatio: round(row.coldP95 / row.naiveP95, 3), warmRatio: round(row.warmP95 / row.naiveP95, 3) };
}

const pdf: number[] = [];
let bytes = 0;
for (let i = 0; i < PDF_RUNS; i++) {
  const { ms, value } = await timeMs(() => buildReport(app, {}, 'pdf'));
  pdf.push(ms);
  bytes = value.bytes.length;
}
console.log(`  PDF report  max ${round(Math.max(...pdf))} ms over ${PDF_RUNS} runs (${round(bytes / 1024)} kB)`);
results.pdf = { maxMs: round(Math.max(...pdf)), p50Ms: round(percentile(pdf, 50)), kB: round(bytes / 1024) };
await app.close();
await rm(dir, { recursive: true, force: true });
console.log(JSON.stringify({ bench: 'overview', ...results }));
