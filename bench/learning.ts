// Learning benchmark: logging a café in the leerlog with one click and the
// team overview, at 27k records plus 20,000 learning-log entries; next to
// baselines measured in the same run on the same data (a plain one-record
// save through the same dispatch path, and one bare pass over the entries).
// Run: node --import tsx bench/learning.ts
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LEARNING_KINDS, emptyAnswers, noLinks, type LearningEntry } from '../shared/domain';
import { openApp } from '../main/core/app';
import { seedDemo } from '../main/core/demo/seedDemo';
import { seededRandom } from '../main/core/demo/generateDemo';
import { dispatch } from '../main/core/dispatch';
import { createHandlers } from '../main/core/handlers';
import type { StoreOp } from '../main/core/store/journal';
import { machine, percentile, round, timeMs } from './lib';

const BASE_RECORDS = 27_000;
const ENTRIES = 20_000;
const LOGS = 200;
const OVERVIEWS = 60;

const dir = await mkdtemp(path.join(os.tmpdir(), 'mnw-bench-learning-'));
const app = await openApp({ dataDir: dir });
const handlers = createHandlers(app);
/** CPU time of this process while `run` ran: on a shared, loaded machine the wall time mostly measures waiting for a core. */
async function cpuMs(run: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
const logCpu: number[] = [];
const overviewCpu: number[] = [];
const invoke = async (channel: Parameters<typeof dispatch>[1], input?: unknown) => {
  const result = await dispatch(handlers, channel, input);
  if (!result.ok) throw new Error(`${String(channel)}: ${result.error.message}`);
  return result.value;
};

// 27k records of the other types (the demo network), then exactly 20,000 leerlog entries.
await seedDemo(app.store, app.repos, Math.ceil(BASE_RECORDS / 2.55));
const members = app.repos.members.list();
const random = seededRandom(7);
const existing = app.repos.learning.list();
const ops: StoreOp[] = existing.slice(ENTRIES).map((e) => ({ kind: 'purge', collection: 'learning', id: e.id }));
for (let i = existing.length; i < ENTRIES; i++) {
  const owner = members[Math.floor(random() * members.length)]!;
  const entry = app.repos.learning.build({
    ownerId: owner.id,
    contributor: owner.id.replace(/-/g, ''),
    institution: owner.institution,
    team: owner.team,
    date: new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 600) * 86_400_000).toISOString().slice(0, 10),
    title: 'Leeractiviteit',
    happened: '',
    withWhom: '',
    kind: LEARNING_KINDS[Math.floor(random() * LEARNING_KINDS.length)]!,
    answers: emptyAnswers(),
    links: noLinks(),
    visibility: random() < 0.5 ? 'aggregaat' : 'prive',
  });
  ops.push({ kind: 'put', collection: 'learning', record: entry as never });
}
for (let i = 0; i < ops.length; i += 2_000) await app.store.commit(ops.slice(i, i + 2_000));
const others = ['members', 'research', 'questions', 'sessions', 'plgs'] as const;
const baseCount = others.reduce((n, c) => n + app.repos[c].count(), 0);
// The search index takes large commits in the background; let it catch up so it does not run during the timings.
await invoke('search:query', { text: 'feedback' });
console.log(`learning @ ${baseCount} other records + ${app.repos.learning.count()} learning-log entries (+ ${app.repos.pop.count()} POPs)`);

// One click on a café page: each time another attendee of another session, so every click writes a new entry.
const sessions = app.repos.sessions.list().filter((s) => s.attendees.some((a) => a.memberId));
const logs: number[] = [];
const saves: number[] = [];
for (let i = 0; i < LOGS; i++) {
  const session = sessions[i % sessions.length]!;
  const attendee = session.attendees[Math.floor(i / sessions.length) % session.attendees.length]!;
  await app.settings.update({ meId: attendee.memberId });
  logs.push((await timeMs(() => invoke('learning:logSession', { sessionId: session.id }))).ms);
  // Baseline: the plainest one-record write through the same path.
  saves.push((await timeMs(() => invoke('questions:save', { fields: { title: `Vraag nummer ${i} over feedback`, body: '', tags: [], area: null } }))).ms);
}

