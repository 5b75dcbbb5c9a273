import type { CollectionName } from '../../../shared/domain';
import { isSearchable, SOURCE_NAMES } from '../../../shared/search/sources';
import type { DocumentStore } from '../store/documentStore';
import type { StoreOp } from '../store/journal';
import { SearchEngine, type IndexChange } from './engine';
import type { IndexedRecord } from './searchIndex';

export interface AttachedSearch {
  engine: SearchEngine;
  /** Stops following the store. */
  detach(): void;
}

/** A save is indexed at once; an import or demo seed of more records than this is indexed in the background. */
const LARGE_COMMIT = 200;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Builds the search index from everything in the store, then keeps it in
 * step with every commit: a put replaces the record in the index (a
 * tombstone removes it), a purge removes it. Never a full rebuild.
 */
export async function attachSearchIndex(store: DocumentStore): Promise<AttachedSearch> {
  const engine = new SearchEngine();
  // Commits made while the bulk build runs are replayed after it, in order.
  let queued: StoreOp[] | null = [];
  const apply = (ops: readonly StoreOp[]) => {
    const changes: IndexChange[] = ops
      .filter((op): op is StoreOp & { collection: CollectionName } => isSearchable(op.collection))
      .map((op) => (op.kind === 'put' ? { type: op.collection, record: op.record as IndexedRecord } : { id: op.id }));
    engine.change(changes, changes.length > LARGE_COMMIT);
  };
  const detach = store.onChange((_collections, ops) => {
    if (queued) queued.push(...ops);
    else apply(ops);
  });
  const entries = SOURCE_NAMES.flatMap((type) => store.all(type).map((record) => ({ type, record: record as IndexedRecord })));
  await engine.addAll(entries, yieldToLoop);
  const replay = queued;
  queued = null;
  apply(replay);
  return { engine, detach };
}
