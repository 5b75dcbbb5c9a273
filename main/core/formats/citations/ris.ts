import { yearIn, type EntryProblem, type ImportedCitation } from './draft';
import { invertedName, readInvertedName } from './names';
import type { CitationParts } from './parts';
import { readRisType, risType } from './publicationTypes';

/**
 * RIS, the tagged format every reference manager reads (`TY  - JOUR` …
 * `ER  - `). The type follows the publication type (publicationTypes.ts);
 * the journal, book or website is the secondary title T2, and for a
 * conference paper also C3, where newer readers look for the proceedings.
 * A value with line breaks continues on untagged lines, as Zotero and EndNote
 * write and read it.
 */

export function writeRis(parts: readonly CitationParts[]): string {
  const lines: string[] = [];
  const tag = (name: string, value: string) => {
    if (value.trim()) lines.push(`${name}  - ${value.replace(/\r\n?/g, '\n').trim().replace(/\n/g, '\r\n')}`);
  };
  for (const p of parts) {
    tag('TY', risType(p.type));
    tag('ID', p.key);
    tag('TI', p.title);
    tag('T2', p.publication);
    if (p.type === 'paper-conference') tag('C3', p.publication);
    for (const author of p.authors) tag('AU', invertedName(author));
    tag('PY', String(p.year));
    tag('PB', p.institution);
    tag('AB', p.abstract);
    for (const keyword of p.keywords) tag('KW', keyword);
    if (p.doi) tag('DO', p.doi);
    for (const url of p.urls) tag('UR', url);
    for (const block of p.noteBlocks([])) tag('N1', block);
    lines.push('ER  - ', '');
  }
  return lines.join('\r\n');
}

const TAG_LINE = /^([A-Z][A-Z0-9]) {1,2}- ?(.*)$/;

export interface RisEntry {
  entry: number;
  tags: Map<string, string[]>;
}

/** Splits RIS text into entries; an entry that is not well formed is reported with its number and skipped. */
export function parseRis(text: string): { entries: RisEntry[]; problems: EntryProblem[] } {
  const entries: RisEntry[] = [];
  const problems: EntryProblem[] = [];
  let current = null as (RisEntry & { broken?: string; last?: string[] }) | null;
  let count = 0;

  const close = (reason?: string) => {
    if (!current) return;
    const broken = current.broken ?? reason;
    if (broken) problems.push({ entry: current.entry, reason: broken });
    else entries.push({ entry: current.entry, tags: current.tags });
    current = null;
  };

  for (const line of text.split(/\r\n|\n|\r/)) {
    const m = TAG_LINE.exec(line);
    if (!m) {
      // An untagged line continues the previous value; outside an entry it is ignored (blank lines, preambles).
      if (current?.last) current.last.push(`${current.last.pop()}\n${line}`);
      continue;
    }
    const [, name, rawValue] = m as unknown as [string, string, string];
    const value = rawValue.trim();
    if (name === 'TY') {
      close('is not closed with "ER  - " before the next entry starts');
      current = { entry: ++count, tags: new Map() };
      if (!value) current.broken = 'has an empty type (TY)';
    } else if (!current) {
      if (name === 'ER') continue;
      current = { entry: ++count, tags: new Map(), broken: `does not start with a type line (TY); found ${name} first` };
    } else if (name === 'ER') {
      close();
      continue;
    }
    const values = current.tags.get(name) ?? [];
    values.push(value);
    current.tags.set(name, values);
    current.last = values;
  }
  close('is not closed with "ER  - " (the file may be cut off)');
  return { entries, problems };
}

const first = (tags: Map<string, string[]>, ...names: string[]) => {
  for (const name of names) {
    const value = tags.get(name)?.find((v) => v.trim());
    if (value) return value.trim();
  }
  return '';
};

const all = (tags: Map<string, string[]>, ...names: string[]) => names.flatMap((name) => tags.get(name) ?? []).filter((v) => v.trim());

/**
 * The fields of a RIS entry, as Zotero, EndNote and Mendeley tag them. BT is
 * the title of a book itself, but the book a chapter is in when the entry
 * has a title of its own; JA and J2 are a journal's abbreviation, used only
 * when its full name is missing.
 */
export function risToCitation(tags: Map<string, string[]>): ImportedCitation {
  const title = first(tags, 'TI', 'T1', 'CT');
  const bookTitle = first(tags, 'BT');
  const type = readRisType(first(tags, 'TY'));
  const conference = type?.type === 'paper-conference';
  return {
    title: title || bookTitle,
    publication: first(tags, 'T2', 'JF', 'JO', ...(conference ? ['C3'] : [])) || (title ? bookTitle : '') || first(tags, 'JA', 'J2'),
    type,
    authors: all(tags, 'AU', 'A1').map(readInvertedName),
    year: yearIn(first(tags, 'PY', 'Y1', 'DA')),
    abstract: all(tags, 'AB', 'N2').join('\n\n'),
    institution: first(tags, 'PB'),
    keywords: all(tags, 'KW').flatMap((k) => k.split('\n')),
    links: [...all(tags, 'DO'), ...all(tags, 'UR').flatMap((u) => u.split(/\s+/))],
    notes: all(tags, 'N1'),
  };
}
