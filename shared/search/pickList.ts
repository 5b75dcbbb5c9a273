import Fuse from 'fuse.js';
import { fold } from './normalize';

/** A colleague as a pick-list shows them. */
export interface Pickable {
  id: string;
  name: string;
  institution: string;
}

/**
 * Matching for short pick-lists (choosing a colleague in a form): part of a
 * name or school, in any order of words, ignoring accents and case
 * ("helene" finds Hélène, "yilmaz" finds Yılmaz), tolerating a small typo
 * ("Jansne"). Exact substring matches come first, then fuse.js's fuzzy ones
 * by closeness. A few hundred names are scanned per keystroke, which is far
 * below what a full search index is for.
 */
export function pickMatches<T extends Pickable>(people: readonly T[], query: string, limit: number): T[] {
  const needle = fold(query.trim());
  if (!needle) return [];
  const exact = people.filter((p) => fold(`${p.name} ${p.institution}`).includes(needle));
  if (exact.length >= limit) return exact.slice(0, limit);
  const fuse = new Fuse(people, {
    keys: ['name', 'institution'],
    getFn: (person, path) => fold(String(Fuse.config.getFn(person, path) ?? '')),
    threshold: 0.34,
    ignoreLocation: true,
  });
  const seen = new Set(exact.map((p) => p.id));
  const fuzzy = fuse
    .search(needle)
    .map((hit) => hit.item)
    .filter((p) => !seen.has(p.id));
  return [...exact, ...fuzzy].slice(0, limit);
}
