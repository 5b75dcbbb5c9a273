import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { fold } from '../../shared/search/normalize';
import { sourceOf, textsOf } from '../../shared/search/sources';
import type { CorpusEntry } from './corpus';

/**
 * The baselines, fed the same fields our index reads (shared/search/sources.ts),
 * flattened into title / tags / body with the same role weights.
 */

interface Flat {
  id: string;
  type: string;
  title: string;
  tags: string;
  body: string;
}

export function flatten({ type, record }: CorpusEntry): Flat {
  const parts: Record<'title' | 'tags' | 'body', string[]> = { title: [], tags: [], body: [] };
  for (const field of sourceOf(type).fields) parts[field.role].push(...textsOf(field.get(record)));
  return { id: record.id, type, title: parts.title.join(' '), tags: parts.tags.join(' · '), body: parts.body.join(' ') };
}

export interface Engine {
  name: string;
  search(query: string): string[];
}

/** MiniSearch with prefix and fuzzy 0.2 as the issue measured it; we also fold diacritics for it, to be fair. */
export function miniSearch(entries: readonly CorpusEntry[]): Engine {
  const index = new MiniSearch<Flat>({
    fields: ['title', 'tags', 'body'],
    storeFields: ['type'],
    processTerm: (term) => fold(term).normalize('NFC'),
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 4, tags: 2.5 } },
  });
  index.addAll(entries.map(flatten));
  return { name: 'minisearch', search: (q) => index.search(q).slice(0, 20).map((r) => r.id as string) };
}

/** Plain fuse.js over all fields (ignoreLocation, or matches deep in a body never count). */
export function fuse(entries: readonly CorpusEntry[]): Engine {
  const index = new Fuse(entries.map(flatten), {
    keys: [
      { name: 'title', weight: 4 },
      { name: 'tags', weight: 2.5 },
      { name: 'body', weight: 1 },
    ],
    ignoreLocation: true,
  });
  return { name: 'fuse', search: (q) => index.search(q, { limit: 20 }).map((r) => r.item.id) };
}
