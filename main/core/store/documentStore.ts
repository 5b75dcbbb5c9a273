import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { AtomicJsonFile, DamagedFileError, exists } from './atomicJsonFile';
import { JournalWriter, listJournals, readJournal, type JournalEntry, type StoreOp } from './journal';

/**
 * The document store: an append-only journal in front of sharded lowdb
 * snapshots (docs/architecture.md, "Store").
 *
 * A commit appends one checksummed, fsynced line to the journal and then
 * updates memory, so its cost does not depend on how much data there is.
 * From time to time the shards touched since the last snapshot are rewritten
 * atomically (one small file each, yielding between files) and old journals
 * are dropped. At start the shards are read and the journal replayed on top.
 */

export type StoredRecord = { id: string } & Record<string, unknown>;

interface ShardData {
  format: 1;
  shard: number;
  /** Every journal entry up to this sequence number is contained in this snapshot. */
  appliedSeq: number;
  records: Record<string, { c: string; r: StoredRecord }>;
}

const isShardData = (data: unknown): data is ShardData => {
  const d = data as Partial<ShardData> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    d.format === 1 &&
    typeof d.shard === 'number' &&
    typeof d.appliedSeq === 'number' &&
    typeof d.records === 'object' &&
    d.records !== null
  );
};

export interface RecoveryNotice {
  file: string;
  problem: string;
  /** The backup it was restored from, or null when nothing could be restored. */
  restoredFrom: string | null;
  backupSavedAt: string | null;
  /** True when the journal still held every change made after that backup. */
  complete: boolean;
}

export interface StoreOptions {
  shardCount?: number;
  /** Compact when the journal grows past this many bytes. */
  compactAfterBytes?: number;
  /** Journals kept after compaction, so a shard restored from a backup can be brought up to date. */
  keepJournals?: number;
  readOnly?: boolean;
}

/** Called after every commit with the collections it touched and its ops (for incremental indexes). */
export type ChangeListener = (collections: string[], ops: readonly StoreOp[]) => void;

export class DocumentStore {
  private readonly shardCount: number;
  private readonly compactAfterBytes: number;
  private readonly keepJournals: number;
  private readonly readOnly: boolean;
  private readonly collections = new Map<string, Map<string, StoredRecord>>();
  /** Per shard: id → collection of the records it holds. */
  private readonly shardMembers: Map<string, string>[] = [];
  private readonly shards: Low<ShardData>[] = [];
  private readonly dirtyShards = new Set<number>();
  private journal: JournalWriter | null = null;
  private seq = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private compacting: Promise<void> | null = null;
  private lastCompactionError: Error | null = null;
  private readonly listeners = new Set<ChangeListener>();
  readonly recoveries: RecoveryNotice[] = [];

  private constructor(
    readonly dir: string,
    options: StoreOptions,
  ) {
    this.shardCount = options.shardCount ?? 256;
    this.compactAfterBytes = options.compactAfterBytes ?? 8 * 1024 * 1024;
    this.keepJournals = options.keepJournals ?? 3;
    this.readOnly = options.readOnly ?? false;
    for (let i = 0; i < this.shardCount; i++) this.shardMembers.push(new Map());
  }

  static async open(dir: string, options: StoreOptions = {}): Promise<DocumentStore> {
    const store = new DocumentStore(dir, options);
    if (!store.readOnly) await fs.mkdir(dir, { recursive: true });
    await store.load();
    return store;
  }

  // ---- reading -----------------------------------------------------------

  get(collection: string, id: string): StoredRecord | undefined {
    return this.collections.get(collection)?.get(id);
  }

  all(collection: string): StoredRecord[] {
    return [...(this.collections.get(collection)?.values() ?? [])];
  }

  count(collection: string): number {
    return this.collections.get(collection)?.size ?? 0;
  }

