import type { CollectionName } from '../../../../shared/domain';
import { FILTER_NAMES, type FilterName, type SearchFilters, type SearchQuery } from '../../../../shared/search/schema';
import { SOURCE_NAMES } from '../../../../shared/search/sources';

/**
 * What the results page shows lives in the address (`/search?q=…&type=…`),
 * so Back returns to the same results with the same filters.
 */
export interface SearchState {
  q: string;
  type: CollectionName | null;
  filters: Partial<Record<FilterName, string>>;
}

export const SEARCH_PATH = '/search';
export const EXPERTS_PATH = '/experts';
export const MARKETPLACE_PATH = '/marketplace';
export const TOPIC_PARAM = 'onderwerp';
/** As long as the engine takes (SearchQuery.text). */
export const MAX_TEXT = 500;

export function readSearchState(params: URLSearchParams): SearchState {
  const type = params.get('type');
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { q: params.get('q') ?? '', type: SOURCE_NAMES.find((t) => t === type) ?? null, filters };
}

export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.type) params.set('type', state.type);
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  return params;
}

export const searchHref = (state: Partial<SearchState>) => withParams(SEARCH_PATH, searchParamsOf({ q: '', type: null, filters: {}, ...state }));

export const expertsHref = (topic: string) => withParams(EXPERTS_PATH, new URLSearchParams(topic.trim() ? { [TOPIC_PARAM]: topic.trim() } : {}));

/** Always with a "?", so no parameters of an earlier page linger in the address. */
const withParams = (path: string, params: URLSearchParams) => `${path}?${params.toString()}`;

export const hasFilters = (state: SearchState) => state.type !== null || Object.keys(state.filters).length > 0;

/** The engine's filters from the page's: a year that is not a year is left out. */
export function filtersOf(state: SearchState): SearchFilters {
  const { year, ...rest } = state.filters;
  const asNumber = Number(year);
  return { ...rest, ...(year && Number.isInteger(asNumber) && asNumber >= 1950 && asNumber <= 2100 ? { year: asNumber } : {}) };
}

export function queryOf(state: SearchState, sizes: { limit: number; perType?: number }): SearchQuery {
  return { text: state.q, ...(state.type ? { types: [state.type] } : {}), filters: filtersOf(state), ...sizes };
}
