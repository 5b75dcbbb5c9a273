import { isGroupTerm } from '../../../shared/search/synonyms';
import { Postings } from './postings';

/**
 * Every term the index has seen: its id, its postings and a sorted list of
 * the words for prefix lookup by binary search. Words that are one edit away
 * from a typed word are found by generating that word's edits and looking
 * each up (about 40 × length lookups), not by scanning the vocabulary.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  readonly postings: Postings[] = [];
  /**
   * Per term id: its length, how many documents hold it and its best impact,
   * kept in step with its postings. A prefix of one letter has tens of
   * thousands of completions; planning it reads these compact arrays, not
   * every completion's string and postings.
   */
  private lengthList = new Int32Array(1_024);
  private dfList = new Int32Array(1_024);
  private bestList = new Uint16Array(1_024);
  private sorted: string[] = [];
  /** The id of each word in `sorted`, at the same position (no map lookups while completing a prefix). */
  private sortedIdList: number[] = [];
  private sortedDirty = false;
  /** Each term's position in `sorted` (-1 for a synonym group term); rebuilt when a word is added. */
  private rankList = new Int32Array(0);
  private ranksDirty = true;
  /** Letters seen in words: the alphabet of substitutions and insertions. */
  private readonly letters = new Set<string>();

  get size(): number {
    return this.terms.length;
  }

  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The id of a term, adding it when new. In bulk mode the sorted list is rebuilt once at the end. */
  intern(term: string, bulk = false): number {
    let id = this.ids.get(term);
    if (id !== undefined) return id;
    id = this.terms.length;
    this.ids.set(term, id);
    this.terms.push(term);
    this.postings.push(new Postings(0));
    this.track(id);
    this.ranksDirty = true;
    if (isGroupTerm(term)) return id;
    for (const ch of term) this.letters.add(ch);
    if (bulk) this.sortedDirty = true;
    else {
      const at = this.lowerBound(term);
      this.sorted.splice(at, 0, term);
      this.sortedIdList.splice(at, 0, id);
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

  addPosting(id: number, slot: number, imp: number): void {
    this.postings[id]!.insert(slot, imp);
    this.track(id);
  }

  removePosting(id: number, slot: number, imp: number): void {
    this.postings[id]!.remove(slot, imp);
    this.track(id);
  }

  setPostings(id: number, postings: Postings): void {
    this.postings[id] = postings;
    this.track(id);
  }

  /** Words starting with `prefix` (the word itself included), in sorted order. */
  withPrefix(prefix: string, visit: (id: number) => void): void {
    const [from, to] = this.prefixRange(prefix);
    const ids = this.sortedIdList;
    for (let i = from; i < to; i++) {
      const id = ids[i]!;
      if (this.dfList[id]! > 0) visit(id);
    }
  }

  /**
   * The positions [from, to) in sorted order of the words starting with
   * `prefix`: a word is one of them exactly when its rank is in the range,
   * so a prefix with thousands of completions is two numbers, not a set.
   */
  prefixRange(prefix: string): [number, number] {
    // Words starting with the prefix sort between it and the prefix followed by the highest code unit.
    return [this.lowerBound(prefix), this.lowerBound(`${prefix}\uffff`)];
  }

  /** The id of the word at a position in sorted order. */
  idAtRank(rank: number): number {
    return this.sortedIdList[rank]!;
  }

  /** Every term's position in sorted order, by id (-1: a synonym group term). */
  ranks(): Int32Array {
    this.sortedTerms();
    if (this.ranksDirty) {
      const ranks = this.rankList.length >= this.terms.length ? this.rankList : new Int32Array(Math.ceil(this.terms.length * 1.25) + 16);
      ranks.fill(-1);
      this.sortedIdList.forEach((id, rank) => (ranks[id] = rank));
      this.rankList = ranks;
      this.ranksDirty = false;
    }
    return this.rankList;
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

  /** Ids of the words in sorted order (for persisting). */
  sortedIds(): Int32Array {
    this.sortedTerms();
    return Int32Array.from(this.sortedIdList);
  }

  /** Fills an empty vocabulary from persisted terms, their sorted order and postings. */
  restore(terms: readonly string[], sorted: Int32Array, postings: ReadonlyArray<{ docs: Int32Array; imps: Uint16Array }>, letters: string): void {
    if (this.terms.length > 0) throw new Error('restore needs an empty vocabulary');
    for (let id = 0; id < terms.length; id++) {
      const term = terms[id]!;
      this.ids.set(term, id);
      this.terms.push(term);
      this.postings.push(Postings.of(postings[id]!.docs, postings[id]!.imps));
      this.track(id);
    }
    for (const ch of letters) this.letters.add(ch);
    this.sorted = Array.from(sorted, (id) => terms[id]!);
    this.sortedIdList = Array.from(sorted);
    this.sortedDirty = false;
    this.ranksDirty = true;
  }

  /** Brings a term's entries in the compact arrays up to date with its postings (growing them for a new term). */
  private track(id: number): void {
    if (id >= this.dfList.length) {
      const size = Math.max(id + 1, this.dfList.length * 2);
      this.lengthList = grown(this.lengthList, size);
      this.dfList = grown(this.dfList, size);
      this.bestList = grown(this.bestList, size);
    }
    const postings = this.postings[id]!;
    this.lengthList[id] = this.terms[id]!.length;
    this.dfList[id] = postings.size;
    this.bestList[id] = postings.size > 0 ? postings.imps[0]! : 0;
  }

  finishBulk(): void {
    this.sortedTerms();
  }

  private sortedTerms(): string[] {
    if (this.sortedDirty) {
      const ids = [];
      for (let id = 0; id < this.terms.length; id++) if (!isGroupTerm(this.terms[id]!)) ids.push(id);
      const { terms } = this;
      ids.sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
      this.sortedIdList = ids;
      this.sorted = ids.map((id) => terms[id]!);
      this.sortedDirty = false;
    }
    return this.sorted;
  }

  private lowerBound(term: string): number {
    const sorted = this.sortedTerms();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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

function grown<T extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>>(array: T, size: number): T {
  const next = new (array.constructor as new (size: number) => T)(size);
  next.set(array);
  return next;
}
