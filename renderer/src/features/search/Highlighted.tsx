import type { Range } from '../../../../shared/search/schema';
import { segments } from './highlight';

/** Text with the matched words in <mark>, as React text nodes (never HTML). */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return (
    <>
      {segments(text, ranges).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}
