import { latexEscape, verbatimField } from './latex';
import { invertedName } from './names';
import type { CitationParts } from './parts';
import { bibtexType, isArticle } from './publicationTypes';

/**
 * BibTeX for LaTeX users and every reference manager: the entry type follows
 * the publication type (publicationTypes.ts; a result without one is a
 * `@techreport` when finished, else `@misc`). The school is the report's
 * `institution`, the thesis's `school`, otherwise the `publisher`; an article
 * appeared in a `journal`, anything else in a `booktitle`. Titles
 * are wrapped in an extra pair of braces so styles keep their capitals
 * (Dutch titles are already in sentence case). Export only: the importer
 * reads RIS and CSL-JSON.
 */

export function writeBibtex(parts: readonly CitationParts[]): string {
  return parts.map(entry).join('\n');
}

function entry(p: CitationParts): string {
  const [url, ...moreUrls] = p.urls;
  const fields: [string, string][] = [
    ['title', `{${latexEscape(p.title)}}`],
    ['author', p.authors.map((a) => latexEscape(invertedName(a))).join(' and ')],
    [isArticle(p.type) ? 'journal' : 'booktitle', latexEscape(p.publication)],
    [p.type === 'report' ? 'institution' : p.type === 'thesis' ? 'school' : 'publisher', latexEscape(p.institution)],
    ['year', String(p.year)],
    ['abstract', latexEscape(p.abstract)],
    ['keywords', latexEscape(p.keywords.join(', '))],
    ['doi', verbatimField(p.doi ?? '')],
    ['url', verbatimField(url ?? '')],
    ['note', latexEscape(p.noteBlocks(moreUrls).join('; '))],
  ];
  const body = fields
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@${bibtexType(p.type)}{${p.key},\n${body}\n}\n`;
}
