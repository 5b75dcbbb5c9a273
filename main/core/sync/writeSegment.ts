import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { COLLECTION_NAMES, type AnyRecord } from '../../../shared/domain';
import { hlcNode } from '../../../shared/hlc';
import type { AppContext } from '../app';
import { BundleRefusal, exportBundle, readBundle, type KeyVault } from '../bundle';
import { BUNDLE_LIMITS } from '../bundle/limits';
import type { Selected } from '../bundle/scope';
import { classifyEntry, originalOf, segmentName, TEMP_PREFIX } from './layout';
import { readWriter, saveSync, type WriterState } from './state';

/** Every this many segments the stream restarts with a snapshot, so a newcomer reads little and old files can go. */
export const SNAPSHOT_EVERY = 50;

/**
 * A segment file's bytes and their SHA-256. Only a regular file no larger than a bundle may be is read: anyone
 * who can write in the folder could put a symlink to a device or a huge file under a segment's name.
 */
export async function readSegmentFile(file: string): Promise<{ bytes: Buffer; hash: string }> {
  const stat = await fs.lstat(file);
  if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREGULAR' });
  if (stat.size > BUNDLE_LIMITS.fileBytes) throw new BundleRefusal('file_too_large');
  const bytes = await fs.readFile(file);
  return { bytes, hash: createHash('sha256').update(bytes).digest('hex') };
}

export const sha256File = async (file: string): Promise<string> => (await readSegmentFile(file)).hash;

/**
 * This install's records changed here since the last segment (a field stamped
 * by this install, or by an id it had before, after the watermark), or for a
 * snapshot every record it ever changed. Records it only received from others
 * are theirs to send.
 */
export function ownChanges(app: AppContext, writer: WriterState, snapshot: boolean): { selected: Selected; count: number; newest: string } {
  const mine = new Set([app.install.installId, ...writer.formerIds]);
  const after = snapshot ? '' : writer.watermark;
  let newest = writer.watermark as string;
  let count = 0;
  const selected = {} as Record<string, AnyRecord[]>;
  for (const collection of COLLECTION_NAMES) {
    const list: AnyRecord[] = [];
    for (const record of app.store.all(collection) as unknown as AnyRecord[]) {
      let own = false;
      for (const stamp of Object.values(record.fieldRevs)) {
        if (stamp > after && mine.has(hlcNode(stamp))) {
          own = true;
          if (stamp > newest) newest = stamp;
        }
      }
      if (own) list.push(record);
    }
    selected[collection] = list;
    count += list.length;
  }
  return { selected: selected as Selected, count, newest };
}

export interface OwnFolderCheck {
  /** Another install writes under this id. */
  duplicate: boolean;
  /** The newest own segment is gone (deleted by the service or a person): the next one is a snapshot, so readers can go on. */
  lost: boolean;
}

/**
 * Looks at this install's own folder for signs of a second writer: a segment
 * numbered past ours, our newest segment with other contents, or a sync
 * service's conflict copy (we never change a file once written, so only two
 * writers of one name make one).
 */
export async function checkOwnFolder(dir: string, writer: WriterState, installId: string, now: Date): Promise<OwnFolderCheck> {
  const names = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  let duplicate = false;
  let newestPresent = false;
  for (const name of names) {
    const entry = classifyEntry(name);
    if (entry.kind === 'conflict_copy' && (await anotherVersion(path.join(dir, name), path.join(dir, originalOf(name)!), installId, now))) duplicate = true;
    if (entry.kind !== 'segment') continue;
    if (entry.seq > writer.seq) duplicate = true;
    if (entry.seq === writer.seq) {
      newestPresent = true;
      const newest = await readSegmentFile(path.join(dir, name)).catch(() => null);
      // Other bytes under our newest name count only when they are a whole segment of our id: a file still being
      // (re)delivered by the service is not evidence of a second writer.
      if (newest !== null && newest.hash !== writer.hash && (await isSegmentOf(newest.bytes, installId, now))) duplicate = true;
    }
  }
  return { duplicate, lost: writer.seq > 0 && !newestPresent };
}

async function isSegmentOf(bytes: Buffer, installId: string, now: Date): Promise<boolean> {
  const bundle = await readBundle(bytes, { now }).catch(() => null);
  return bundle?.manifest.exporter.installId === installId && bundle.manifest.scope.kind === 'segment';
}

