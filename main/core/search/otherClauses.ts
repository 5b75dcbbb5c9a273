import type { Clause } from './queryPlan';
import type { SearchIndex } from './searchIndex';

/**
 * How a query scores a document on the clauses other than the one whose
 * postings reached it. At first by scanning the document's own terms (cheap
 * when few documents are read). Once the scanning has cost as much as one
 * pass over a clause's postings would (ski rental: never more than twice the
 * better choice), that clause gets its pass:
 *
 * - a clause with few postings is summed up: its score for every document,
 *   so documents are scored by a lookup and no longer scanned for it;
 * - a required clause with many postings is marked: which documents hold it
 *   at all (a byte per document, cheap to write and to clear), so a document
 *   lacking it is passed over unscanned. Two common words that share few
 *   documents ("effectieve digitalisering") make the driver read thousands.
 *
 * Scores are the same either way: the best factor × impact of the clause's
 * terms in the document.
 */

/** A clause with at most this many postings is summed up; beyond it, writing a score per posting costs more than marking. */
const SUM_LIMIT = 65_536;
/** Up to this many listed terms, a clause's terms are compared one by one. */
const FEW_LISTED = 4;
/** Marks are bits of one byte per document: the first eight clauses can be marked. */
const MARK_BITS = 8;

/** Arrays reused across queries (sized to the index), all zero between queries. */
export class ClauseScratch {
  private sums: Float64Array<ArrayBuffer>[] = [];
  private marks: Uint8Array<ArrayBuffer> = new Uint8Array(0);

  sumsFor(i: number, slots: number): Float64Array {
    let sums = this.sums[i];
    if (!sums || sums.length < slots) this.sums[i] = sums = new Float64Array(Math.ceil(slots * 1.25) + 16);
    return sums;
  }

  marksFor(slots: number): Uint8Array {
    if (this.marks.length < slots) this.marks = new Uint8Array(Math.ceil(slots * 1.25) + 16);
    return this.marks;
  }
}

export class OtherClauses {
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  /** Per clause with few listed terms, those terms and their factors (else null: look them up in `dense`). */
  private readonly few: Array<{ ids: Int32Array; factors: Float64Array } | null>;
  /** Clauses still scored by scanning a document's terms. */
  private scanning: number[];
  private readonly summed: Array<Float64Array | null>;
  /** Required clauses summed (their score is 0 where a document lacks them). */
  private summedRequired: number[] = [];
  private marks: Uint8Array | null = null;
  /** The bits a document must have in `marks`. */
  private markMask = 0;
  /** Document terms scanned so far. */
  private scanned = 0;

  constructor(
    private readonly index: SearchIndex,
    private readonly scratch: ClauseScratch,
    private readonly clauses: readonly Clause[],
    /** Per clause, the factors of its listed terms by term id. */
    private readonly dense: readonly Float64Array[],
    /** Bit i: clause i must match. */
    private readonly required: number,
    private readonly sumLimit = SUM_LIMIT,
  ) {
    this.from = Int32Array.from(clauses, (c) => c.from);
    this.to = Int32Array.from(clauses, (c) => c.to);
    this.scanning = clauses.map((_, i) => i);
    this.few = clauses.map((c) => (c.listed.size > FEW_LISTED ? null : { ids: Int32Array.from(c.listed.keys()), factors: Float64Array.from(c.listed.values()) }));
    this.summed = clauses.map(() => null);
  }

  /** False when the document certainly lacks a required clause (known from a pass, not a scan). */
  admits(slot: number): boolean {
    if (this.marks && (this.marks[slot]! & this.markMask) !== this.markMask) return false;
    for (const ci of this.summedRequired) if (this.summed[ci]![slot] === 0) return false;
    return true;
  }

  /** Fills `scores` for every clause but `known` (the one whose list reached the document, which knows its score). */
  score(slot: number, scores: Float64Array, known: number): void {
    for (let ci = 0; ci < this.clauses.length; ci++) {
      const sums = this.summed[ci];
      if (sums) scores[ci] = sums[slot]!;
    }
    const { scanning } = this;
    if (scanning.length === 0) return;
    for (const ci of scanning) scores[ci] = 0;
    const terms = this.index.docTerms[slot]!;
    const imps = this.index.docImps[slot]!;
    const { dense, from, to, clauses, few } = this;
    for (let t = 0; t < terms.length; t++) {
      const id = terms[t]!;
      for (let i = 0; i < scanning.length; i++) {
        const ci = scanning[i]!;
        if (ci === known) continue;
        // Most clauses list one to three terms: comparing ids beats a lookup in a vocabulary-sized array.
        const listed = few[ci];
        let factor = 0;
        if (listed) {
          for (let j = 0; j < listed.ids.length; j++) if (listed.ids[j] === id) factor = listed.factors[j]!;
        } else {
          factor = dense[ci]![id]!;
        }
        if (factor === 0 && id >= from[ci]! && id < to[ci]!) factor = clauses[ci]!.completionFactor(id);
        const s = factor * imps[t]!;
        if (s > scores[ci]!) scores[ci] = s;
      }
    }
    this.scanned += terms.length;
    this.passWhereDue();
  }

  /** Zeroes what the passes wrote, for the next query. */
  release(): void {
    this.summed.forEach((sums, ci) => {
      if (!sums) return;
      const { vocab } = this.index;
      this.clauses[ci]!.eachTerm((id) => {
        const { docs, size } = vocab.list(id);
        for (let p = 0; p < size; p++) sums[docs[p]!] = 0;
      });
    });
    this.marks?.fill(0, 0, this.index.slotCount);
  }

  private passWhereDue(): void {
    for (const ci of this.scanning) {
      const { cost } = this.clauses[ci]!;
      if (cost > this.scanned) continue;
      const isRequired = (this.required & (1 << ci)) !== 0;
      if (cost <= this.sumLimit) {
        this.sumUp(ci);
        if (isRequired) this.summedRequired.push(ci);
      } else if (isRequired && ci < MARK_BITS && (this.markMask & (1 << ci)) === 0) {
        this.mark(ci);
      }
    }
    this.scanning = this.scanning.filter((ci) => !this.summed[ci]);
  }

  private sumUp(ci: number): void {
    const sums = this.scratch.sumsFor(ci, this.index.slotCount);
    const { vocab } = this.index;
    this.clauses[ci]!.eachTerm((id, factor) => {
      const { docs, imps, size } = vocab.list(id);
      for (let p = 0; p < size; p++) {
        const s = factor * imps[p]!;
        if (s > sums[docs[p]!]!) sums[docs[p]!] = s;
      }
    });
    this.summed[ci] = sums;
  }

  private mark(ci: number): void {
    const marks = (this.marks ??= this.scratch.marksFor(this.index.slotCount));
    const bit = 1 << ci;
    const { vocab } = this.index;
    this.clauses[ci]!.eachTerm((id) => {
      const { docs, size } = vocab.list(id);
      for (let p = 0; p < size; p++) marks[docs[p]!]! |= bit;
    });
    this.markMask |= bit;
  }
}
