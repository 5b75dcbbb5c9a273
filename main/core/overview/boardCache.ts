import type { Member } from '../../../shared/domain';
import { buildBoard } from '../../../shared/search/marketplace';
import type { MarketplaceBoard } from '../../../shared/search/schema';
import type { DocumentStore } from '../store/documentStore';

/**
 * The marketplace board is the one costly part of the overview (every offer
 * and want through the Dutch analyser): it is kept per set of members until a
 * profile changes, so changing the period or area does not rebuild it.
 */
interface Cache {
  boards: Map<string, MarketplaceBoard>;
}

const caches = new WeakMap<DocumentStore, Cache>();
const MAX_ENTRIES = 20;

function cacheOf(store: DocumentStore): Cache {
  let cache = caches.get(store);
  if (!cache) {
    const created: Cache = { boards: new Map() };
    store.onChange((collections) => {
      if (collections.includes('members')) created.boards.clear();
    });
    caches.set(store, (cache = created));
  }
  return cache;
}

/** The board of these members; `key` names the member selection (the filter's institution, team and PLG). */
export function boardFor(store: DocumentStore, key: string, members: () => readonly Member[], maxMembers: number): MarketplaceBoard {
  const cache = cacheOf(store);
  const fullKey = `${maxMembers}:${key}`;
  let board = cache.boards.get(fullKey);
  if (!board) {
    if (cache.boards.size >= MAX_ENTRIES) cache.boards.clear();
    board = buildBoard(members(), maxMembers);
    cache.boards.set(fullKey, board);
  }
  return board;
}

/** Forget every board (the benchmark measures the overview cold, as after a profile change). */
export function clearBoards(store: DocumentStore): void {
  cacheOf(store).boards.clear();
}
