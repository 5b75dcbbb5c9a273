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

const ELLIPSIS = '…';

/**
 * For a one-line snippet: starts shortly before the first marked word, so
 * the mark is not cut off at the end of the line.
 */
export function leadToFirstMark(text: string, ranges: readonly Range[], before = 30): { text: string; ranges: Range[] } {
  const first = Math.min(...ranges.map(([start]) => start));
  if (!Number.isFinite(first) || first <= before) return { text, ranges: [...ranges] };
  // Start at a word boundary, so no half word opens the line.
  const space = text.lastIndexOf(' ', first - before);
  const cut = space >= 0 ? space + 1 : first - before;
  const shift = cut - ELLIPSIS.length;
  return { text: ELLIPSIS + text.slice(cut), ranges: ranges.map(([start, end]) => [start - shift, end - shift] as Range).filter(([, end]) => end > ELLIPSIS.length) };
}
