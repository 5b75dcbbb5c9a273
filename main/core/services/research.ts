import { type CitationFormat, type Handlers } from '../../../shared/contract';
import type { FieldIssue } from '../../../shared/result';
import type { Research, ResearchFields } from '../../../shared/domain';
import { compareDutch } from '../../../shared/text/names';
import type { AppContext } from '../app';
import { hasAttachment } from '../bundle/attachments';
import { ServiceError } from '../dispatch';
import type { StoredRecord } from '../store/documentStore';
import { exportCitations, importCitations, type CitationImport } from '../formats/citations';
import { doiOf, storedLinks } from '../formats/citations/links';
import { foldTerm } from '../../../shared/search/normalize';
import { peopleOf, requireMe } from './people';

type ResearchHandlers = Pick<
  Handlers,
  'research:list' | 'research:get' | 'research:save' | 'research:delete' | 'research:cite' | 'research:importPreview' | 'research:import'
>;

const FILE_INFO: Record<CitationFormat, { ext: string; mediaType: string }> = {
  ris: { ext: 'ris', mediaType: 'application/x-research-info-systems' },
  bibtex: { ext: 'bib', mediaType: 'application/x-bibtex' },
  'csl-json': { ext: 'json', mediaType: 'application/vnd.citationstyles.csl+json' },
};

/** Newest work first; within a year by title. */
const byYearThenTitle = (a: Research, b: Research) => b.year - a.year || compareDutch(a.title, b.title);

export const involves = (r: Research, memberId: string) => r.authorIds.includes(memberId) || r.partnerIds.includes(memberId);

export function researchHandlers(app: AppContext): ResearchHandlers {
  const research = app.repos.research;

  /** Links must point at live profiles and stored files; a partner who is also an author is an author. */
  const checked = async (fields: ResearchFields): Promise<ResearchFields> => {
    const issues: FieldIssue[] = [];
    for (const key of ['authorIds', 'partnerIds'] as const) {
      fields[key].forEach((id, i) => {
        if (!app.repos.members.find(id)) issues.push({ path: `fields.${key}.${i}`, code: 'unknown_member', message: `No profile with id ${id}.` });
      });
    }
    for (const [i, attachment] of fields.attachments.entries()) {
      if (!(await hasAttachment(app.dataDir, attachment.sha256))) {
        issues.push({ path: `fields.attachments.${i}`, code: 'missing_attachment', message: `The file ${attachment.name} was not added first.` });
      }
    }
    if (issues.length > 0) throw new ServiceError('invalid_input', 'The input is not valid.', issues);
    const authorIds = [...new Set(fields.authorIds)];
    const partnerIds = [...new Set(fields.partnerIds)].filter((id) => !authorIds.includes(id));
    const attachments = fields.attachments.filter((a, i, all) => all.findIndex((b) => b.sha256 === a.sha256) === i);
    // DOIs are kept as doi.org addresses, as an import stores them: one form to show, open and export.
    return { ...fields, authorIds, partnerIds, attachments, links: storedLinks(fields.links) };
  };

  return {
    async 'research:list'({ memberId, drafts, status, area, offset, limit }) {
      const all = research
        .list()
        .filter((r) => (drafts === 'include' ? true : r.draft === (drafts === 'only')))
        .filter((r) => (!memberId || involves(r, memberId)) && (!status || r.status === status) && (!area || r.area === area))
        .sort(byYearThenTitle);
      const items = all.slice(offset, offset + limit);
      return { total: all.length, items, people: peopleOf(app, items.flatMap((r) => [...r.authorIds, ...r.partnerIds])) };
    },
    async 'research:get'({ id }) {
      const found = research.get(id);
      return { research: found, people: peopleOf(app, [...found.authorIds, ...found.partnerIds]) };
    },
    async 'research:save'({ id, fields }) {
      const clean = await checked(fields);
      return id ? research.update(id, clean) : research.create(clean);
    },
    async 'research:delete'({ id }) {
      await research.remove(id);
      return { id };
    },
    async 'research:cite'({ format, ids }) {
      const items = ids ? ids.map((id) => research.get(id)) : research.list().filter((r) => !r.draft).sort(byYearThenTitle);
      const text = exportCitations(format, items, (memberId) => app.repos.members.find(memberId)?.name);
      const { ext, mediaType } = FILE_INFO[format];
      const fileName = ids?.length === 1 && items[0] ? `${slug(items[0].title)}.${ext}` : `masternetwerk-onderzoek.${ext}`;
      return { fileName, mediaType, text, count: items.length };
    },
    async 'research:importPreview'({ fileName, dataBase64 }) {
      const result = readCitationImport(app, fileName, Buffer.from(dataBase64, 'base64'), requireMe(app));
      const entries = result.drafts.map(({ entry, fields, unmatchedAuthors, unmatchedPartners, warnings }) => ({ entry, fields, unmatchedAuthors, unmatchedPartners, warnings }));
      return {
        format: result.format,
        entries,
        rejected: result.problems,
        people: peopleOf(app, entries.flatMap((e) => [...e.fields.authorIds, ...e.fields.partnerIds])),
      };
    },
    async 'research:import'({ fileName, dataBase64 }) {
      const result = readCitationImport(app, fileName, Buffer.from(dataBase64, 'base64'), requireMe(app));
      return { imported: await storeDrafts(app, result), rejected: result.problems };
    },
  };
}

