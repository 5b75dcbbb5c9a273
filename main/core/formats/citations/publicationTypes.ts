import { PublicationType, type Research } from '../../../../shared/domain';

/**
 * A research result's kind of publication in the three reference formats.
 * Our types are CSL item types; RIS and BibTeX have their own names. Types
 * a file uses that are not ours are read as their nearest kin where there
 * is one (a blog post is a web page), else as `document` with a warning.
 */

/** A type read from a file; `unknown` holds the file's own word when it was not one of ours. */
export interface ReadType {
  type: PublicationType;
  unknown?: string;
}

const RIS: Record<PublicationType, string> = {
  'article-journal': 'JOUR',
  'article-magazine': 'MGZN',
  'article-newspaper': 'NEWS',
  book: 'BOOK',
  chapter: 'CHAP',
  'paper-conference': 'CONF',
  report: 'RPRT',
  thesis: 'THES',
  webpage: 'ELEC',
  dataset: 'DATA',
  // Zotero writes its "presentation" as SLIDE.
  speech: 'SLIDE',
  document: 'GEN',
};

/** Further RIS types (the RIS specification, EndNote, Zotero) and ours for them. */
const RIS_KIN: Record<string, PublicationType> = {
  EJOUR: 'article-journal',
  JFULL: 'article-journal',
  INPR: 'article-journal',
  ABST: 'article-journal',
  EBOOK: 'book',
  EDBOOK: 'book',
  ECHAP: 'chapter',
  CPAPER: 'paper-conference',
  GOVDOC: 'report',
  WEB: 'webpage',
  BLOG: 'webpage',
  DBASE: 'dataset',
  AGGR: 'dataset',
};
const OURS_BY_RIS = new Map<string, PublicationType>([...Object.entries(RIS).map(([ours, ris]) => [ris, ours as PublicationType] as const), ...Object.entries(RIS_KIN)]);

const CSL_KIN: Record<string, PublicationType> = {
  'post-weblog': 'webpage',
  post: 'webpage',
  presentation: 'speech',
};

/**
 * BibTeX entry types. Classic BibTeX has no web page or data set, so those
 * take biblatex's `@online` and `@dataset` (biblatex, Zotero and citation-js
 * read them; classic styles print them as `@misc`). A thesis here is most
 * often the teacher's master's thesis.
 */
const BIBTEX: Record<PublicationType, string> = {
  'article-journal': 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  book: 'book',
  chapter: 'incollection',
  'paper-conference': 'inproceedings',
  report: 'techreport',
  thesis: 'mastersthesis',
  webpage: 'online',
  dataset: 'dataset',
  speech: 'misc',
  document: 'misc',
};

/** A result without a type of its own: finished work is a report, anything else a generic document (as before types existed). */
export const publicationTypeOf = (item: Pick<Research, 'publicationType' | 'status'>): PublicationType =>
  item.publicationType ?? (item.status === 'afgerond' ? 'report' : 'document');

export const risType = (type: PublicationType) => RIS[type];
export const bibtexType = (type: PublicationType) => BIBTEX[type];

/** Articles appear in a journal (BibTeX `journal`), everything else in a book, proceedings or site (`booktitle`). */
export const isArticle = (type: PublicationType) => type.startsWith('article-');

function read(word: string, ours: (w: string) => PublicationType | undefined): ReadType | null {
  const trimmed = word.trim();
  if (!trimmed) return null;
  const type = ours(trimmed);
  return type ? { type } : { type: 'document', unknown: trimmed };
}

export const readRisType = (ty: string) => read(ty, (w) => OURS_BY_RIS.get(w.toUpperCase()));

export const readCslType = (type: string) =>
  read(type, (w) => {
    const parsed = PublicationType.safeParse(w.toLowerCase());
    return parsed.success ? parsed.data : CSL_KIN[w.toLowerCase()];
  });
