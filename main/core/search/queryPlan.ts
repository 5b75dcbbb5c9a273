import type { QueryWord } from '../../../shared/search/query';
import type { MatchKind } from '../../../shared/search/schema';
import type { SearchIndex } from './searchIndex';

/**
 * Turns each typed word into a clause: the index terms it may match and how
 * much each counts. The word itself counts most; a longer word it starts
 * (while typing) a little less; a word one edit away (a typo, words of five
 * letters or more) and a synonym's group term less again.
 */

export const MATCH_WEIGHT = { exact: 1, synonym: 0.8, typo: 0.5, typoPrefix: 0.4 } as const;
/** Typos are only forgiven in words this long (issue: one edit in words of 5+ letters). */
export const TYPO_MIN_LENGTH = 5;
/** When a typed prefix reaches fewer documents than this, prefixes one edit away are tried too. */
const FEW_DOCS = 5;

export interface Clause {
  word: QueryWord;
  /** term id → weight × idf, the most a document can get from that term per unit of impact. */
  factors: Map<number, number>;
  via: Map<number, MatchKind>;
  /** The highest score any document can get from this clause (quantized units). */
  upper: number;
  /** Postings to read if this clause drives the query. */
  cost: number;
  optional: boolean;
}

export function planClause(index: SearchIndex, word: QueryWord): Clause {
  const factors = new Map<number, number>();
  const via = new Map<number, MatchKind>();
  const add = (id: number, weight: number, kind: MatchKind) => {
    const factor = weight * index.idf(id);
    if ((factors.get(id) ?? 0) >= factor) return;
    factors.set(id, factor);
    via.set(id, kind);
  };
  const { vocab } = index;
  const { term } = word;
  const exact = vocab.id(term);
  if (exact !== undefined && vocab.df(exact) > 0) add(exact, MATCH_WEIGHT.exact, 'exact');
  let prefixDocs = 0;
  if (word.prefix) {
    vocab.withPrefix(term, (id) => {
      if (id === exact) return;
      prefixDocs += vocab.df(id);
      // Shorter completions are likelier to be what is being typed.
      add(id, 0.75 + 0.2 * (term.length / vocab.terms[id]!.length), 'prefix');
    });
  }
  for (const group of word.groups) {
    const id = vocab.id(group);
    if (id !== undefined && vocab.df(id) > 0) add(id, MATCH_WEIGHT.synonym, 'synonym');
  }
  if (term.length >= TYPO_MIN_LENGTH) {
    vocab.oneEditAway(term, (id) => add(id, MATCH_WEIGHT.typo, 'typo'));
    if (word.prefix && prefixDocs + (exact === undefined ? 0 : vocab.df(exact)) < FEW_DOCS) {
      vocab.prefixOneEditAway(term, (id) => add(id, MATCH_WEIGHT.typoPrefix, 'typo'));
    }
  }
  let upper = 0;
  let cost = 0;
  for (const [id, factor] of factors) {
    const postings = vocab.postings[id]!;
    upper = Math.max(upper, factor * (postings.imps[0] ?? 0));
    cost += postings.size;
  }
  return { word, factors, via, upper, cost, optional: word.optional };
}
