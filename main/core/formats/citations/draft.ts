import type { z } from 'zod';
import { Area, Initiative, LIMITS, ResearchFields, ResearchStatus } from '../../../../shared/domain';
import { describeIssues } from '../fileInput';
import { storedLinks } from './links';
import { memberMatcher, type NameMatch, type NamedMember } from './names';
import { readNotes } from './notes';
import type { ReadType } from './publicationTypes';

/**
 * An imported reference becomes a *draft* research result for the importing
 * teacher to check before publishing.
 *
 * People: authors (and partners from our own note) are linked to profiles by
 * name, ignoring case and accents. Names that match no profile, or several,
 * are not dropped: they are written into the summary as a line "Auteurs
 * zonder profiel: …" and returned as `unmatchedAuthors` for the preview. A
 * result needs at least one author, so when none matches, the importer is the
 * author. Fields a reference does not have get defaults, each reported as a
 * warning: no year → the given year, no status → afgerond (a reference is
 * usually finished work), no area → onderzoek, no initiative → docent.
 * A publication type the app does not know becomes `document`, and a
 * journal or book title longer than a title may be is left out, each with a
 * warning too.
 */

export interface ImportedCitation {
  title: string;
  /** The journal, book, proceedings or website it appeared in. */
  publication: string;
  /** Null when the file gives no type. */
  type: ReadType | null;
  /** Display names, `Jan van der Berg`. */
  authors: string[];
  year: number | null;
  abstract: string;
  institution: string;
  keywords: string[];
  /** DOIs and addresses, in the order the format gives them. */
  links: string[];
  notes: string[];
}

export interface EntryProblem {
  /** 1-based position of the entry in the file. */
  entry: number;
  reason: string;
}

export interface DraftOptions {
  members: readonly NamedMember[];
  /** The member who imports; author of a draft whose authors match no profile. */
  importerId: string;
  /** Used when an entry has no year (normally the current year). */
  fallbackYear: number;
}

export interface ImportedDraft {
  entry: number;
  fields: ResearchFields;
  unmatchedAuthors: string[];
  unmatchedPartners: string[];
  warnings: string[];
}

export const yearIn = (text: string): number | null => {
  const m = /\b(1[89]\d\d|2\d\d\d)\b/.exec(text);
  return m ? Number(m[1]) : null;
};

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const LABELS = {
  title: 'title',
  question: 'research question',
  summary: 'summary',
  institution: 'publisher/institution',
  publication: 'journal/book title',
  year: 'year',
  tags: 'keywords',
  links: 'links',
};

/** Builds the drafts of one file; the name index is made once for all its entries. */
export function draftMaker(options: DraftOptions): (entry: number, citation: ImportedCitation) => ImportedDraft | EntryProblem {
  const match = memberMatcher(options.members);
  return (entry, citation) => citationToDraft(entry, citation, options, match);
}

function citationToDraft(entry: number, c: ImportedCitation, options: DraftOptions, match: (name: string) => NameMatch): ImportedDraft | EntryProblem {
  const title = oneLine(c.title);
  if (!title) return { entry, reason: 'has no title' };
  const warnings: string[] = [];
  const { sections, other } = readNotes(c.notes);

  const people = (names: readonly string[]) => {
    const ids: string[] = [];
    const unmatched: string[] = [];
    for (const name of names.map(oneLine).filter(Boolean)) {
      const found = match(name);
      if ('id' in found) {
        if (!ids.includes(found.id)) ids.push(found.id);
      } else if (!unmatched.includes(name)) unmatched.push(name);
    }
    return { ids, unmatched };
  };
  const authors = people(c.authors);
  const partners = people(sections.partners?.split(';') ?? []);
  if (authors.ids.length === 0) {
    authors.ids.push(options.importerId);
    warnings.push('no author matches a profile; you are listed as the author');
  }

  const choose = <T extends string>(schema: z.ZodType<T>, value: string | undefined, fallback: T, what: string): T => {
    const parsed = schema.safeParse(value?.trim().toLowerCase());
    if (parsed.success) return parsed.data;
    warnings.push(value ? `${what} "${value}" is not known; set to ${fallback}` : `no ${what}; set to ${fallback}`);
    return fallback;
  };

  const tags = c.keywords.map(oneLine).filter(Boolean);
  const fittingTags = tags.filter((t) => t.length <= LIMITS.tag).slice(0, LIMITS.tags);
  if (fittingTags.length < tags.length) warnings.push(`${tags.length - fittingTags.length} keyword(s) too long or too many were left out`);

  let publication = oneLine(c.publication);
  if (publication.length > LIMITS.shortText) {
    warnings.push(`journal/book title longer than ${LIMITS.shortText} characters was left out`);
    publication = '';
  }
  if (c.type?.unknown) warnings.push(`publicationType "${c.type.unknown}" is not known; set to ${c.type.type}`);

  const year = c.year ?? options.fallbackYear;
  if (c.year === null) warnings.push(`no year; set to ${options.fallbackYear}`);

  const summary = [
    c.abstract.trim(),
    authors.unmatched.length > 0 ? `Auteurs zonder profiel: ${authors.unmatched.join('; ')}` : '',
    partners.unmatched.length > 0 ? `Partners zonder profiel: ${partners.unmatched.join('; ')}` : '',
    ...other,
  ]
    .filter(Boolean)
    .join('\n\n');

  const result = ResearchFields.safeParse({
    title,
    question: sections.question ?? '',
    summary,
    method: sections.method ?? '',
    findings: sections.findings ?? '',
    status: choose(ResearchStatus, sections.status, 'afgerond', 'status'),
    area: choose(Area, sections.area, 'onderzoek', 'area'),
    initiative: choose(Initiative, sections.initiative, 'docent', 'initiative'),
    institution: oneLine(c.institution),
    publication,
    publicationType: c.type?.type ?? null,
    year,
    tags: fittingTags,
    authorIds: authors.ids,
    partnerIds: partners.ids.filter((id) => !authors.ids.includes(id)),
    links: storedLinks([...c.links, ...(sections.links?.split(/\s+/) ?? [])]),
    attachments: [],
    draft: true,
  });
  if (!result.success) return { entry, reason: describeIssues(result.error, LABELS) };
  return { entry, fields: result.data, unmatchedAuthors: authors.unmatched, unmatchedPartners: partners.unmatched, warnings };
}
