import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SyncProgress, SyncSkip, SyncSkipCode } from '../../../shared/sync';
import type { AppContext } from '../app';
import { BundleRefusal, importParsedBundle, readBundle, type ParsedBundle } from '../bundle';
import { LOCAL } from '../bundle/limits';
import { signatureStatus, trustedKey } from '../bundle/trust';
import type { SignatureStatus } from '../../../shared/bundle';
import { classifyEntry, INSTALL_DIR } from './layout';
import { readCursor, saveSync, syncPut, type Cursor } from './state';
import { readSegmentFile } from './writeSegment';

export interface ReadTally {
  read: number;
  applied: number;
  suggestions: number;
  conflicts: number;
  /** Segments present but not applied yet (still arriving, refused, or after a gap). */
  waiting: number;
  installs: number;
  skipped: SyncSkip[];
  /** Cursors moved past segments that changed nothing (no commit carried them): saved together at the end. */
  cursors: Cursor[];
}

const REASONS: Record<SyncSkipCode, string> = {
  foreign_file: 'Not a Masternetwerk sync file; left alone.',
  conflict_copy: 'A copy made by the sync service; the original is read instead.',
  unreadable: 'Could not be read (still arriving, or damaged); tried again later.',
  in_future: "Holds changes dated more than ten minutes ahead of this computer's clock; tried again later.",
  wrong_place: 'The segment says it belongs to another install or number than where it is.',
  bad_key: 'Not signed with the key of this install’s earlier segments.',
  chain_broken: 'Does not continue the previous segment: two installs may write under one id.',
  new_key: 'A new install of a colleague whose key is confirmed from another install: compare the fingerprint with them, then confirm it.',
};

export const skip = (file: string, code: SyncSkipCode, detail?: string): SyncSkip => ({
  file,
  code,
  reason: detail ? `${REASONS[code]} (${detail})` : REASONS[code],
});

interface Segment {
  name: string;
  seq: number;
  snapshot: boolean;
}

/**
 * Reads the other installs' folders: for each, its segments after the cursor
 * in order (from its newest snapshot when that is further along), each
 * checked, then imported exactly like a hand-imported bundle. A segment that
 * cannot be read yet stops that install's stream, never the others.
 */
export async function readOthers(app: AppContext, folder: string, onProgress?: (progress: SyncProgress) => void): Promise<ReadTally> {
  const tally: ReadTally = { read: 0, applied: 0, suggestions: 0, conflicts: 0, waiting: 0, installs: 0, skipped: [], cursors: [] };
  const me = app.install.installId;
  const installs: string[] = [];
  for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
    const kind = classifyEntry(entry.name).kind;
    if (kind === 'service' || kind === 'temp') continue;
    if (!entry.isDirectory() || !INSTALL_DIR.test(entry.name)) tally.skipped.push(skip(entry.name, 'foreign_file'));
    else if (entry.name !== me) installs.push(entry.name);
  }
  tally.installs = installs.length;
  onProgress?.({ installsRead: 0, installs: installs.length });
  try {
    // The next install's folder is listed, and its first segment read, while this one's are applied.
    let opening = installs.length > 0 ? openStream(app, folder, installs[0]!, tally) : null;
    for (let i = 0; opening; i++) {
      const stream = await opening;
      opening = i + 1 < installs.length ? openStream(app, folder, installs[i + 1]!, tally) : null;
      await applyStream(app, stream, tally);
      onProgress?.({ installsRead: i + 1, installs: installs.length });
    }
  } finally {
    await saveCursors(app, tally);
  }
  return tally;
}

/**
 * The pass's segments were committed without waiting for the disk each
 * (`durable: false`): one fsync makes them all durable here, in the same
 * commit as the cursors of installs whose newest segments changed nothing.
 * After a crash before it, a prefix of those segments stands, each with its
 * cursor; the rest are read again and applied once.
 */
async function saveCursors(app: AppContext, tally: ReadTally): Promise<void> {
  if (tally.cursors.length > 0) await saveSync(app, ...tally.cursors.splice(0));
  else await app.store.flush();
}

async function listSegments(dir: string, relative: string, tally: ReadTally): Promise<Segment[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const segments: Segment[] = [];
  for (const name of names) {
    const entry = classifyEntry(name);
    if (entry.kind === 'segment') segments.push({ name, seq: entry.seq, snapshot: entry.snapshot });
    else if (entry.kind === 'conflict_copy' || entry.kind === 'foreign') tally.skipped.push(skip(`${relative}/${name}`, entry.kind === 'foreign' ? 'foreign_file' : 'conflict_copy'));
  }
  return segments.sort((a, b) => a.seq - b.seq);
}

interface Stream {
  installId: string;
  dir: string;
  segments: Segment[];
  bySeq: Map<number, Segment>;
  /** How far this install's stream was applied before this pass (only this pass moves it). */
  cursor: Cursor;
  /** The first segment to apply, and its read, already under way. */
  first: Segment | undefined;
  firstRead: Promise<SegmentRead> | null;
}

/** Lists an install's segments and starts reading the first one to apply: after the cursor, or its newest snapshot further along. */
async function openStream(app: AppContext, folder: string, installId: string, tally: ReadTally): Promise<Stream> {
  const dir = path.join(folder, installId);
  const segments = await listSegments(dir, installId, tally);
  const cursor = readCursor(app, installId);
  const bySeq = new Map(segments.map((s) => [s.seq, s]));
  const newestSnapshot = segments.filter((s) => s.snapshot && s.seq > cursor.seq).at(-1);
  // A snapshot holds everything of that install up to it: start there rather than replay (or wait for) older segments.
  const first = bySeq.get(newestSnapshot ? newestSnapshot.seq : cursor.seq + 1);
  return { installId, dir, segments, bySeq, cursor, first, firstRead: first ? readSettled(path.join(dir, first.name)) : null };
}

