import { initials } from '../../../shared/text/names';

const HUES = 6;

/** The same person always gets the same colour; colours come from classes (the CSP forbids inline styles). */
function hueOf(seed: string): number {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % HUES;
}

export function Avatar({ name, seed, size = 'md' }: { name: string; seed: string; size?: 'md' | 'lg' }) {
  return (
    <span className={`avatar avatar--${size} avatar--hue-${hueOf(seed)}`} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
