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
/** A completion counts between these, more the shorter it is: it is likelier to be what is being typed. */
const COMPLETION_BASE = 0.75;
const COMPLETION_SPAN = 0.2;

/**
 * One typed word as the index sees it. The completions of a word being typed
 * are a range of positions in the sorted vocabulary — a word of one letter
 * has tens of thousands of them at 270k records, so they are never listed
 * one by one (no map to fill, no array to write per keystroke): a term is a
 * completion when its rank falls in the range, and its factor is worked out
 * when a document that holds it is scored. The few other terms (the word
 * itself, synonym groups, typos) are listed with their factor.
 */
export class Clause {
  /** Listed terms: term id → weight × idf, the most a document can get from that term per unit of impact. */
  readonly listed = new Map<number, number>();
  private readonly listedVia = new Map<number, MatchKind>();
  /** Sorted positions [from, to) of the completions (empty when the word is complete); the typed word itself is listed instead. */
  readonly from: number;
  readonly to: number;
  /** The typed word's id, when the index has it (else -1). */
  readonly exact: number;
  /** A completion's idf counts no more than this: that of the typed word, or of all its matches together. */
  readonly cap: number;
  /** Postings to read if this clause drives the query. */
  readonly cost: number;
  /** How many terms (with documents) the clause matches. */
  readonly size: number;
  readonly optional: boolean;
  private upperBound = -1;

  constructor(
    private readonly index: SearchIndex,
    readonly word: QueryWord,
  ) {
    const { vocab } = index;
    const { term } = word;
    const weights = new Map<number, number>();
    const exact = vocab.id(term) ?? -1;
    const hasExact = exact >= 0 && vocab.df(exact) > 0;
    [this.from, this.to] = word.prefix ? vocab.prefixRange(term) : [0, 0];
    this.exact = exact;
    const ranks = vocab.ranks();
    // A completion's own weight (0.75 or more) beats a synonym's or typo's, so the lists never overlap.
    const add = (id: number, weight: number, kind: MatchKind) => {
      if (id !== exact && ranks[id]! >= this.from && ranks[id]! < this.to) return;
      if ((weights.get(id) ?? 0) >= weight) return;
      weights.set(id, weight);
      this.listedVia.set(id, kind);
    };
    if (hasExact) add(exact, MATCH_WEIGHT.exact, 'exact');
    let prefixDocs = 0;
    let completions = 0;
    this.eachCompletion((id) => {
      prefixDocs += vocab.df(id);
      completions++;
    });
    for (const group of word.groups) {
      const id = vocab.id(group);
      if (id !== undefined && vocab.df(id) > 0) add(id, MATCH_WEIGHT.synonym, 'synonym');
    }
    if (term.length >= TYPO_MIN_LENGTH - 1) {
      // A deletion turns a five-letter word into four, so four typed letters may be a typo of five.
      const typo = (id: number) => vocab.length(id) >= TYPO_MIN_LENGTH && add(id, MATCH_WEIGHT.typo, 'typo');
      vocab.oneEditAway(term, typo);
      if (word.prefix && term.length >= TYPO_MIN_LENGTH && prefixDocs + (hasExact ? vocab.df(exact) : 0) < FEW_DOCS) {
        vocab.prefixOneEditAway(term, (id) => add(id, MATCH_WEIGHT.typoPrefix, 'typo'));
      }
    }
    // A rare completion or correction must not outrank the word itself by its
    // rarity: its idf is capped at that of the typed word (or of all its matches).
    let docs = prefixDocs;
    for (const id of weights.keys()) docs += vocab.df(id);
    this.cap = hasExact ? index.idf(exact) : index.idfOf(docs);
    let cost = prefixDocs;
    for (const [id, weight] of weights) {
      this.listed.set(id, weight * (id === exact ? index.idf(id) : Math.min(index.idf(id), this.cap)));
      cost += vocab.df(id);
    }
    this.cost = cost;
    this.size = weights.size + completions;
    this.optional = word.optional;
  }

  /** The highest score any document can get from this clause (quantized units); worked out when first asked. */
  get upper(): number {
    if (this.upperBound < 0) {
      const { vocab } = this.index;
      let upper = 0;
      this.eachTerm((id, factor) => (upper = Math.max(upper, factor * vocab.best(id))));
      this.upperBound = upper;
    }
    return this.upperBound;
  }

  /** The factor of a completion (a term whose rank is in [from, to), not the typed word). */
  completionFactor(id: number): number {
    const weight = COMPLETION_BASE + COMPLETION_SPAN * (this.word.term.length / this.index.vocab.length(id));
    return weight * Math.min(this.index.idf(id), this.cap);
  }

  /** What a document gets per unit of impact from holding term `id`; 0 when the clause does not match it. */
  factorOf(id: number): number {
    return this.listed.get(id) ?? (this.isCompletion(id) ? this.completionFactor(id) : 0);
  }

  /** How the clause matches term `id`, if at all. */
  viaOf(id: number): MatchKind | undefined {
    return this.listedVia.get(id) ?? (this.isCompletion(id) ? 'prefix' : undefined);
  }

  has(id: number): boolean {
    return this.listed.has(id) || this.isCompletion(id);
  }

  /** Every term with documents, with its factor: the typed word first, then completions in sorted order, then the rest. */
  eachTerm(visit: (id: number, factor: number) => void): void {
    const exact = this.listed.get(this.exact);
    if (exact !== undefined) visit(this.exact, exact);
    this.eachCompletion((id) => visit(id, this.completionFactor(id)));
    for (const [id, factor] of this.listed) if (id !== this.exact) visit(id, factor);
  }

  private isCompletion(id: number): boolean {
    if (id === this.exact) return false;
    const rank = this.index.vocab.ranks()[id]!;
    return rank >= this.from && rank < this.to;
  }

  private eachCompletion(visit: (id: number) => void): void {
    const { vocab } = this.index;
    for (let rank = this.from; rank < this.to; rank++) {
      const id = vocab.idAtRank(rank);
      if (id !== this.exact && vocab.df(id) > 0) visit(id);
    }
  }
}

export function planClause(index: SearchIndex, word: QueryWord): Clause {
  return new Clause(index, word);
}