async function applyStream(app: AppContext, stream: Stream, tally: ReadTally): Promise<void> {
  const { installId, dir, segments, bySeq, first, firstRead } = stream;
  let cursor = stream.cursor;
  let unsaved = false;
  let upcoming = firstRead;
  for (let segment = first; segment; segment = bySeq.get(segment.seq + 1)) {
    const file = `${installId}/${segment.name}`;
    const read = await upcoming!;
    // The disk reads the next segment while this one is applied (if this one stops the stream, that read goes unused).
    const after = bySeq.get(segment.seq + 1);
    upcoming = after ? readSettled(path.join(dir, after.name)) : null;
    const outcome = await readOne(app, read, file, installId, segment, cursor);
    if ('skip' in outcome) {
      if (outcome.skip) tally.skipped.push(outcome.skip);
      break;
    }
    tally.read++;
    const { summary, chainBroken } = outcome;
    if (chainBroken) tally.skipped.push(skip(file, 'chain_broken'));
    if (summary.added + summary.updated + summary.deleted + summary.conflicts > 0) tally.applied++;
    tally.conflicts += summary.conflicts;
    tally.suggestions += (summary as { suggestions?: number }).suggestions ?? 0;
    cursor = outcome.cursor;
    // A segment that changed something moved the cursor in the same commit; one that changed nothing did not.
    unsaved = !outcome.committed;
  }
  if (unsaved) tally.cursors.push(cursor);
  tally.waiting += segments.filter((s) => s.seq > cursor.seq).length;
}

type Outcome =
  | { skip: SyncSkip | null }
  | { summary: Awaited<ReturnType<typeof importParsedBundle>>; cursor: Cursor; committed: boolean; chainBroken: boolean };

type SegmentRead = { bytes: Buffer; hash: string } | { error: unknown };

/** Read once: the bytes hashed are the bytes checked and applied, whatever the sync service does to the file meanwhile. */
const readSettled = (full: string): Promise<SegmentRead> =>
  readSegmentFile(full).then(
    (read) => read,
    (error: unknown) => ({ error }),
  );

async function readOne(app: AppContext, read: SegmentRead, file: string, installId: string, segment: Segment, cursor: Cursor): Promise<Outcome> {
  let bundle: ParsedBundle;
  let hash: string;
  try {
    if ('error' in read) throw read.error;
    hash = read.hash;
    // A key confirmed here was checked then: each later segment of that install still has its signature verified.
    bundle = await readBundle(read.bytes, { now: app.records.now(), confirmedKey: trustedKey(app.store, installId)?.publicKey });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { skip: null }; // renamed or deleted meanwhile: next pass
    if (code === 'ENOTREGULAR') return { skip: skip(file, 'foreign_file', 'not a regular file') };
    return { skip: refusalSkip(file, error) };
  }
  const { manifest, fingerprint } = bundle;
  const scope = manifest.scope;
  if (manifest.exporter.installId !== installId || scope.kind !== 'segment' || scope.seq !== segment.seq || scope.snapshot !== segment.snapshot) {
    return { skip: skip(file, 'wrong_place') };
  }
  if (fingerprint === null) return { skip: skip(file, 'bad_key', 'unsigned') };
  if (cursor.fingerprint !== null && cursor.fingerprint !== fingerprint) return { skip: skip(file, 'bad_key', fingerprint) };
  const chainBroken = !segment.snapshot && cursor.seq === segment.seq - 1 && cursor.hash !== null && scope.previous !== cursor.hash;
  try {
    const next: Cursor = { ...cursor, seq: segment.seq, hash, fingerprint };
    // The school's shared folder is where colleagues' installs meet: the first key an install shows there is confirmed
    // (trust on first use, docs/sync.md), bound to the colleague it names; a key other than the one confirmed is refused.
    const signature = signatureStatus(app.store, manifest, fingerprint);
    if (signature.kind === 'key_changed') return { skip: keyChangedSkip(app, file, signature) };
    const summary = await importParsedBundle(app, bundle, segment.name, { recordUndo: false, alsoCommit: [syncPut(next)], acceptKey: true, membersMayFollow: true, durable: false });
    // The import commits only when it changes something; then the cursor went along.
    const committed = readCursor(app, installId).hash === hash;
    return { summary, cursor: next, committed, chainBroken };
  } catch (error) {
    return { skip: refusalSkip(file, error) };
  }
}

/**
 * A colleague's second computer shows a new install with a key of its own; the trust-on-first-use rule
 * cannot tell it from someone posing as them, so the user decides (`confirmNewKey`). Another key for an
 * install already confirmed stays refused.
 */
function keyChangedSkip(app: AppContext, file: string, signature: SignatureStatus): SyncSkip {
  const { exporterInstallId: installId, exporterMemberId: memberId, fingerprint, trusted } = signature;
  if (app.store.get(LOCAL.trustedKeys, installId) || fingerprint === null) return skip(file, 'bad_key', 'key_changed');
  return { ...skip(file, 'new_key', fingerprint), newKey: { installId, memberId, name: trusted?.name ?? '', fingerprint } };
}

function refusalSkip(file: string, error: unknown): SyncSkip {
  if (!(error instanceof BundleRefusal)) return skip(file, 'unreadable', error instanceof Error ? error.message : String(error));
  if (error.code === 'stamp_in_future') return skip(file, 'in_future');
  if (error.code === 'bad_signature' || error.code === 'key_not_accepted') return skip(file, 'bad_key', error.code);
  return skip(file, 'unreadable', error.code);
}
