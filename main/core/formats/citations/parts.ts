import type { PublicationType, Research } from '../../../../shared/domain';
import { compactKey } from '../textKeys';
import { splitLinks } from './links';
import { splitName, type PersonName } from './names';
import { noteBlocks } from './notes';
import { publicationTypeOf } from './publicationTypes';

/**
 * What the three citation writers share: a research result seen as a
 * reference. Its kind is its publication type; a result without one is a
 * report when finished (afgerond) and otherwise a generic document, which
 * reference managers do not present as published.
 */

export type CitableResearch = Pick<
  Research,
  'id' | 'title' | 'question' | 'summary' | 'method' | 'findings' | 'status' | 'area' | 'initiative' | 'institution' | 'publication' | 'publicationType' | 'year' | 'tags' | 'authorIds' | 'partnerIds' | 'links'
>;

/** A member's display name by id; unknown ids (erased profiles) are left out. */
export type NameLookup = (memberId: string) => string | undefined;

export interface CitationParts {
  id: string;
  key: string;
  type: PublicationType;
  title: string;
  /** The journal, book, proceedings or website it appeared in ('' when none). */
  publication: string;
  authors: PersonName[];
  year: number;
  institution: string;
  abstract: string;
  keywords: string[];
  doi: string | null;
  /** Web addresses, in order; the writers put as many as their format holds in a URL field. */
  urls: string[];
  /** The research fields without a field of their own, as `Label: text` blocks (notes.ts). */
  noteBlocks: (extraLinks: readonly string[]) => string[];
}

export function citationParts(items: readonly CitableResearch[], nameOf: NameLookup): CitationParts[] {
  const keys = citationKeys(items, nameOf);
  return items.map((item, i) => {
    const names = (ids: readonly string[]) => ids.map(nameOf).filter((n): n is string => Boolean(n?.trim()));
    const { doi, others } = splitLinks(item.links);
    return {
      id: item.id,
      key: keys[i]!,
      type: publicationTypeOf(item),
      title: item.title,
      publication: item.publication ?? '',
      authors: names(item.authorIds).map(splitName),
      year: item.year,
      institution: item.institution,
      abstract: item.summary,
      keywords: item.tags,
      doi,
      urls: others,
      noteBlocks: (extraLinks) =>
        noteBlocks({
          question: item.question,
          method: item.method,
          findings: item.findings,
          status: item.status,
          area: item.area,
          initiative: item.initiative,
          partners: names(item.partnerIds).join('; '),
          links: extraLinks.join('\n'),
        }),
    };
  });
}

const TITLE_STOPWORDS = new Set(['de', 'het', 'een', 'en', 'van', 'in', 'op', 'the', 'a', 'an', 'of', 'and', 'on', 'hoe', 'wat', 'naar']);

/**
 * Stable BibTeX-style keys: first author's family name, year, first
 * meaningful title word (`berg2024formatief`). Results that would share a key
 * get a, b, c … in the order of their ids, which are time-ordered, so the same
 * selection always yields the same keys.
 */
export function citationKeys(items: readonly CitableResearch[], nameOf: NameLookup): string[] {
  const base = items.map((item) => {
    const firstAuthor = item.authorIds.map(nameOf).find(Boolean);
    const family = firstAuthor ? compactKey(splitName(firstAuthor).family) : '';
    const word = item.title.split(/\s+/).map(compactKey).find((w) => w.length > 2 && !TITLE_STOPWORDS.has(w)) ?? '';
    return `${family || 'masternetwerk'}${item.year}${word}`;
  });
  const groups = new Map<string, number[]>();
  base.forEach((key, i) => {
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const keys = [...base];
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    group.sort((a, b) => (items[a]!.id < items[b]!.id ? -1 : 1)).forEach((i, n) => (keys[i] = key + suffix(n)));
  }
  return keys;
}

/** a … z, then aa, ab …: enough for any selection. */
const suffix = (n: number): string => (n < 26 ? String.fromCharCode(97 + n) : suffix(Math.floor(n / 26) - 1) + suffix(n % 26));
