import { Heap } from './heap';
import { ClauseScratch, OtherClauses } from './otherClauses';
import type { Clause } from './queryPlan';
import type { SearchIndex } from './searchIndex';

/**
 * Finds the best documents for a set of clauses without scoring everything:
 * the cheapest required clause "drives", its postings are read best-first
 * (a max-heap over its terms' impact-ordered lists), each document read is
 * scored on the other clauses (from its own term list, or from one pass over
 * a clause's postings when that is cheaper: otherClauses.ts), and reading stops once no
 * unread document can still beat the k-th best.
 */

export interface Hit {
  slot: number;
  /** Sum over clauses, in quantized impact units. */
  score: number;
  /** Per clause: matched or not (bit i = clause i). */
  matched: number;
}

export interface RunOptions {
  /** Best documents to keep per bucket (per type, or one bucket for all). */
  k: number;
  bucketOf: (slot: number) => number;
  buckets: number;
  accept: (slot: number) => boolean;
  /** Every non-optional clause must match (the search box); otherwise any may. */
  requireAll: boolean;
  /** Postings up to which another clause is summed up rather than marked (otherClauses.ts); tests set it low. */
  sumLimit?: number;
}

/**
 * Scratch space reused across queries: a dense factor array per clause (for
 * its listed terms only; completions are a rank range), a visited stamp per
 * slot, and the arrays of the passes over other clauses (otherClauses.ts).
 */
export class Scratch {
  private dense: Float64Array[] = [];
  private stamps: Int32Array<ArrayBuffer> = new Int32Array(0);
  private stamp = 0;
  readonly clauses = new ClauseScratch();

  factorsFor(index: SearchIndex, clauses: readonly Clause[]): Float64Array[] {
    const size = index.vocab.size;
    return clauses.map((clause, i) => {
      let dense = this.dense[i];
      if (!dense || dense.length < size) this.dense[i] = dense = new Float64Array(Math.ceil(size * 1.25) + 16);
      for (const [id, factor] of clause.listed) dense[id] = factor;
      return dense;
    });
  }

  release(clauses: readonly Clause[]): void {
    clauses.forEach((clause, i) => {
      const dense = this.dense[i]!;
      for (const id of clause.listed.keys()) dense[id] = 0;
    });
  }

  nextStamp(slots: number): Int32Array {
    if (this.stamps.length < slots) {
      const grown = new Int32Array(Math.ceil(slots * 1.25) + 16);
      grown.set(this.stamps);
      this.stamps = grown;
    }
    this.stamp++;
    return this.stamps;
  }

  get currentStamp(): number {
    return this.stamp;
  }
}

export function run(index: SearchIndex, scratch: Scratch, clauses: readonly Clause[], driver: number, options: RunOptions): Hit[] {
  const dense = scratch.factorsFor(index, clauses);
  const required = clauses.reduce((mask, c, i) => (c.optional ? mask : mask | (1 << i)), 0);
  const others = new OtherClauses(index, scratch.clauses, clauses, dense, options.requireAll ? required : 0, options.sumLimit);
  try {
    return read(index, scratch, clauses, driver, options, others, required);
  } finally {
    others.release();
    scratch.release(clauses);
  }
}

/** One clause's postings being read best-first: a cursor per term in a max-heap keyed by what the next posting scores. */
interface Reader {
  clause: number;
  terms: Int32Array;
  factors: Float64Array;
  pos: Int32Array;
  heap: Heap;
}

/**
 * The read loop. When every word must match, every clause's postings are
 * read, in turns (the threshold algorithm): a document no list has reached
 * yet can score at most the sum of what each list's next posting scores, so
 * reading stops as soon as that sum cannot beat the k-th best — or as soon
 * as one required list runs out, as every document that can match has then
 * been seen. Otherwise ("any word", or all there is one word) only the
 * driver is read, and the other clauses count at their highest.
 *
 * A document's score on the clause that reached it is the key its cursor
 * had: keys come off in falling order, so that is its best term there.
 */
