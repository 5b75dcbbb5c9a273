import type { SearchQuery, SearchResult } from '../../../../shared/search/schema';
import { call } from '../../lib/call';
import { useResource, type Resource } from '../../lib/useResource';

const NONE: SearchResult[] = [];

/**
 * Search results for a query, again on every change of it. Only the newest
 * query's answer is ever shown (an older one that arrives late is dropped),
 * and the previous results stay until it arrives, so nothing flickers.
 */
export function useSearchResults(query: SearchQuery | null, group: string): Resource<SearchResult[]> {
  // No query has no results to keep: the first letter typed must not show "nothing found" while its answer is on its way.
  return useResource(`${group}:${JSON.stringify(query)}`, () => (query ? call('search:query', query) : Promise.resolve(NONE)), { keepWithin: query ? group : undefined });
}
