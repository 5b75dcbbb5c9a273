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
  const weights = new Map<number, number>();
  const via = new Map<number, MatchKind>();
  const add = (id: number, weight: number, kind: MatchKind) => {
    if ((weights.get(id) ?? 0) >= weight) return;
    weights.set(id, weight);
    via.set(id, kind);
  };
  const { vocab } = index;
  const { term } = word;
  const exact = vocab.id(term);
  const hasExact = exact !== undefined && vocab.df(exact) > 0;
  if (hasExact) add(exact, MATCH_WEIGHT.exact, 'exact');
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
  if (term.length >= TYPO_MIN_LENGTH - 1) {
    // A deletion turns a five-letter word into four, so four typed letters may be a typo of five.
    const typo = (id: number) => vocab.terms[id]!.length >= TYPO_MIN_LENGTH && add(id, MATCH_WEIGHT.typo, 'typo');
    vocab.oneEditAway(term, typo);
    if (word.prefix && term.length >= TYPO_MIN_LENGTH && prefixDocs + (hasExact ? vocab.df(exact) : 0) < FEW_DOCS) {
      vocab.prefixOneEditAway(term, (id) => add(id, MATCH_WEIGHT.typoPrefix, 'typo'));
    }
  }
  // A rare completion or correction must not outrank the word itself by its
  // rarity: its idf is capped at that of the typed word (or of all its matches).
  let docs = 0;
  for (const id of weights.keys()) docs += vocab.df(id);
  const cap = hasExact ? index.idf(exact) : index.idfOf(docs);
  const factors = new Map<number, number>();
  let upper = 0;
  let cost = 0;
  for (const [id, weight] of weights) {
    const factor = weight * (id === exact ? index.idf(id) : Math.min(index.idf(id), cap));
    factors.set(id, factor);
    const postings = vocab.postings[id]!;
    upper = Math.max(upper, factor * (postings.imps[0] ?? 0));
    cost += postings.size;
  }
  return { word, factors, via, upper, cost, optional: word.optional };
}
