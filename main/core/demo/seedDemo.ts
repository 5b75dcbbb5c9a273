import { randomBytes } from 'node:crypto';
import { COLLECTION_NAMES, type CollectionName } from '../../../shared/domain';
import { ownersOf } from '../../../shared/ownership';
import type { Repositories } from '../app';
import type { DocumentStore } from '../store/documentStore';
import type { StoreOp } from '../store/journal';
import { generateDemo } from './generateDemo';

const BATCH = 2_000;

/**
 * Removes the demo network in one action: every live demo record, except
 * "me" and the records "me" owns (they become ordinary records: they are the
 * user's now). Tombstones stay, demo or not, so an old bundle cannot bring a
 * deleted or erased record back.
 */
export async function removeDemo(store: DocumentStore, meId: string | null = null): Promise<number> {
  const ops: StoreOp[] = [];
  for (const collection of COLLECTION_NAMES) {
    for (const record of store.all(collection)) {
      if (record.demo !== true || record.deleted === true) continue;
      const mine = meId !== null && (record.id === meId || ownersOf(collection, record).includes(meId));
      ops.push(mine ? { kind: 'put', collection, record: { ...record, demo: false } } : { kind: 'purge', collection, id: record.id });
    }
  }
  await commitInBatches(store, ops);
  return ops.filter((op) => op.kind === 'purge').length;
}

/** Replaces the demo set with a fresh one of the given size; the user's own records stay. */
export async function seedDemo(
  store: DocumentStore,
  repos: Repositories,
  members: number,
  onProgress?: (done: number, total: number) => void,
): Promise<Record<CollectionName, number>> {
  await removeDemo(store);
  const demo = generateDemo(members, undefined, undefined, randomBytes(16));
  const ops: StoreOp[] = [];
  const counts = {} as Record<CollectionName, number>;
  for (const collection of ['plgs', 'members', 'research', 'questions', 'sessions', 'activities', 'learning', 'pop', 'badges'] as const) {
    const repo = repos[collection] as Repositories[CollectionName];
    for (const item of demo[collection]) {
      const { id, fields } = item;
      const createdAt = 'createdAt' in item ? item.createdAt : undefined;
      const record = (repo.build as (f: unknown, o: unknown) => { id: string })(fields, { demo: true, id, createdAt });
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
