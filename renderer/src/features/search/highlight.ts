import type { Range } from '../../../../shared/search/schema';

export interface Segment {
  text: string;
  marked: boolean;
}

/** Cuts `text` into plain and marked pieces; ranges may come unsorted or overlapping. */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const sorted = ranges
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) out.push({ text: text.slice(at, from), marked: false });
    const last = out.at(-1);
    // Touching ranges become one mark, so a screen reader hears one word.
    if (last?.marked && from === at) last.text += text.slice(from, end);
    else out.push({ text: text.slice(from, end), marked: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
