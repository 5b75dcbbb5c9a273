import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * One change applied atomically: records written as a whole (a tombstone is a
 * record too) or, for local demo data only, purged for good.
 */
export type StoreOp =
  | { kind: 'put'; collection: string; record: { id: string } & Record<string, unknown> }
  | { kind: 'purge'; collection: string; id: string };

export interface JournalEntry {
  seq: number;
  ops: StoreOp[];
}

const FILE_PATTERN = /^journal-(\d{6})\.jsonl$/;
export const journalFileName = (generation: number) => `journal-${String(generation).padStart(6, '0')}.jsonl`;

const checksum = (ops: string) => createHash('sha1').update(ops).digest('hex').slice(0, 16);

/** One line per commit: `{"seq":…,"sum":…,"ops":[…]}`; a torn or altered line fails its checksum. */
export function encodeEntry(entry: JournalEntry): string {
  const ops = JSON.stringify(entry.ops);
  return `{"seq":${entry.seq},"sum":"${checksum(ops)}","ops":${ops}}\n`;
}

function decodeLine(line: string): JournalEntry | null {
  try {
    const parsed = JSON.parse(line) as { seq?: unknown; sum?: unknown; ops?: unknown };
    if (typeof parsed.seq !== 'number' || !Array.isArray(parsed.ops)) return null;
    if (parsed.sum !== checksum(JSON.stringify(parsed.ops))) return null;
    return { seq: parsed.seq, ops: parsed.ops as StoreOp[] };
  } catch {
    return null;
  }
}

export interface JournalFile {
  generation: number;
  file: string;
}

export async function listJournals(dir: string): Promise<JournalFile[]> {
  const names = await fs.readdir(dir);
  return names
    .map((name) => FILE_PATTERN.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ generation: Number(m[1]), file: path.join(dir, m[0]) }))
    .sort((a, b) => a.generation - b.generation);
}

export interface ReadJournal {
  /** The entries after `skipThrough`, each checked against its checksum. */
  entries: JournalEntry[];
  /** Every change after this sequence number is in this file (from its first line). */
  coversAfter: number | null;
  lastSeq: number;
  /** Byte length of the intact prefix; anything after it is a torn or damaged tail. */
  intactBytes: number;
  damaged: boolean;
}

const SEQ_PREFIX = /^\{"seq":(\d+),/;
const HEADER_END = Buffer.from('"ops":[]}');

/**
 * Reads a journal. Lines up to `skipThrough` are already in every snapshot,
 * so only their sequence number is read, not their contents: a restart does
 * not pay for history it does not need.
 */
export async function readJournal(file: string, skipThrough = 0): Promise<ReadJournal> {
  const buffer = await fs.readFile(file);
  const entries: JournalEntry[] = [];
  let coversAfter: number | null = null;
  let lastSeq = 0;
  let offset = 0;
  while (offset < buffer.length) {
    const end = buffer.indexOf(0x0a, offset);
    if (end === -1) break; // no newline: the last write was torn
    const line = buffer.subarray(offset, end);
    const seq = Number(SEQ_PREFIX.exec(line.subarray(0, 32).toString('latin1'))?.[1] ?? NaN);
    if (Number.isNaN(seq)) break;
    if (seq > skipThrough) {
      const entry = decodeLine(line.toString('utf8'));
      if (!entry) break;
      entries.push(entry);
    }
    if (coversAfter === null) {
      const isHeader = line.subarray(line.length - HEADER_END.length).equals(HEADER_END);
      coversAfter = isHeader ? seq : seq - 1;
    }
    lastSeq = seq;
    offset = end + 1;
  }
  return { entries, coversAfter, lastSeq, intactBytes: offset, damaged: offset < buffer.length };
}

/**
 * An open journal file; appends are serialised by the caller. An append
 * counts once fsynced: by itself, or, for appends made with `sync: false`,
 * by the next `sync()` or synced append (one fsync covers every line written
 * before it). A crash in between keeps a prefix of those lines: `readJournal`
 * stops at the first line that did not reach the disk whole.
 */
export class JournalWriter {
  private unsynced = false;

  private constructor(
    readonly generation: number,
    readonly file: string,
    private readonly handle: fs.FileHandle,
    public bytes: number,
  ) {}

  /**
   * Opens (or continues) a journal. A new one starts with a header entry
   * without ops carrying `seq`: every later change is in this file or a newer
   * one, which tells recovery how far back the kept journals reach.
   */
  static async open(dir: string, generation: number, seq: number): Promise<JournalWriter> {
    const file = path.join(dir, journalFileName(generation));
    const handle = await fs.open(file, 'a');
    const { size } = await handle.stat();
    const writer = new JournalWriter(generation, file, handle, size);
    if (size === 0) await writer.append({ seq, ops: [] });
    return writer;
  }

  async append(entry: JournalEntry, { sync = true }: { sync?: boolean } = {}): Promise<void> {
    const line = Buffer.from(encodeEntry(entry), 'utf8');
    try {
      await this.handle.write(line);
      if (sync) await this.handle.sync();
    } catch (error) {
      // Disk full or a failing disk: cut off the partial line so later appends stay readable.
      await this.handle.truncate(this.bytes).catch(() => undefined);
      throw error;
    }
    this.bytes += line.length;
    this.unsynced = !sync;
  }

  /** Forces every line appended so far to the disk. */
  async sync(): Promise<void> {
    if (!this.unsynced) return;
    await this.handle.sync();
    this.unsynced = false;
  }

  async close(): Promise<void> {
    try {
      await this.sync();
    } finally {
      await this.handle.close();
    }
  }
}
