// Shared-folder sync benchmark (docs/sync.md), each figure next to a floor measured in the same run:
// 1. After an edit in an install holding the 27k-record network, how long until its segment is in the
//    folder (the running SyncEngine, as in the app) — against exporting that one record by hand.
// 2. A newcomer joining a folder with 500 installs' history of the same network (a snapshot and three
//    later segments each): time until its profiles are listed — against importing the whole network
//    by hand (bundles of 10,000 records, the most a bundle can carry of this data).
// Run: node --import tsx bench/sync.ts [--quick] [--members N]
import { promises as fs } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { COLLECTION_NAMES, type AnyRecord } from '../shared/domain';
import { openApp } from '../main/core/app';
import { exportBundle, importBundle } from '../main/core/bundle';
import type { Selected } from '../main/core/bundle/scope';
import { seedDemo } from '../main/core/demo/seedDemo';
import { dispatch } from '../main/core/dispatch';
import { createHandlers } from '../main/core/handlers';
import { segmentName, SyncEngine, syncPass } from '../main/core/sync';
import { sha256File } from '../main/core/sync/writeSegment';
import { machine, round, timeMs } from './lib';

const flag = process.argv.indexOf('--members');
// A demo member brings ≈ 4.94 records to the store (profile, research, questions, cafés, PLGs, activities,
// leerlog, POP; bench/cli.ts), so 5,470 members ≈ 27,000 records.
const MEMBERS = flag === -1 ? 5_470 : Number(process.argv[flag + 1]);
const INSTALLS = 500;
const LATER_SEGMENTS = 3;
const EDITS = process.argv.includes('--quick') ? 5 : 20;

const scratch = await mkdtemp(path.join(os.tmpdir(), 'mnw-bench-sync-'));
const dir = async (name: string) => mkdtemp(path.join(scratch, `${name}-`));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const source = await openApp({ dataDir: await dir('source') });
await seedDemo(source.store, source.repos, MEMBERS);
const records = COLLECTION_NAMES.reduce((n, c) => n + source.store.count(c), 0);
console.log(`network: ${records} records (${MEMBERS} members)`);

// ---- 1. edit → segment in the folder -------------------------------------------------------
const editFolder = await dir('edit-folder');
const firstPass = await timeMs(() => syncPass(source, editFolder)); // the install's first snapshot
const ownDir = path.join(editFolder, source.install.installId);
const members = source.repos.members.list();
const toSegment: number[] = [];
const floors: number[] = [];
let resolveWritten: (() => void) | null = null;
const engine = new SyncEngine(source, {
  rescanMs: 3_600_000,
  onPass: (r) => {
    if (r.written > 0) resolveWritten?.();
  },
});
await engine.configure(editFolder);
await engine.start();
for (let i = 0; i < EDITS; i++) {
  const member = members[i]!;
  const written = new Promise<void>((resolve) => (resolveWritten = resolve));
  const { ms } = await timeMs(async () => {
    await source.repos.members.update(member.id, { team: `Bench ${i}` });
    await written;
  });
  toSegment.push(ms);
  floors.push((await timeMs(() => exportBundle(source, { kind: 'selection', ids: [member.id] }, path.join(scratch, `floor-${i}.mnw`)))).ms);
}
await engine.stop();
const ownFiles = (await fs.readdir(ownDir)).filter((f) => f.endsWith('.mnw'));
const expected = firstPass.value.written + EDITS;
if (ownFiles.length !== expected) throw new Error(`expected ${expected} segments, found ${ownFiles.length}`);

