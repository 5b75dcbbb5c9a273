import { fold } from '../../../../shared/search/normalize';
import { PREFIXES } from '../../../../shared/text/names';

/**
 * Person names between profiles ("Jan van der Berg") and reference formats,
 * which want family, given and particle apart ("van der Berg, Jan";
 * CSL `non-dropping-particle: "van der"`).
 */

export interface PersonName {
  given: string;
  /** Dutch tussenvoegsel: van, van der, 't, de … */
  particle: string;
  family: string;
}

/** Given names run up to the first particle; without one, the last word is the family name. */
export function splitName(full: string): PersonName {
  const words = full.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return { given: '', particle: '', family: words[0] ?? '' };
  let first = words.findIndex((w, i) => i > 0 && i < words.length - 1 && PREFIXES.has(w.toLocaleLowerCase('nl')));
  if (first === -1) first = words.length - 1;
  let last = first;
  while (last < words.length - 1 && PREFIXES.has(words[last]!.toLocaleLowerCase('nl'))) last++;
  return { given: words.slice(0, first).join(' '), particle: words.slice(first, last).join(' '), family: words.slice(last).join(' ') };
}

export const joinName = (...parts: (string | undefined)[]) => parts.map((p) => p?.trim() ?? '').filter(Boolean).join(' ');

/** `van der Berg, Jan`, as RIS and BibTeX write authors. */
export const invertedName = (n: PersonName) => (n.given ? `${joinName(n.particle, n.family)}, ${n.given}` : joinName(n.particle, n.family));

/** Reads `Family, Given[, Suffix]` or a plain `Given Family` back into one display name. */
export function readInvertedName(text: string): string {
  const [family = '', given = '', suffix = ''] = text.split(',').map((p) => p.trim());
  return joinName(given, family, suffix);
}

/** Compares names regardless of case, accents, punctuation and spacing: "Helene 't  Hart" = "Hélène ’t Hart". */
export const nameKey = (name: string) =>
  fold(name)
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();

export interface NamedMember {
  id: string;
  name: string;
}

export type NameMatch = { id: string } | { unmatched: 'none' | 'ambiguous' };

/** Finds the profile with a given name; two profiles with the same name match neither. */
export function memberMatcher(members: readonly NamedMember[]): (name: string) => NameMatch {
  const byKey = new Map<string, string[]>();
  for (const m of members) {
    const key = nameKey(m.name);
    byKey.set(key, [...(byKey.get(key) ?? []), m.id]);
  }
  return (name) => {
    const ids = byKey.get(nameKey(name)) ?? [];
    if (ids.length === 1) return { id: ids[0]! };
    return { unmatched: ids.length === 0 ? 'none' : 'ambiguous' };
  };
}
