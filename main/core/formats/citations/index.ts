import { decodeText, parsed, problem, type Parsed } from '../fileInput';
import { writeBibtex } from './bibtex';
import { readCslJson, writeCslJson } from './cslJson';
import { draftMaker, type DraftOptions, type EntryProblem, type ImportedCitation, type ImportedDraft } from './draft';
import { citationParts, type CitableResearch, type NameLookup } from './parts';
import { parseRis, risToCitation, writeRis } from './ris';

/**
 * Citation export (RIS, BibTeX, CSL-JSON) of research results, and import of
 * RIS and CSL-JSON files as Zotero writes them into draft results. The CLI and
 * IPC handlers wrap these; nothing here touches the data directory.
 */

export type CitationFormat = 'ris' | 'bibtex' | 'csl-json';

export type { CitableResearch, DraftOptions, EntryProblem, ImportedDraft, NameLookup };

export function exportCitations(format: CitationFormat, items: readonly CitableResearch[], nameOf: NameLookup): string {
  const parts = citationParts(items, nameOf);
  if (format === 'ris') return writeRis(parts);
  if (format === 'bibtex') return writeBibtex(parts);
  return writeCslJson(parts);
}

export interface CitationImport {
  format: 'ris' | 'csl-json';
  /** Entries found in the file, good and bad. */
  total: number;
  drafts: ImportedDraft[];
  /** Skipped entries, each with its number and an English reason. */
  problems: EntryProblem[];
}

/** Reads a RIS or CSL-JSON file; the format is recognised by content, not by file name. */
export function importCitations(bytes: Uint8Array, options: DraftOptions): Parsed<CitationImport> {
  const decoded = decodeText(bytes, 'citation');
  if (!decoded.ok) return decoded;
  const text = decoded.value.text.trim();

  let format: CitationImport['format'];
  let entries: { entry: number; citation: ImportedCitation }[];
  const problems: EntryProblem[] = [];
  if (text.startsWith('[') || text.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return problem('invalid_json', `The file is not valid JSON: ${(error as Error).message}`);
    }
    const csl = readCslJson(json);
    if (!csl.ok) return problem('unknown_format', csl.reason);
    format = 'csl-json';
    entries = csl.entries;
    problems.push(...csl.problems);
  } else if (/^TY {1,2}-/m.test(text)) {
    const ris = parseRis(text);
    format = 'ris';
    entries = ris.entries.map(({ entry, tags }) => ({ entry, citation: risToCitation(tags) }));
    problems.push(...ris.problems);
  } else if (/^@\w+\s*[{(]/m.test(text)) {
    return problem('unknown_format', 'This looks like BibTeX, which cannot be imported; export RIS or CSL JSON from your reference manager.');
  } else {
    return problem('unknown_format', 'The file is neither RIS nor CSL-JSON.');
  }

  const drafts: ImportedDraft[] = [];
  const toDraft = draftMaker(options);
  for (const { entry, citation } of entries) {
    const draft = toDraft(entry, citation);
    if ('fields' in draft) drafts.push(draft);
    else problems.push(draft);
  }
  const total = drafts.length + problems.length;
  if (total === 0) return problem('no_entries', 'The file contains no references.');
  problems.sort((a, b) => a.entry - b.entry);
  return parsed({ format, total, drafts, problems });
}
