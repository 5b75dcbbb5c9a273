import { COLLECTION_NAMES, type CollectionName } from '../../../shared/domain';
import type { Repositories } from '../app';
import type { DocumentStore } from '../store/documentStore';
import type { StoreOp } from '../store/journal';
import { generateDemo } from './generateDemo';

const BATCH = 2_000;

/** Every demo record, in every collection: the one action that removes the demo. */
export async function removeDemo(store: DocumentStore): Promise<number> {
  const ops: StoreOp[] = [];
  for (const collection of COLLECTION_NAMES) {
    for (const record of store.all(collection)) {
      if (record.demo === true) ops.push({ kind: 'purge', collection, id: record.id });
    }
  }
  await commitInBatches(store, ops);
  return ops.length;
}

/** Replaces the demo set with a fresh one of the given size; the user's own records stay. */
export async function seedDemo(
  store: DocumentStore,
  repos: Repositories,
  members: number,
  onProgress?: (done: number, total: number) => void,
): Promise<Record<CollectionName, number>> {
  await removeDemo(store);
  const demo = generateDemo(members);
  const ops: StoreOp[] = [];
  const counts = {} as Record<CollectionName, number>;
  for (const collection of ['plgs', 'members', 'research', 'questions', 'sessions', 'learning', 'pop', 'badges'] as const) {
    const repo = repos[collection] as Repositories[CollectionName];
    for (const { id, fields } of demo[collection]) {
      const record = (repo.build as (f: unknown, o: unknown) => { id: string })(fields, { demo: true, id });
      ops.push({ kind: 'put', collection, record });
    }
    counts[collection] = demo[collection].length;
  }
  await commitInBatches(store, ops, onProgress);
  return counts;
}

async function commitInBatches(store: DocumentStore, ops: StoreOp[], onProgress?: (done: number, total: number) => void) {
  for (let i = 0; i < ops.length; i += BATCH) {
    await store.commit(ops.slice(i, i + BATCH));
    onProgress?.(Math.min(i + BATCH, ops.length), ops.length);
  }
}
