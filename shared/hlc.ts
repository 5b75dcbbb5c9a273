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

/** The largest counter a stamp can hold (four hex digits); one more moves the time part on instead. */
export const MAX_COUNTER = 0xffff;

export function formatHlc({ ms, counter, node }: HlcParts): Hlc {
  return `${String(ms).padStart(13, '0')}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

/**
 * Normalises parts whose counter ran past four hex digits by carrying into
 * the time part, so a stamp can never leave its fixed-width format (a wedged
 * clock). The order is kept: a carried stamp sorts after every stamp with a
 * smaller time or counter.
 */
export function carry({ ms, counter, node }: HlcParts): HlcParts {
  const over = Math.floor(counter / (MAX_COUNTER + 1));
  return { ms: ms + over, counter: counter % (MAX_COUNTER + 1), node };
}

/**
 * Repairs a stamp an older version wrote with an overflowed counter
 * (`<ms>-10000-<node>`); well-formed stamps come back unchanged, anything
 * else unrecognisable comes back as null.
 */
export function repairHlc(stamp: string): Hlc | null {
  if (Hlc.safeParse(stamp).success) return stamp;
  const match = /^(\d{13})-([0-9a-f]{5,8})-([0-9a-f]{16})$/.exec(stamp);
  if (!match) return null;
  return formatHlc(carry({ ms: Number(match[1]), counter: parseInt(match[2]!, 16), node: match[3]! }));
}

/** The install that wrote a stamp ('' for no stamp), without parsing the rest: the import path asks this for every field. */
export const hlcNode = (stamp: string): string => stamp.slice(stamp.lastIndexOf('-') + 1);

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
    else this.last = carry({ ms: this.last.ms, counter: this.last.counter + 1, node: this.node });
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
