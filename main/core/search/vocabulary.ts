import { isGroupTerm } from '../../../shared/search/synonyms';
import { Postings, type FlatPostings } from './postings';

/**
 * Every term the index has seen: its id and its postings, and the words in
 * sorted order for prefix lookup by binary search. Words that are one edit
 * away from a typed word are found by generating that word's edits and
 * looking each up (about 40 × length lookups), not by scanning.
 *
 * Ids follow the sorted order: after a bulk build or a restore, the words
 * have ids 0 … base−1 in sorted order (synonym group terms after them), so
 * the completions of a typed prefix are a range of ids — "is this term a
 * completion" is two comparisons, with no lookup at all, and planning a
 * one-letter prefix reads its completions' entries one after the other.
 * A word added later gets the next id and joins a small sorted list of
 * extras until the index is next built or restored.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  /** By id; after a restore, made from the flat arrays the first time a term is read (`list`). */
  private readonly postings: Array<Postings | undefined> = [];
  private restored: { flat: FlatPostings; starts: Int32Array } | null = null;
  /** Ids below this are words in sorted order. */
  private base = 0;
  /** Words added since (id ≥ base, no group terms), sorted, with their ids at the same positions. */
  private extras: string[] = [];
  private extraIds: number[] = [];
  /**
   * Per term id: its length, how many documents hold it and its best impact,
   * kept in step with its postings: planning a prefix reads these compact
   * arrays, not every completion's string and postings.
   */
  private lengthList = new Int32Array(1_024);
  private dfList = new Int32Array(1_024);
  private bestList = new Uint16Array(1_024);
  /** Letters seen in words: the alphabet of substitutions and insertions. */
  private readonly letters = new Set<string>();
  private bulk = false;

  get size(): number {
    return this.terms.length;
  }

  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The id of a term, adding it when new. In bulk mode the order is put right once, at `finishBulk`. */
  intern(term: string, bulk = false): number {
    let id = this.ids.get(term);
    if (id !== undefined) return id;
    id = this.terms.length;
    this.ids.set(term, id);
    this.terms.push(term);
    this.postings.push(new Postings(new Int32Array(0), new Uint16Array(0)));
    this.track(id);
    if (isGroupTerm(term)) return id;
    for (const ch of term) this.letters.add(ch);
    this.bulk ||= bulk;
    if (!this.bulk) {
      const at = lowerBound(this.extras, term, 0, this.extras.length);
      this.extras.splice(at, 0, term);
      this.extraIds.splice(at, 0, id);
    }
    return id;
  }

  df(id: number): number {
    return this.dfList[id]!;
  }

  /** The highest impact in a term's postings (0 when none). */
  best(id: number): number {
    return this.bestList[id]!;
  }

  length(id: number): number {
    return this.lengthList[id]!;
  }

  /** A term's postings, best impact first. */
  list(id: number): Postings {
    return this.postings[id] ?? this.fromRestored(id);
  }

  addPosting(id: number, slot: number, imp: number): void {
    this.list(id).insert(slot, imp);
    this.track(id);
  }

  removePosting(id: number, slot: number, imp: number): void {
    this.list(id).remove(slot, imp);
    this.track(id);
  }

  setPostings(id: number, postings: Postings): void {
    this.postings[id] = postings;
    this.track(id);
  }

  /**
   * The words starting with `prefix` (the word itself included): the ids
   * [from, to) of the sorted base, and the extras among them.
   */
  completions(prefix: string): { from: number; to: number; extras: number[] } {
    const end = `${prefix}\uffff`;
    const at = lowerBound(this.extras, prefix, 0, this.extras.length);
    const extras = this.extraIds.slice(at, lowerBound(this.extras, end, at, this.extras.length));
    // Words starting with the prefix sort between it and the prefix followed by the highest code unit.
    return { from: lowerBound(this.terms, prefix, 0, this.base), to: lowerBound(this.terms, end, 0, this.base), extras };
  }

  /** Words starting with `prefix` that some document holds. */
  withPrefix(prefix: string, visit: (id: number) => void): void {
    const { from, to, extras } = this.completions(prefix);
    for (let id = from; id < to; id++) if (this.dfList[id]! > 0) visit(id);
    for (const id of extras) if (this.dfList[id]! > 0) visit(id);
  }

  /** Words at most one edit (insert, delete, substitute, swap) from `word`. */
  oneEditAway(word: string, visit: (id: number) => void): void {
    this.eachEdit(word, (candidate) => {
      const id = this.ids.get(candidate);
      if (id !== undefined && this.dfList[id]! > 0) visit(id);
    });
  }

  /** Words starting with something one edit from `prefix`: a typo made while typing. */
  prefixOneEditAway(prefix: string, visit: (id: number) => void): void {
    const seen = new Set<string>();
    this.eachEdit(prefix, (candidate) => {
      if (candidate.length < 3 || seen.has(candidate)) return;
      seen.add(candidate);
      this.withPrefix(candidate, visit);
    });
  }

  /** The letters seen in words, as one string (for persisting). */
  alphabet(): string {
    return [...this.letters].join('');
  }

  /** Every word's id in sorted order, then the group terms' (the order of ids after a restore). */
  idsInOrder(): number[] {
    const words: number[] = [];
    let e = 0;
    for (let id = 0; id < this.base; id++) {
      while (e < this.extras.length && this.extras[e]! < this.terms[id]!) words.push(this.extraIds[e++]!);
      words.push(id);
    }
    while (e < this.extras.length) words.push(this.extraIds[e++]!);
    for (let id = 0; id < this.terms.length; id++) if (isGroupTerm(this.terms[id]!)) words.push(id);
    return words;
  }

  /**
   * Fills an empty vocabulary from persisted terms — words in sorted order,
   * then group terms, as `idsInOrder` gives them — with their postings.
   * False when the terms are not in that order (then nothing can be trusted).
   */
  restore(terms: readonly string[], postings: FlatPostings, letters: string): boolean {
    if (this.terms.length > 0) throw new Error('restore needs an empty vocabulary');
    let base = 0;
    while (base < terms.length && !isGroupTerm(terms[base]!)) {
      if (base > 0 && !(terms[base - 1]! < terms[base]!)) return false;
      base++;
    }
    for (let id = base; id < terms.length; id++) if (!isGroupTerm(terms[id]!)) return false;
    // Postings are made per term when first read: most terms are never read in a session.
    const starts = new Int32Array(terms.length + 1);
    for (let id = 0; id < terms.length; id++) starts[id + 1] = starts[id]! + postings.sizes[id]!;
    this.restored = { flat: postings, starts };
    this.postings.length = terms.length;
    for (let id = 0; id < terms.length; id++) {
      const term = terms[id]!;
      this.ids.set(term, id);
      this.terms.push(term);
      this.grow(id);
      this.lengthList[id] = term.length;
      this.dfList[id] = postings.sizes[id]!;
      this.bestList[id] = postings.sizes[id]! > 0 ? postings.imps[starts[id]!]! : 0;
    }
    for (const ch of letters) this.letters.add(ch);
    this.base = base;
    return true;
  }

  /**
   * Ends a bulk build: ids are renumbered into sorted order (words, then
   * group terms). Returns each old id's new id, for the documents' term lists.
   */
  finishBulk(): Int32Array {
    // The default sort compares code units, as `<` does, and is far quicker than one with a comparator.
    const words = this.terms.filter((term) => !isGroupTerm(term)).sort();
    const sortedTerms = words.concat(this.terms.filter(isGroupTerm));
    const newId = new Int32Array(sortedTerms.length);
    const postings = sortedTerms.map((term, id) => {
      const old = this.ids.get(term)!;
      newId[old] = id;
      this.ids.set(term, id);
      return this.list(old);
    });
    sortedTerms.forEach((term, id) => {
      this.terms[id] = term;
      this.postings[id] = postings[id]!;
      this.track(id);
    });
    this.base = words.length;
    this.extras = [];
    this.extraIds = [];
    this.bulk = false;
    return newId;
  }

  private fromRestored(id: number): Postings {
    const { flat, starts } = this.restored!;
    const postings = Postings.of(flat.docs.subarray(starts[id]!, starts[id + 1]!), flat.imps.subarray(starts[id]!, starts[id + 1]!));
    this.postings[id] = postings;
    return postings;
  }

  private grow(id: number): void {
    if (id < this.dfList.length) return;
    const size = Math.max(id + 1, this.dfList.length * 2);
    this.lengthList = grown(this.lengthList, size);
    this.dfList = grown(this.dfList, size);
    this.bestList = grown(this.bestList, size);
  }

  /** Brings a term's entries in the compact arrays up to date with its postings (growing them for a new term). */
  private track(id: number): void {
    this.grow(id);
    const postings = this.list(id);
    this.lengthList[id] = this.terms[id]!.length;
    this.dfList[id] = postings.size;
    this.bestList[id] = postings.size > 0 ? postings.imps[0]! : 0;
  }

  private eachEdit(word: string, visit: (candidate: string) => void): void {
    const letters = [...this.letters];
    for (let i = 0; i < word.length; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i + 1);
      visit(head + tail);
      if (i + 1 < word.length) visit(head + word[i + 1] + word[i] + word.slice(i + 2));
      for (const ch of letters) if (ch !== word[i]) visit(head + ch + tail);
    }
    for (let i = 0; i <= word.length; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      for (const ch of letters) visit(head + ch + tail);
    }
  }
}

/** The first position in sorted `list[lo, hi)` whose word is not below `term`. */
function lowerBound(list: readonly string[], term: string, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function grown<T extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>>(array: T, size: number): T {
  const next = new (array.constructor as new (size: number) => T)(size);
  next.set(array);
  return next;
}
