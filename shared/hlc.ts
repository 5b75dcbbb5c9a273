import { z } from 'zod';

/**
 * Hybrid logical clock stamps, written as fixed-width strings so that plain
 * string comparison orders them: `<ms, 13 digits>-<counter, 4 hex>-<install id>`.
 * The install id makes equal wall times still totally ordered (the tie-break).
 */
export const Hlc = z.string().regex(/^\d{13}-[0-9a-f]{4}-[0-9a-f]{16}$/);
export type Hlc = z.infer<typeof Hlc>;

export interface HlcParts {
  ms: number;
  counter: number;
  node: string;
}

export function formatHlc({ ms, counter, node }: HlcParts): Hlc {
  return `${String(ms).padStart(13, '0')}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

export function parseHlc(stamp: Hlc): HlcParts {
  const [ms, counter, node] = stamp.split('-') as [string, string, string];
  return { ms: Number(ms), counter: parseInt(counter, 16), node };
}

export function compareHlc(a: Hlc, b: Hlc): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A clock for one install. `now` is injectable so tests can control time. */
export class HybridClock {
  private last: HlcParts;

  constructor(
    private readonly node: string,
    private readonly now: () => number = Date.now,
  ) {
    this.last = { ms: 0, counter: 0, node };
  }

  /** A new stamp for a local change, strictly after every stamp seen so far. */
  tick(): Hlc {
    const wall = this.now();
    if (wall > this.last.ms) this.last = { ms: wall, counter: 0, node: this.node };
    else this.last = { ms: this.last.ms, counter: this.last.counter + 1, node: this.node };
    return formatHlc(this.last);
  }

  /** Move past a stamp received from another install so later local stamps sort after it. */
  observe(stamp: Hlc): void {
    const seen = parseHlc(stamp);
    if (seen.ms > this.last.ms || (seen.ms === this.last.ms && seen.counter > this.last.counter)) {
      this.last = { ms: seen.ms, counter: seen.counter, node: this.node };
    }
  }
}