function read(index: SearchIndex, scratch: Scratch, clauses: readonly Clause[], driver: number, options: RunOptions, others: OtherClauses, required: number): Hit[] {
  const { vocab } = index;
  const readers = (options.requireAll ? clauses.map((_, i) => i) : [driver]).map((i): Reader => {
    const start = driverStart(index, clauses[i]!);
    return { clause: i, terms: start.terms, factors: start.factors, pos: new Int32Array(start.terms.length), heap: start.heap.clone() };
  });
  const unread = clauses.reduce((sum, c, i) => (readers.some((r) => r.clause === i) ? sum : sum + c.upper), 0);
  const tops = Array.from({ length: options.buckets }, () => new Heap(false));
  const hits = new Map<number, Hit>();
  const stamps = scratch.nextStamp(index.slotCount);
  const stamp = scratch.currentStamp;
  const scores = new Float64Array(clauses.length);
  let turn = 0;

  for (;;) {
    let bound = unread;
    let done = false;
    for (const r of readers) {
      if (r.heap.size > 0) bound += r.heap.topKey;
      else if (!options.requireAll || (required & (1 << r.clause)) !== 0) done = true;
    }
    // Strictly below: a document scoring exactly the k-th best may still win on its lower slot.
    if (done || bound < threshold(tops, options.k)) break;
    let r = readers[turn++ % readers.length]!;
    while (r.heap.size === 0) r = readers[turn++ % readers.length]!;
    const key = r.heap.topKey;
    const c = r.heap.topValue;
    const list = vocab.list(r.terms[c]!);
    const pos = r.pos[c]!;
    const slot = list.docs[pos]!;
    if (pos + 1 < list.size) {
      r.pos[c] = pos + 1;
      r.heap.replaceTop(r.factors[c]! * list.imps[pos + 1]!, c);
    } else {
      r.heap.pop();
    }
    if (stamps[slot] === stamp) continue;
    stamps[slot] = stamp;
    if (!others.admits(slot) || !options.accept(slot)) continue;

    others.score(slot, scores, r.clause);
    scores[r.clause] = key;
    let matched = 0;
    let score = 0;
    for (let ci = 0; ci < scores.length; ci++) {
      if (scores[ci]! > 0) {
        matched |= 1 << ci;
        score += scores[ci]!;
      }
    }
    if (options.requireAll && (matched & required) !== required) continue;
    const top = tops[options.bucketOf(slot)]!;
    if (top.size < options.k) {
      top.push(score, slot);
    } else if (score > top.topKey || (score === top.topKey && slot < top.topValue)) {
      hits.delete(top.topValue);
      top.replaceTop(score, slot);
    } else {
      continue;
    }
    hits.set(slot, { slot, score, matched });
  }
  return [...hits.values()].sort((a, b) => b.score - a.score || a.slot - b.slot);
}

/**
 * Where reading a driving clause starts: one cursor per term, in a max-heap
 * by the best impact the term can give. Worked out once per clause — a plan
 * is reused while the index is unchanged (engine.ts), and a word of one or
 * two letters has thousands of completions — then copied for each query.
 */
const starts = new WeakMap<Clause, { terms: Int32Array; factors: Float64Array; heap: Heap }>();

function driverStart(index: SearchIndex, clause: Clause): { terms: Int32Array; factors: Float64Array; heap: Heap } {
  let start = starts.get(clause);
  if (!start) {
    const { vocab } = index;
    const keys: number[] = [];
    const values: number[] = [];
    const terms: number[] = [];
    const factors: number[] = [];
    clause.eachTerm((id, factor) => {
      keys.push(factor * vocab.best(id));
      values.push(terms.length);
      terms.push(id);
      factors.push(factor);
    });
    start = { terms: Int32Array.from(terms), factors: Float64Array.from(factors), heap: Heap.of(true, keys, values) };
    starts.set(clause, start);
  }
  return start;
}

/** The score a new document must beat: the lowest k-th best over all buckets (any unfilled bucket takes anything). */
function threshold(tops: Heap[], k: number): number {
  let min = Infinity;
  for (const top of tops) {
    if (top.size < k) return -Infinity;
    min = Math.min(min, top.topKey);
  }
  return min;
}
