/**
 * A binary heap of (key, value) pairs in two growable arrays: `max` pops the
 * largest key first, otherwise the smallest. Equal keys are ordered by value
 * the other way round (a max-heap pops the smaller value first, a min-heap
 * the larger), so search's top-k — a min-heap of (score, slot) — holds the
 * best scores with ties going to the lower slot, whatever the reading order.
 * Search merges posting lists with a max-heap.
 */
export class Heap {
  private keys: number[] = [];
  private values: number[] = [];

  constructor(private readonly max: boolean) {}

  /** A heap over all pairs at once, in linear time (cheaper than one push each). */
  static of(max: boolean, keys: number[], values: number[]): Heap {
    const heap = new Heap(max);
    heap.keys = keys;
    heap.values = values;
    for (let i = (keys.length >> 1) - 1; i >= 0; i--) heap.down(i);
    return heap;
  }

  /** An independent copy (a copy of two arrays, no reordering). */
  clone(): Heap {
    const copy = new Heap(this.max);
    copy.keys = this.keys.slice();
    copy.values = this.values.slice();
    return copy;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The key on top; NaN when empty. */
  get topKey(): number {
    return this.keys.length > 0 ? this.keys[0]! : NaN;
  }

  get topValue(): number {
    return this.values[0]!;
  }

  clear(): void {
    this.keys.length = 0;
    this.values.length = 0;
  }

  push(key: number, value: number): void {
    this.keys.push(key);
    this.values.push(value);
    this.up(this.keys.length - 1);
  }

  pop(): void {
    const lastKey = this.keys.pop()!;
    const lastValue = this.values.pop()!;
    if (this.keys.length === 0) return;
    this.keys[0] = lastKey;
    this.values[0] = lastValue;
    this.down(0);
  }

  /** Replaces the top and restores order: cheaper than pop + push. */
  replaceTop(key: number, value: number): void {
    this.keys[0] = key;
    this.values[0] = value;
    this.down(0);
  }

  /** Every (key, value) with the best key first; empties the heap. */
  drain(): Array<[number, number]> {
    const out: Array<[number, number]> = this.keys.map((k, i) => [k, this.values[i]!]);
    this.clear();
    return out.sort((a, b) => (this.max ? a[0] - b[0] : b[0] - a[0]));
  }

  private before(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    if (ka === kb) return this.max ? this.values[a]! < this.values[b]! : this.values[a]! > this.values[b]!;
    return this.max ? ka > kb : ka < kb;
  }

  private swap(a: number, b: number): void {
    const k = this.keys[a]!;
    this.keys[a] = this.keys[b]!;
    this.keys[b] = k;
    const v = this.values[a]!;
    this.values[a] = this.values[b]!;
    this.values[b] = v;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.keys.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < n && this.before(l, best)) best = l;
      if (r < n && this.before(r, best)) best = r;
      if (best === i) return;
      this.swap(i, best);
      i = best;
    }
  }
}