  /** The sequence number of the last commit: anything derived from the store (the search index) can say which state it matches. */
  get sequence(): number {
    return this.seq;
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- writing -----------------------------------------------------------

  /**
   * Applies all ops or none: they share one journal line. Resolves once
   * durable, or with `{ durable: false }` once written but not yet forced to
   * disk: a run of such commits (the sync's segments of one pass) shares the
   * one fsync of the next `flush()` or durable commit. A crash before it
   * keeps a prefix of that run, never a part of one commit; a snapshot waits
   * for it, so shards never hold what the journal may lose.
   */
  commit(ops: StoreOp[], { durable = true }: { durable?: boolean } = {}): Promise<void> {
    if (this.readOnly) return Promise.reject(new Error('The store was opened read-only.'));
    if (ops.length === 0) return Promise.resolve();
    const run = this.inTurn(async () => {
      const journal = this.journal;
      if (!journal) throw new Error('The store is closed.');
      const entry: JournalEntry = { seq: this.seq + 1, ops };
      await journal.append(entry, { sync: durable });
      this.seq = entry.seq;
      this.apply(entry.ops);
      if (durable) this.compactIfLarge(journal);
    });
    return run.then(() => this.emit(ops));
  }

  /** Makes every commit so far durable (those made with `{ durable: false }`). */
  flush(): Promise<void> {
    if (this.readOnly) return Promise.resolve();
    return this.inTurn(async () => {
      const journal = this.journal;
      if (!journal) return;
      await journal.sync();
      this.compactIfLarge(journal);
    });
  }

  /** Runs `work` after every earlier commit and before any later one. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private compactIfLarge(journal: JournalWriter): void {
    if (journal.bytes > this.compactAfterBytes) void this.compact().catch(() => undefined);
  }

  /**
   * Runs `read` at a consistent point: after every earlier commit is durable
   * and any running snapshot has finished, and before any later commit starts
   * (commits wait in the same queue). The files in the data directory then
   * agree with each other for as long as `read` runs: a backup copies them
   * here.
   */
  async atConsistentPoint<T>(read: () => Promise<T>): Promise<T> {
    for (;;) {
      // A snapshot takes turns with commits while it runs: wait for it outside the queue, then hold the turn.
      await this.compacting?.catch(() => undefined);
      const outcome = await this.inTurn(async () => {
        if (this.compacting) return null;
        await this.journal?.sync();
        return { value: await read() };
      });
      if (outcome) return outcome.value;
    }
  }

  put(collection: string, record: StoredRecord): Promise<void> {
    return this.commit([{ kind: 'put', collection, record }]);
  }

  /**
   * Writes every shard changed since the last snapshot and drops journals no
   * longer needed. Runs in the background; saves continue meanwhile.
   */
  compact(): Promise<void> {
    if (this.readOnly) return Promise.resolve();
    this.compacting ??= this.runCompaction()
      .then(
        () => {
          this.lastCompactionError = null;
        },
        (error: Error) => {
          this.lastCompactionError = error;
          throw error;
        },
      )
      .finally(() => {
        this.compacting = null;
      });
    return this.compacting;
  }

  async close(): Promise<void> {
    try {
      if (!this.readOnly) {
        await this.queue;
        // A failed snapshot loses nothing: the journal still holds every change.
        await this.compact().catch(() => undefined);
        // A snapshot already running when close began may have missed the latest changes.
        if (this.dirtyShards.size > 0) await this.compact().catch(() => undefined);
      }
    } finally {
      await this.journal?.close();
      this.journal = null;
    }
  }

  /** The last snapshot failure (disk full, file locked by a virus scanner…), cleared by the next success. */
  get compactionError(): Error | null {
    return this.lastCompactionError;
  }

  // ---- internals ---------------------------------------------------------

  private shardIndex(id: string): number {
    // FNV-1a: cheap and stable across versions, so records stay in their shard.
    let hash = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) {
      hash ^= id.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) % this.shardCount;
  }

  private shardFile(index: number): string {
    return path.join(this.dir, `shard-${String(index).padStart(3, '0')}.json`);
  }

  private apply(ops: StoreOp[], onlyAfterSeq?: (shard: number) => boolean): void {
    for (const op of ops) {
      const id = op.kind === 'put' ? op.record.id : op.id;
      const shard = this.shardIndex(id);
      if (onlyAfterSeq && !onlyAfterSeq(shard)) continue;
      let collection = this.collections.get(op.collection);
      if (!collection) this.collections.set(op.collection, (collection = new Map()));
      if (op.kind === 'put') {
        collection.set(id, op.record);
        this.shardMembers[shard]!.set(id, op.collection);
      } else {
        collection.delete(id);
        this.shardMembers[shard]!.delete(id);
      }
      this.dirtyShards.add(shard);
    }
  }

  private emit(ops: StoreOp[]): void {
    const collections = [...new Set(ops.map((op) => op.collection))];
    for (const listener of this.listeners) listener(collections, ops);
  }

