/**
 * The documents containing one term, ordered by impact (how much the term
 * says about the document) from high to low, so a query can read the best
 * documents first and stop early. Impacts are stored as 16-bit integers.
 */

export const IMPACT_SCALE = 2_000;

/** Many terms' postings end to end, in term order: `sizes[i]` postings for the i-th term (a persisted index). */
export interface FlatPostings {
  sizes: Int32Array;
  docs: Int32Array;
  imps: Uint16Array;
}
const MAX_IMPACT = 65_535;
/** Slots fit in 22 bits when postings are packed for sorting (4M documents). */
const SLOT_BITS = 2 ** 22;

export const quantize = (impact: number) => Math.max(1, Math.min(MAX_IMPACT, Math.round(impact * IMPACT_SCALE)));

export class Postings {
  constructor(
    public docs: Int32Array = new Int32Array(2),
    public imps: Uint16Array = new Uint16Array(2),
    public size = 0,
  ) {}

  /** Built in one go from (slot, impact) pairs packed as `packPosting` numbers, into the arrays given (of their length) or new ones. */
  static fromPacked(packed: number[], docs = new Int32Array(packed.length), imps = new Uint16Array(packed.length)): Postings {
    const keys = Float64Array.from(packed).sort();
    const postings = new Postings(docs, imps);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const slot = key % SLOT_BITS;
      postings.docs[i] = slot;
      postings.imps[i] = MAX_IMPACT - (key - slot) / SLOT_BITS;
    }
    postings.size = keys.length;
    return postings;
  }

  /** Postings over existing arrays (already ordered by impact), without copying. */
  static of(docs: Int32Array, imps: Uint16Array): Postings {
    return new Postings(docs, imps, docs.length);
  }

  insert(slot: number, imp: number): void {
    if (this.size === this.docs.length) this.grow();
    const at = this.firstBelow(imp);
    this.docs.copyWithin(at + 1, at, this.size);
    this.imps.copyWithin(at + 1, at, this.size);
    this.docs[at] = slot;
    this.imps[at] = imp;
    this.size++;
  }

  remove(slot: number, imp: number): boolean {
    let at = -1;
    // Equal impacts sit together just before the first lower one.
    for (let i = this.firstBelow(imp) - 1; i >= 0 && this.imps[i] === imp; i--) {
      if (this.docs[i] === slot) {
        at = i;
        break;
      }
    }
    if (at < 0) at = this.docs.subarray(0, this.size).indexOf(slot);
    if (at < 0) return false;
    this.docs.copyWithin(at, at + 1, this.size);
    this.imps.copyWithin(at, at + 1, this.size);
    this.size--;
    return true;
  }

  /** The first position whose impact is below `imp` (impacts run high to low). */
  private firstBelow(imp: number): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.imps[mid]! >= imp) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private grow(): void {
    const capacity = Math.max(4, Math.ceil(this.docs.length * 1.5));
    const docs = new Int32Array(capacity);
    docs.set(this.docs);
    const imps = new Uint16Array(capacity);
    imps.set(this.imps);
    this.docs = docs;
    this.imps = imps;
  }
}

/** The slot of a posting packed by `packPosting`. */
export const slotOfPacked = (packed: number) => packed % SLOT_BITS;

/** One posting as a number that sorts by impact, high first (for building in bulk). */
export function packPosting(slot: number, imp: number): number {
  if (slot >= SLOT_BITS) throw new Error('Too many documents for bulk packing.');
  return (MAX_IMPACT - imp) * SLOT_BITS + slot;
}
