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
  private sorted: string[] = [];
  /** The id of each word in `sorted`, at the same position (no map lookups while completing a prefix). */
  private sortedIdList: number[] = [];
  private sortedDirty = false;
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
    return this.postings[id]!.size;
  }

  /** Words starting with `prefix` (the word itself included), in sorted order. */
  withPrefix(prefix: string, visit: (id: number) => void): void {
    this.sortedTerms();
    const ids = this.sortedIdList;
    const { postings } = this;
    // Words starting with the prefix sort between it and the prefix followed by the highest code unit.
    const end = this.lowerBound(`${prefix}\uffff`);
    for (let i = this.lowerBound(prefix); i < end; i++) {
      const id = ids[i]!;
      if (postings[id]!.size > 0) visit(id);
    }
  }

  /** Words at most one edit (insert, delete, substitute, swap) from `word`. */
  oneEditAway(word: string, visit: (id: number) => void): void {
    this.eachEdit(word, (candidate) => {
      const id = this.ids.get(candidate);
      if (id !== undefined && this.postings[id]!.size > 0) visit(id);
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
    }
    for (const ch of letters) this.letters.add(ch);
    this.sorted = Array.from(sorted, (id) => terms[id]!);
    this.sortedIdList = Array.from(sorted);
    this.sortedDirty = false;
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
