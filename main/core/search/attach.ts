import type { CollectionName } from '../../../shared/domain';
import { indexable, isSearchable, SOURCE_NAMES } from '../../../shared/search/sources';
import type { DocumentStore } from '../store/documentStore';
import type { StoreOp } from '../store/journal';
import { SearchEngine, type IndexChange } from './engine';
import { encodeIndex, readIndexFile, readIndexFileSync, writeIndexFile, type PersistedIndex } from './persist';
import { SearchIndex, type IndexedRecord } from './searchIndex';

export interface AttachedSearch {
  engine: SearchEngine;
  /**
   * How the index came to be: restored from the persisted file, or built
   * from the store (with the reason the file could not be used). Null until
   * the index has been loaded (a lazy index no one has searched yet).
   */
  origin(): { restored: true } | { restored: false; reason: string } | null;
  /** Resolves when the index is complete (restored or rebuilt, both in the background in the app). */
  ready: Promise<void>;
  /** Writes the index to the data directory when it changed since it was read or last written. */
  persist(): Promise<void>;
  /** Stops following the store. */
  detach(): void;
}

export interface AttachOptions {
  /** The data directory whose `cache/` holds the persisted index; none: build in memory only. */
  dataDir?: string;
  /**
   * 'background' (the app): read the file, restore or build, in steps that
   * leave the event loop free (nothing waits for them; a search that comes
   * first finishes them at once). 'lazy' (the CLI): nothing until the first
   * search, which restores or builds at once; a command that never searches
   * never pays for the index.
   */
  mode?: 'background' | 'lazy';
}

/** A save is indexed at once; an import or demo seed of more records than this is indexed in the background. */
const LARGE_COMMIT = 200;

/**
 * The search index of a store: restored from the persisted file when that
 * checks out (persist.ts), else built from everything in the store; then
 * kept in step with every commit: a put replaces the record in the index (a
 * tombstone removes it), a purge removes it. Never a full rebuild.
 */
export async function attachSearchIndex(store: DocumentStore, options: AttachOptions = {}): Promise<AttachedSearch> {
  const { dataDir, mode = 'background' } = options;
  const engine = new SearchEngine();
  // Commits made while the index loads are replayed after it, in order.
  let queued: StoreOp[] | null = [];
  let origin: ReturnType<AttachedSearch['origin']> = null;
  /** The store sequence number the file on disk matches; -1 when there is no usable file. */
  let persistedSeq = -1;
  let changedSince = false;
  const apply = (ops: readonly StoreOp[]) => {
    const changes: IndexChange[] = ops
      .filter((op): op is StoreOp & { collection: CollectionName } => isSearchable(op.collection))
      .map((op) => (op.kind === 'put' ? { type: op.collection, record: op.record as IndexedRecord } : { id: op.id }));
    if (changes.length > 0) changedSince = true;
    engine.change(changes, changes.length > LARGE_COMMIT);
  };
  let detached = false;
  const write = async () => {
    // An empty store has nothing worth caching (and a cache must not make a new data directory look used).
    if (detached || !dataDir || store.sequence === 0 || origin === null || !engine.ready || (!changedSince && persistedSeq === store.sequence)) return;
    // Encoded in one synchronous step, so it matches the store's sequence number exactly.
    const seq = store.sequence;
    const bytes = encodeIndex(engine.index.exportState(), seq);
    changedSince = false;
    persistedSeq = -1;
    await writeIndexFile(dataDir, bytes);
    persistedSeq = seq;
  };
  let writing: Promise<void> = Promise.resolve();
  const persist = () => {
    // One write at a time, in order: the last one holds the latest state.
    const next = writing.then(write);
    writing = next.catch(() => undefined);
    return next;
  };
  const detachStore = store.onChange((_collections, ops) => {
    if (queued) queued.push(...ops);
    else apply(ops);
    // An erased or deleted record must not linger in the file on disk until the app closes.
    if (ops.some((op) => isSearchable(op.collection) && (op.kind === 'purge' || op.record.deleted === true))) void persist().catch(() => undefined);
  });

  function* load(persisted: PersistedIndex | { problem: string }): Generator<void, void, undefined> {
    // The event loop gets a turn between reading the file and restoring from it.
    yield;
    const restored = 'problem' in persisted ? persisted : restore(store, persisted);
    if (restored instanceof SearchIndex) {
      engine.replaceIndex(restored);
      origin = { restored: true };
      persistedSeq = (persisted as PersistedIndex).storeSeq;
    } else {
      const entries = SOURCE_NAMES.flatMap((type) => store.all(type).map((record) => ({ type, record: record as IndexedRecord })));
      yield* engine.index.addAllSteps(entries);
      origin = { restored: false, reason: restored.problem };
      changedSince = true;
    }
    const replay = queued ?? [];
    queued = null;
    apply(replay);
  }

  let ready: Promise<void>;
  if (mode === 'lazy') {
    ready = engine.load(
      (function* () {
        yield* load(dataDir ? readIndexFileSync(dataDir) : { problem: 'not persisted' });
      })(),
      false,
    );
  } else {
    // Nothing waits for the index: the file is read and checked, the index
    // restored (or rebuilt) in the background, while the first screen loads.
    ready = engine.load(
      (function* (): Generator<Promise<unknown> | void, void, undefined> {
        let file: PersistedIndex | { problem: string } | undefined;
        if (dataDir) {
          yield readIndexFile(dataDir).then((read) => (file = read));
          // A search that cannot wait reads the file at once instead.
          file ??= readIndexFileSync(dataDir);
        }
        yield* load(file ?? { problem: 'not persisted' });
      })(),
      true,
    );
  }

  const attached: AttachedSearch = {
    engine,
    origin: () => origin,
    ready,
    persist,
    detach() {
      detached = true;
      engine.cancelLoad();
      detachStore();
    },
  };
  return attached;
}

/**
 * The persisted index, when it matches the store exactly: the same commit
 * sequence number, every record in it present with the same revision, and
 * no live record missing. Otherwise the reason.
 */
function restore(store: DocumentStore, persisted: PersistedIndex): SearchIndex | { problem: string } {
  if (persisted.storeSeq !== store.sequence) return { problem: `older than the store (index at commit ${persisted.storeSeq}, store at ${store.sequence})` };
  let live = 0;
  for (const type of SOURCE_NAMES) for (const record of store.all(type)) if (indexable(type, record)) live++;
  if (live !== persisted.state.docs.length) return { problem: `holds ${persisted.state.docs.length} records, the store ${live}` };
  return SearchIndex.fromState(persisted.state, (type, id, rev) => {
    const record = store.get(type, id);
    return record && String(record.rev ?? '') === rev ? (record as IndexedRecord) : undefined;
  });
}
