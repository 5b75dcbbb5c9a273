import { z } from 'zod';
import type { PublicationType } from '../../../../shared/domain';
import { describeIssues, unsafeJsonReason } from '../fileInput';
import { yearIn, type EntryProblem, type ImportedCitation } from './draft';
import { joinName } from './names';
import type { CitationParts } from './parts';
import { readCslType } from './publicationTypes';

/**
 * CSL-JSON, the citation data of citeproc and Zotero ("CSL JSON" export).
 * Our publication types are CSL types, so they are written as they are; the
 * journal, book or website is `container-title`. The member's Dutch
 * particle goes into `non-dropping-particle` ("van der" Berg), which styles
 * sort on the family name as Dutch convention wants.
 */

export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  'citation-key': string;
  type: PublicationType;
  title: string;
  'container-title'?: string;
  author?: CslName[];
  issued: { 'date-parts': [[number]] };
  publisher?: string;
  abstract?: string;
  keyword?: string;
  DOI?: string;
  URL?: string;
  note?: string;
}

const ifText = <K extends string>(key: K, value: string | undefined) => (value?.trim() ? ({ [key]: value } as Record<K, string>) : {});

export function cslItems(parts: readonly CitationParts[]): CslItem[] {
  return parts.map((p) => {
    const [url, ...moreUrls] = p.urls;
    return {
      id: p.id,
      'citation-key': p.key,
      type: p.type,
      title: p.title,
      ...ifText('container-title', p.publication),
      ...(p.authors.length > 0
        ? { author: p.authors.map((a) => ({ family: a.family, ...ifText('given', a.given), ...ifText('non-dropping-particle', a.particle) })) }
        : {}),
      issued: { 'date-parts': [[p.year]] },
      ...ifText('publisher', p.institution),
      ...ifText('abstract', p.abstract),
      // Keywords are one string in CSL; tags containing a comma would split on import.
      ...ifText('keyword', p.keywords.join(', ')),
      ...ifText('DOI', p.doi ?? undefined),
      ...ifText('URL', url),
      ...ifText('note', p.noteBlocks(moreUrls).join('\n')),
    };
  });
}

export const writeCslJson = (parts: readonly CitationParts[]) => `${JSON.stringify(cslItems(parts), null, 2)}\n`;

const text = z.union([z.string(), z.number()]).transform(String);

const CslNameInput = z.object({
  family: text.optional(),
  given: text.optional(),
  'non-dropping-particle': text.optional(),
  'dropping-particle': text.optional(),
  suffix: text.optional(),
  literal: text.optional(),
});

const CslDateInput = z.object({
  'date-parts': z.array(z.array(z.union([z.number(), z.string()]))).optional(),
  raw: text.optional(),
  literal: text.optional(),
});

/** The fields read from an item; unknown fields are ignored (zod strips them). */
const CslItemInput = z.object({
  type: text.optional(),
  title: text.optional(),
  'container-title': text.optional(),
  'collection-title': text.optional(),
  author: z.array(CslNameInput).max(500).optional(),
  issued: CslDateInput.optional(),
  publisher: text.optional(),
  abstract: text.optional(),
  keyword: text.optional(),
  DOI: text.optional(),
  URL: text.optional(),
  note: text.optional(),
});

export type CslParse = { ok: true; entries: { entry: number; citation: ImportedCitation }[]; problems: EntryProblem[] } | { ok: false; reason: string };

/** Reads parsed JSON (an array of items, or one item) into citations, entry by entry. */
export function readCslJson(json: unknown): CslParse {
  const list = Array.isArray(json) ? json : json !== null && typeof json === 'object' ? [json] : null;
  if (!list) return { ok: false, reason: 'The JSON file is not CSL-JSON: expected a list of references.' };
  const entries: { entry: number; citation: ImportedCitation }[] = [];
  const problems: EntryProblem[] = [];
  list.forEach((raw: unknown, i) => {
    const entry = i + 1;
    const unsafe = unsafeJsonReason(raw);
    if (unsafe) return problems.push({ entry, reason: unsafe });
    const item = CslItemInput.safeParse(raw);
    if (!item.success) return problems.push({ entry, reason: describeIssues(item.error) });
    entries.push({ entry, citation: cslToCitation(item.data) });
  });
  return { ok: true, entries, problems };
}

function cslToCitation(item: z.infer<typeof CslItemInput>): ImportedCitation {
  const date = item.issued;
  return {
    title: item.title ?? '',
    // Zotero writes a report's or book's series as collection-title.
    publication: item['container-title'] ?? item['collection-title'] ?? '',
    type: readCslType(item.type ?? ''),
    authors: (item.author ?? []).map((n) => n.literal ?? joinName(n.given, n['dropping-particle'], n['non-dropping-particle'], n.family, n.suffix)),
    year: yearIn(String(date?.['date-parts']?.[0]?.[0] ?? date?.raw ?? date?.literal ?? '')),
    abstract: item.abstract ?? '',
    institution: item.publisher ?? '',
    keywords: (item.keyword ?? '').split(/[,;]/),
    links: [item.DOI ?? '', item.URL ?? ''],
    notes: item.note ? [item.note] : [],
  };
}
