import { isSearchable, SOURCE_NAMES } from '../../../shared/search/sources';
import type { DocumentStore } from '../store/documentStore';
import type { StoreOp } from '../store/journal';
import { SearchEngine } from './engine';
import type { IndexedRecord } from './searchIndex';

export interface AttachedSearch {
  engine: SearchEngine;
  /** Stops following the store. */
  detach(): void;
}

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
    for (const op of ops) {
      if (!isSearchable(op.collection)) continue;
      try {
        if (op.kind === 'put') engine.upsert(op.collection, op.record as IndexedRecord);
        else engine.remove(op.id);
      } catch (error) {
        // The commit is durable already; a record search cannot read must not fail it.
        console.error(`search: could not index ${op.collection} record`, error);
      }
    }
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