/**
 * Whether a conflict copy in our own folder is another version of one of our
 * segments. A copy with the same bytes is the service being careful (OneDrive
 * does this after a re-link); other bytes mean another writer, but only as
 * whole segments of our id: a copy or an original still being (re)delivered
 * by the service is no evidence.
 */
async function anotherVersion(copy: string, original: string, installId: string, now: Date): Promise<boolean> {
  const [copied, kept] = await Promise.all([readSegmentFile(copy).catch(() => null), readSegmentFile(original).catch(() => null)]);
  if (copied === null || (kept !== null && copied.hash === kept.hash)) return false;
  if (!(await isSegmentOf(copied.bytes, installId, now))) return false;
  return kept === null || (await isSegmentOf(kept.bytes, installId, now));
}

export interface WriteOptions {
  vault?: KeyVault;
  /** Write a snapshot even when it is not yet due (after a lost segment). */
  snapshot?: boolean;
  recordsPerSegment?: number;
}

/**
 * Records per segment: a bundle's record files may hold 32 MB (docs/bundle-format.md), and an
 * install that entered a whole network (an HR import) has more than fits. Its changes then go
 * as consecutive segments; a snapshot is the first of them, and readers read on from it in order.
 */
export const RECORDS_PER_SEGMENT = 4_000;

function chunks(selected: Selected, size: number): Selected[] {
  const flat = COLLECTION_NAMES.flatMap((c) => (selected[c] as AnyRecord[]).map((record) => ({ c, record })));
  const out: Selected[] = [];
  for (let i = 0; i < Math.max(1, flat.length); i += size) {
    const part = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, [] as AnyRecord[]])) as Record<string, AnyRecord[]>;
    for (const { c, record } of flat.slice(i, i + size)) part[c]!.push(record);
    out.push(part as unknown as Selected);
  }
  return out;
}

/**
 * Writes this install's changes as its next segment(s), and returns how many:
 * each bundle goes to a temporary name, its hash is committed to the store as
 * the stream's new head, and only then is it renamed into place. A crash
 * before the rename leaves a gap that the next pass heals with a snapshot; the
 * watermark moves only after the last piece, so an interrupted run is sent
 * again. Nothing local is touched.
 */
export async function writeSegment(app: AppContext, folder: string, options: WriteOptions = {}): Promise<number> {
  let writer = readWriter(app);
  const snapshot = options.snapshot === true || writer.seq === 0 || writer.seq + 1 - writer.lastSnapshotSeq >= SNAPSHOT_EVERY;
  const { selected, count, newest } = ownChanges(app, writer, snapshot);
  if (count === 0 && !options.snapshot) return 0;
  const dir = path.join(folder, app.install.installId);
  await fs.mkdir(dir, { recursive: false }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const parts = chunks(selected, options.recordsPerSegment ?? RECORDS_PER_SEGMENT);
  for (const [index, part] of parts.entries()) {
    const first = snapshot && index === 0;
    const seq = writer.seq + 1;
    const temp = path.join(dir, `${TEMP_PREFIX}${segmentName(seq, first)}-${randomBytes(4).toString('hex')}`);
    try {
      await exportBundle(app, { kind: 'segment', seq, previous: writer.hash, snapshot: first }, temp, { selected: part, vault: options.vault });
      const hash = await sha256File(temp);
      writer = {
        ...writer,
        seq,
        hash,
        watermark: index === parts.length - 1 ? (newest as WriterState['watermark']) : writer.watermark,
        lastSnapshotSeq: first ? seq : writer.lastSnapshotSeq,
        previousSnapshotSeq: first ? writer.lastSnapshotSeq : writer.previousSnapshotSeq,
      };
      await saveSync(app, writer);
      await fs.rename(temp, path.join(dir, segmentName(seq, first)));
      if (first) await prune(dir, writer.previousSnapshotSeq);
    } finally {
      await fs.rm(temp, { force: true }).catch(() => undefined);
    }
  }
  return parts.length;
}

/**
 * Removes this install's segments before its previous snapshot: a reader
 * that far behind starts again from a snapshot. Only our own folder.
 */
async function prune(dir: string, keepFrom: number): Promise<void> {
  if (keepFrom === 0) return;
  for (const name of await fs.readdir(dir)) {
    const entry = classifyEntry(name);
    if (entry.kind === 'segment' && entry.seq < keepFrom) await fs.rm(path.join(dir, name), { force: true });
  }
}