// The same clicks again for CPU time, by attendees who have not logged these cafés yet.
for (let i = LOGS; i < LOGS + 100; i++) {
  const session = sessions[i % sessions.length]!;
  const attendee = session.attendees[Math.floor(i / sessions.length) % session.attendees.length]!;
  await app.settings.update({ meId: attendee.memberId });
  logCpu.push(await cpuMs(() => invoke('learning:logSession', { sessionId: session.id })));
}

const overviews: number[] = [];
const repeated: number[] = [];
const filtered: number[] = [];
const scans: number[] = [];
const team = members[0]!.team;
for (let i = 0; i < OVERVIEWS; i++) {
  // A new aggregate entry first, so every overview is computed afresh (no cached answer).
  await invoke('learning:save', {
    fields: { date: '2026-03-01', title: `Overzicht ${i}`, happened: '', withWhom: '', kind: 'bronnen', answers: emptyAnswers(), links: noLinks(), visibility: 'aggregaat' },
  });
  overviews.push((await timeMs(() => invoke('team:overview', {}))).ms);
  await invoke('learning:save', {
    fields: { date: '2026-03-02', title: `Overzicht ${i}b`, happened: '', withWhom: '', kind: 'congres', answers: emptyAnswers(), links: noLinks(), visibility: 'aggregaat' },
  });
  overviewCpu.push(await cpuMs(() => invoke('team:overview', {})));
  repeated.push((await timeMs(() => invoke('team:overview', {}))).ms);
  filtered.push((await timeMs(() => invoke('team:overview', { team, period: { from: '2025-06-01', to: '2026-05-31' } }))).ms);
  // Baseline: one bare pass over the entries, counting the aggregate ones.
  scans.push((await timeMs(() => app.repos.learning.list().filter((e: LearningEntry) => e.visibility === 'aggregaat').length)).ms);
}

const figures = {
  logSessionP50: round(percentile(logs, 50)),
  logSessionP95: round(percentile(logs, 95)),
  plainSaveP95: round(percentile(saves, 95)),
  logVsPlainSave: round(percentile(logs, 95) / percentile(saves, 95), 2),
  logSessionCpuP95: round(percentile(logCpu, 95)),
  overviewP50: round(percentile(overviews, 50)),
  overviewP95: round(percentile(overviews, 95)),
  overviewFilteredP95: round(percentile(filtered, 95)),
  overviewRepeatedP95: round(percentile(repeated, 95)),
  overviewCpuP95: round(percentile(overviewCpu, 95)),
  barePassP95: round(percentile(scans, 95)),
  overviewVsBarePass: round(percentile(overviews, 95) / percentile(scans, 95), 2),
};
console.log(`  log a café (one click)  p50 ${figures.logSessionP50} ms, p95 ${figures.logSessionP95} ms | plain one-record save p95 ${figures.plainSaveP95} ms | ${figures.logVsPlainSave}x | CPU time p95 ${figures.logSessionCpuP95} ms`);
console.log(`  team overview           p50 ${figures.overviewP50} ms, p95 ${figures.overviewP95} ms (one team and a year: p95 ${figures.overviewFilteredP95} ms; asked again unchanged: p95 ${figures.overviewRepeatedP95} ms; CPU time p95 ${figures.overviewCpuP95} ms) | bare pass over the entries p95 ${figures.barePassP95} ms | ${figures.overviewVsBarePass}x`);
const budget = figures.logSessionP95 <= 50 && figures.overviewP95 <= 50 && figures.overviewFilteredP95 <= 50;
console.log(`  budget p95 ≤ 50 ms: ${budget ? 'met' : 'NOT met'}`);
await app.close();
await rm(dir, { recursive: true, force: true });
console.log(JSON.stringify({ bench: 'learning', machine: machine(), records: baseCount, entries: ENTRIES, ...figures, budgetMet: budget }));
if (!budget) process.exitCode = 1;