  private async load(): Promise<void> {
    const restored = new Map<number, RecoveryNotice>();
    // Read shards a few at a time: the disk works while the CPU parses.
    const loaded: ShardData[] = new Array(this.shardCount);
    const READ_AHEAD = 8;
    for (let first = 0; first < this.shardCount; first += READ_AHEAD) {
      const batch = Array.from({ length: Math.min(READ_AHEAD, this.shardCount - first) }, (_, i) => first + i);
      await Promise.all(batch.map(async (index) => (loaded[index] = await this.readShard(index, restored))));
    }
    const appliedSeq: number[] = [];
    for (let index = 0; index < this.shardCount; index++) {
      const data = loaded[index]!;
      appliedSeq.push(data.appliedSeq);
      const members = this.shardMembers[index]!;
      for (const id in data.records) {
        const { c, r } = data.records[id]!;
        let collection = this.collections.get(c);
        if (!collection) this.collections.set(c, (collection = new Map()));
        collection.set(id, r);
        members.set(id, c);
      }
      // The records now live in the collections; the shard keeps only its header until next written.
      const db = new Low<ShardData>(new AtomicJsonFile<ShardData>(this.shardFile(index), isShardData), data);
      db.data = { ...data, records: {} };
      this.shards.push(db);
    }
    // Snapshot contents are already in memory; only what came after matters.
    this.dirtyShards.clear();

    const journals = this.readOnly || (await exists(this.dir)) ? await listJournals(this.dir).catch(() => []) : [];
    // Every change after this sequence number is still in the kept journals.
    let coveredAfter = Infinity;
    const inEverySnapshot = Math.min(...appliedSeq);
    for (const journal of journals) {
      const { entries, coversAfter, lastSeq, intactBytes, damaged } = await readJournal(journal.file, inEverySnapshot);
      if (coversAfter !== null) coveredAfter = Math.min(coveredAfter, coversAfter);
      for (const entry of entries) this.apply(entry.ops, (shard) => entry.seq > (appliedSeq[shard] ?? 0));
      this.seq = Math.max(this.seq, lastSeq);
      if (damaged && !this.readOnly) {
        // A write torn by a crash or power cut: keep the intact prefix.
        await fs.truncate(journal.file, intactBytes);
      }
    }
    this.seq = Math.max(this.seq, ...appliedSeq);
    for (const [index, notice] of restored) {
      notice.complete = notice.restoredFrom !== null && appliedSeq[index]! >= coveredAfter;
      this.recoveries.push(notice);
      this.dirtyShards.add(index); // rewrite the repaired shard at the next compaction
    }

    if (this.readOnly) return;
    // Continue the newest journal: a restart alone must not push older journals out of the kept window.
    this.journal = await JournalWriter.open(this.dir, journals.at(-1)?.generation ?? 1, this.seq);
    if (restored.size > 0) await this.compact();
  }

  /** One shard's snapshot: the file, else its newest good backup (noted in `restored`), else empty. */
  private async readShard(index: number, restored: Map<number, RecoveryNotice>): Promise<ShardData> {
    const adapter = new AtomicJsonFile<ShardData>(this.shardFile(index), isShardData);
    const empty: ShardData = { format: 1, shard: index, appliedSeq: 0, records: {} };
    try {
      return (await adapter.read()) ?? (await this.backupOfMissing(adapter, index, restored)) ?? empty;
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      const backup = await adapter.readNewestGoodBackup();
      restored.set(index, {
        file: path.basename(adapter.file),
        problem: error.message,
        restoredFrom: backup ? path.basename(backup.backup) : null,
        backupSavedAt: backup ? backup.savedAt.toISOString() : null,
        complete: false,
      });
      return backup?.data ?? empty;
    }
  }

  /** A shard file that is missing while its backups exist was lost, not never written. */
  private async backupOfMissing(
    adapter: AtomicJsonFile<ShardData>,
    index: number,
    restored: Map<number, RecoveryNotice>,
  ): Promise<ShardData | null> {
    const backup = await adapter.readNewestGoodBackup();
    if (!backup) return null;
    restored.set(index, {
      file: path.basename(adapter.file),
      problem: `${path.basename(adapter.file)} is missing`,
      restoredFrom: path.basename(backup.backup),
      backupSavedAt: backup.savedAt.toISOString(),
      complete: false,
    });
    return backup.data;
  }

  private async runCompaction(): Promise<void> {
    // Start a new journal first: later commits go there, this one becomes history.
    const retired = await this.inTurn(async () => {
      const old = this.journal;
      if (!old || this.dirtyShards.size === 0) return null; // nothing changed since the last snapshot
      this.journal = await JournalWriter.open(this.dir, old.generation + 1, this.seq);
      await old.close();
      return old.generation;
    });
    if (retired === null) return;

    const dirty = [...this.dirtyShards];
    this.dirtyShards.clear();
    for (const index of dirty) {
      const db = this.shards[index]!;
      // Built between commits, once every commit so far is durable: it matches `seq` exactly and holds nothing a crash may take back.
      db.data = await this.inTurn(async () => {
        await this.journal?.sync();
        return { format: 1, shard: index, appliedSeq: this.seq, records: this.shardRecords(index) };
      });
      try {
        await db.write();
      } catch (error) {
        this.dirtyShards.add(index); // try again next time; the journal still holds the changes
        throw error;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    const journals = await listJournals(this.dir);
    const obsolete = journals.filter((j) => j.generation <= retired - this.keepJournals + 1);
    for (const journal of obsolete) await fs.rm(journal.file, { force: true });
  }

  private shardRecords(index: number): ShardData['records'] {
    const records: ShardData['records'] = {};
    for (const [id, c] of this.shardMembers[index]!) {
      records[id] = { c, r: this.collections.get(c)!.get(id)! };
    }
    return records;
  }
}
