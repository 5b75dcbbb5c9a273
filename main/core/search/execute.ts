import { Heap } from './heap';
import type { Clause } from './queryPlan';
import type { SearchIndex } from './searchIndex';

/**
 * Finds the best documents for a set of clauses without scoring everything:
 * the cheapest required clause "drives", its postings are read best-first
 * (a max-heap over its terms' impact-ordered lists), each document read is
 * scored on all clauses from its own term list, and reading stops once no
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
}

/** Scratch space reused across queries: a dense factor array per clause and a visited stamp per slot. */
export class Scratch {
  private dense: Float64Array[] = [];
  private stamps = new Int32Array(0);
  private stamp = 0;

  factorsFor(index: SearchIndex, clauses: readonly Clause[]): Float64Array[] {
    const size = index.vocab.size;
    return clauses.map((clause, i) => {
      let dense = this.dense[i];
      if (!dense || dense.length < size) this.dense[i] = dense = new Float64Array(Math.ceil(size * 1.25) + 16);
      for (const [id, factor] of clause.factors) dense[id] = factor;
      return dense;
    });
  }

  release(clauses: readonly Clause[]): void {
    clauses.forEach((clause, i) => {
      const dense = this.dense[i]!;
      for (const id of clause.factors.keys()) dense[id] = 0;
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
  try {
    return stream(index, scratch, clauses, dense, driver, options);
  } finally {
    scratch.release(clauses);
  }
}

function stream(index: SearchIndex, scratch: Scratch, clauses: readonly Clause[], dense: Float64Array[], driver: number, options: RunOptions): Hit[] {
  const { postings } = index.vocab;
  const driverFactors = dense[driver]!;
  const start = driverStart(index, clauses[driver]!);
  const cursorTerm = start.terms;
  const cursorPos = new Int32Array(cursorTerm.length);
  const cursors = start.heap.clone();
  const othersUpper = clauses.reduce((sum, c, i) => (i === driver ? sum : sum + c.upper), 0);
  const tops = Array.from({ length: options.buckets }, () => new Heap(false));
  const hits = new Map<number, Hit>();
  const stamps = scratch.nextStamp(index.slotCount);
  const stamp = scratch.currentStamp;
  const required = clauses.reduce((mask, c, i) => (c.optional ? mask : mask | (1 << i)), 0);
  const scores = new Float64Array(clauses.length);

  while (cursors.size > 0) {
    const bound = cursors.topKey;
    if (bound + othersUpper <= threshold(tops, options.k)) break;
    const c = cursors.topValue;
    const list = postings[cursorTerm[c]!]!;
    const pos = cursorPos[c]!;
    const slot = list.docs[pos]!;
    if (pos + 1 < list.size) {
      cursorPos[c] = pos + 1;
      cursors.replaceTop(driverFactors[cursorTerm[c]!]! * list.imps[pos + 1]!, c);
    } else {
      cursors.pop();
    }
    if (stamps[slot] === stamp) continue;
    stamps[slot] = stamp;
    if (!options.accept(slot)) continue;

    const terms = index.docTerms[slot]!;
    const imps = index.docImps[slot]!;
    scores.fill(0);
    for (let t = 0; t < terms.length; t++) {
      const id = terms[t]!;
      const imp = imps[t]!;
      for (let ci = 0; ci < dense.length; ci++) {
        const s = dense[ci]![id]! * imp;
        if (s > scores[ci]!) scores[ci] = s;
      }
    }
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
    } else if (score > top.topKey) {
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
const starts = new WeakMap<Clause, { terms: Int32Array; heap: Heap }>();

function driverStart(index: SearchIndex, clause: Clause): { terms: Int32Array; heap: Heap } {
  let start = starts.get(clause);
  if (!start) {
    const { postings } = index.vocab;
    const keys: number[] = [];
    const values: number[] = [];
    const terms: number[] = [];
    for (const [id, factor] of clause.factors) {
      const list = postings[id]!;
      if (list.size === 0) continue;
      keys.push(factor * list.imps[0]!);
      values.push(terms.length);
      terms.push(id);
    }
    start = { terms: Int32Array.from(terms), heap: Heap.of(true, keys, values) };
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
