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
 * are a range of ids in the sorted vocabulary (vocabulary.ts) — a word of one
 * letter has tens of thousands of them at 270k records, so they are never
 * listed one by one (no map to fill, no array to write per keystroke): a
 * term is a completion when its id falls in the range, and its factor is
 * worked out when a document that holds it is scored. The few other terms
 * (the word itself, synonym groups, typos, words added since the index was
 * built) are listed with their factor.
 */
export class Clause {
  /** Listed terms: term id → weight × idf, the most a document can get from that term per unit of impact. */
  readonly listed = new Map<number, number>();
  private readonly listedVia = new Map<number, MatchKind>();
  /** The completions' ids [from, to) in the sorted vocabulary (empty when the word is complete); the typed word and words added since the index was built are listed instead. */
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
    const completions = word.prefix ? vocab.completions(term) : { from: 0, to: 0, extras: [] };
    this.from = completions.from;
    this.to = completions.to;
    this.exact = exact;
    // A completion's own weight (0.75 or more) beats a synonym's or typo's, so the range and the list never overlap.
    const add = (id: number, weight: number, kind: MatchKind) => {
      if (id !== exact && id >= this.from && id < this.to) return;
      if ((weights.get(id) ?? 0) >= weight) return;
      weights.set(id, weight);
      this.listedVia.set(id, kind);
    };
    if (hasExact) add(exact, MATCH_WEIGHT.exact, 'exact');
    let rangeDocs = 0;
    let inRange = 0;
    this.eachCompletion((id) => {
      rangeDocs += vocab.df(id);
      inRange++;
    });
    let prefixDocs = rangeDocs;
    for (const id of completions.extras) {
      if (id === exact || vocab.df(id) === 0) continue;
      prefixDocs += vocab.df(id);
      add(id, this.completionWeight(id), 'prefix');
    }
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
    let docs = rangeDocs;
    for (const id of weights.keys()) docs += vocab.df(id);
    this.cap = hasExact ? index.idf(exact) : index.idfOf(docs);
    let cost = rangeDocs;
    for (const [id, weight] of weights) {
      this.listed.set(id, weight * (id === exact ? index.idf(id) : Math.min(index.idf(id), this.cap)));
      cost += vocab.df(id);
    }
    this.cost = cost;
    this.size = weights.size + inRange;
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

  /** The factor of a completion (a term whose id is in [from, to), not the typed word). */
  completionFactor(id: number): number {
    return this.completionWeight(id) * Math.min(this.index.idf(id), this.cap);
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

  /** Every term with documents, with its factor: the typed word first, then completions in sorted order, then the listed rest. */
  eachTerm(visit: (id: number, factor: number) => void): void {
    const exact = this.listed.get(this.exact);
    if (exact !== undefined) visit(this.exact, exact);
    this.eachCompletion((id) => visit(id, this.completionFactor(id)));
    for (const [id, factor] of this.listed) if (id !== this.exact) visit(id, factor);
  }

  private completionWeight(id: number): number {
    return COMPLETION_BASE + COMPLETION_SPAN * (this.word.term.length / this.index.vocab.length(id));
  }

  private isCompletion(id: number): boolean {
    return id !== this.exact && id >= this.from && id < this.to;
  }

  private eachCompletion(visit: (id: number) => void): void {
    const { vocab } = this.index;
    for (let id = this.from; id < this.to; id++) if (id !== this.exact && vocab.df(id) > 0) visit(id);
  }
}

export function planClause(index: SearchIndex, word: QueryWord): Clause {
  return new Clause(index, word);
}