// ---- 2. a newcomer joins a folder with 500 installs' history -------------------------------
// The network is split over 500 installs; each writes a snapshot of its share and three later
// segments (edits), signed and laid out exactly as the writer does (the exporter id is each install's).
const folder = await dir('folder');
const all = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, source.store.all(c) as unknown as AnyRecord[]])) as Record<string, AnyRecord[]>;
const share = (i: number) => Object.fromEntries(COLLECTION_NAMES.map((c) => [c, all[c]!.filter((_, k) => k % INSTALLS === i)])) as unknown as Selected;
const ownId = source.install.installId;
const build = await timeMs(async () => {
  for (let i = 0; i < INSTALLS; i++) {
    const installId = `b${i.toString(16).padStart(15, '0')}`;
    source.install.installId = installId;
    const out = path.join(folder, installId);
    await fs.mkdir(out);
    const selected = share(i);
    let file = path.join(out, segmentName(1, true));
    await exportBundle(source, { kind: 'segment', seq: 1, previous: null, snapshot: true }, file, { selected });
    for (let s = 2; s <= LATER_SEGMENTS + 1; s++) {
      const one = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, c === 'members' ? selected.members.slice(s, s + 1) : []])) as unknown as Selected;
      const previous = await sha256File(file);
      file = path.join(out, segmentName(s, false));
      await exportBundle(source, { kind: 'segment', seq: s, previous, snapshot: false }, file, { selected: one });
    }
  }
});
source.install.installId = ownId;
// The floor: the same network by hand, as bundles of 10,000 selected records (a bundle's record files hold at most 32 MB).
const byHand: string[] = [];
const ids = COLLECTION_NAMES.flatMap((c) => all[c]!.map((r) => r.id));
for (let i = 0; i < ids.length; i += 10_000) {
  const file = path.join(scratch, `by-hand-${i}.mnw`);
  await exportBundle(source, { kind: 'selection', ids: ids.slice(i, i + 10_000) }, file);
  byHand.push(file);
}
await source.close();

const newcomer = await openApp({ dataDir: await dir('newcomer') });
const usable = await timeMs(async () => {
  const pass = await syncPass(newcomer, folder);
  const listed = await dispatch(createHandlers(newcomer), 'members:list', { offset: 0, limit: 50 });
  return { pass, listed };
});
if (!usable.value.listed.ok) throw new Error('members:list failed');
const newcomerRecords = COLLECTION_NAMES.reduce((n, c) => n + newcomer.store.count(c), 0);
await newcomer.close();

const floorApp = await openApp({ dataDir: await dir('floor-import') });
const floorImport = await timeMs(async () => {
  for (const file of byHand) await importBundle(floorApp, file);
});
// What leaves the machine (not private profiles, drafts, private leerlog entries or POPs) is what the newcomer must hold.
const shared = COLLECTION_NAMES.reduce((n, c) => n + floorApp.store.count(c), 0);
await floorApp.close();
if (newcomerRecords !== shared) throw new Error(`the newcomer holds ${newcomerRecords} of the ${shared} records the network shares`);
const folderBytes = await (async () => {
  let total = 0;
  for (const e of await fs.readdir(folder, { withFileTypes: true, recursive: true })) if (e.isFile()) total += (await fs.stat(path.join(e.parentPath, e.name))).size;
  return total;
})();
await rm(scratch, { recursive: true, force: true });

const result = {
  records,
  edits: EDITS,
  firstSnapshotMs: round(firstPass.ms),
  editToSegmentMedianMs: round(median(toSegment)),
  editToSegmentMaxMs: round(Math.max(...toSegment)),
  floorExportOneRecordMs: round(median(floors)),
  editToSegmentRatio: round(median(toSegment) / median(floors)),
  editToSegmentLimitMs: 1_000,
  installs: INSTALLS,
  segmentsInFolder: INSTALLS * (LATER_SEGMENTS + 1),
  folderMb: round(folderBytes / 1e6),
  buildFolderMs: round(build.ms),
  newcomerSegmentsRead: usable.value.pass.read,
  newcomerUsableMs: round(usable.ms),
  floorByHandImportMs: round(floorImport.ms),
  newcomerRatio: round(usable.ms / floorImport.ms),
  newcomerLimitMs: 10_000,
};
console.log(`edit → segment in the folder (SyncEngine, ${EDITS} edits)   median ${result.editToSegmentMedianMs} ms, max ${result.editToSegmentMaxMs} ms (limit 1000 ms)`);
console.log(`  floor: exporting that one record by hand               ${result.floorExportOneRecordMs} ms  (${result.editToSegmentRatio}x floor)`);
console.log(`newcomer, ${INSTALLS} installs × ${LATER_SEGMENTS + 1} segments (${result.folderMb} MB): profiles listed after ${result.newcomerUsableMs} ms (limit 10000 ms), ${result.newcomerSegmentsRead} segments read`);
console.log(`  floor: the whole network imported by hand (bundles of 10k)         ${result.floorByHandImportMs} ms  (${result.newcomerRatio}x floor)`);
console.log(JSON.stringify({ bench: 'sync', machine: machine(), ...result }));
if (result.editToSegmentMaxMs > 1_000 || result.newcomerUsableMs > 10_000) process.exitCode = 1;
