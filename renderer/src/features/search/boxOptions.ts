import type { SearchResult } from '../../../../shared/search/schema';
import { recordPath, RESULT_TYPES } from './recordTypes';
import { expertsHref, searchHref } from './searchLocation';

/** One choice in the search box: a result, or an action at the end ("all results", "who knows …?"). */
export interface BoxOption {
  id: string;
  key: string;
  href: string;
  result?: SearchResult;
}

/** The best few results of each type, grouped in a fixed order, then the two actions; ids for aria-activedescendant. */
export function boxOptions(results: readonly SearchResult[], text: string, idPrefix: string, perType: number): BoxOption[] {
  const ordered = RESULT_TYPES.flatMap((type) => results.filter((r) => r.type === type).slice(0, perType));
  const options: Array<Omit<BoxOption, 'id'>> = [
    ...ordered.map((result) => ({
      key: `${result.type}:${result.id}`,
      result,
      // A type without a page of its own opens in the full results, narrowed to that type.
      href: recordPath(result.type, result.id) ?? searchHref({ q: text, type: result.type }),
    })),
    { key: 'all', href: searchHref({ q: text }) },
    { key: 'experts', href: expertsHref(text) },
  ];
  return options.map((option, i) => ({ ...option, id: `${idPrefix}-${i}` }));
}
