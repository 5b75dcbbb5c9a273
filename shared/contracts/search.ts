import { z } from 'zod';
import { ExpertsQuery, ExpertsResult, MarketplaceBoard, SearchQuery, SearchResult } from '../search/schema';
import { none, type ContractPart } from './common';

/** Local search, "wie weet iets van …?" and the marketplace board (shared/search, main/core/search). */
export const searchContract = {
  'search:query': { input: SearchQuery, output: z.array(SearchResult) },
  'search:experts': { input: ExpertsQuery, output: ExpertsResult },
  'search:marketplace': { input: none, output: MarketplaceBoard },
  /** Whether the index is loaded: until it is, a search waits for it (the UI says "even geduld"). */
  'search:status': { input: none, output: z.object({ ready: z.boolean() }) },
} as const satisfies ContractPart;