/** Reads a RIS or CSL-JSON file into drafts for `importerId`; a file that cannot be read at all is refused whole. */
export function readCitationImport(app: AppContext, fileName: string, bytes: Uint8Array, importerId: string): CitationImport {
  const members = app.repos.members.list().map((m) => ({ id: m.id, name: m.name }));
  const result = importCitations(bytes, { members, importerId, fallbackYear: app.records.now().getFullYear() });
  if (!result.ok) {
    throw new ServiceError('invalid_input', `${fileName}: ${result.error.message}`, [{ path: 'file', code: result.error.code, message: result.error.message }]);
  }
  return withoutDuplicates(result.value, app.repos.research.list());
}

const titleKey = (r: Pick<ResearchFields, 'title' | 'year' | 'authorIds'>) => `${foldTerm(r.title.replace(/\s+/g, ' ').trim())}|${r.year}|${r.authorIds[0] ?? ''}`;
const doisOf = (links: readonly string[]) => links.map(doiOf).filter((d): d is string => d !== null).map((d) => d.toLowerCase());

/**
 * An entry that is already a result here (a draft too) is reported, not
 * imported again: the same DOI, or the same title, year and first author.
 * Importing the same file twice so creates no second set of drafts; two
 * copies within one file count once.
 */
function withoutDuplicates(found: CitationImport, existing: readonly Research[]): CitationImport {
  const byDoi = new Map<string, string>();
  const byTitle = new Map<string, string>();
  const remember = (r: Pick<ResearchFields, 'title' | 'year' | 'authorIds' | 'links'>) => {
    for (const doi of doisOf(r.links)) if (!byDoi.has(doi)) byDoi.set(doi, r.title);
    if (!byTitle.has(titleKey(r))) byTitle.set(titleKey(r), r.title);
  };
  existing.forEach(remember);
  const drafts: CitationImport['drafts'] = [];
  const problems = [...found.problems];
  for (const draft of found.drafts) {
    const doi = doisOf(draft.fields.links).find((d) => byDoi.has(d));
    const same = doi ? byDoi.get(doi) : byTitle.get(titleKey(draft.fields));
    if (same !== undefined) {
      problems.push({ entry: draft.entry, reason: doi ? `is already in Masternetwerk as "${same}" (same DOI ${doi})` : `is already in Masternetwerk as "${same}" (same title, year and first author)` });
      continue;
    }
    remember(draft.fields);
    drafts.push(draft);
  }
  problems.sort((a, b) => a.entry - b.entry);
  return { ...found, drafts, problems };
}

/** Stores the drafts of an import all together, or none of them; returns their ids. */
export async function storeDrafts(app: AppContext, result: CitationImport): Promise<string[]> {
  const records = result.drafts.map((d) => app.repos.research.build(d.fields));
  await app.store.commit(records.map((record) => ({ kind: 'put', collection: 'research', record: record as unknown as StoredRecord })));
  return records.map((r) => r.id);
}

/** A file name from a title: `Formatief handelen in de bol` → `formatief-handelen-in-de-bol`. */
const slug = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'onderzoek';
