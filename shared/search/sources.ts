import type { CollectionName, Member, RecordOf } from '../domain';
import { fold } from './normalize';
import type { FilterName } from './schema';

/**
 * What search reads from each record type. A new type in COLLECTIONS gets an
 * entry here (the type below insists) and search, filters, highlights and
 * explanations work for it without touching any other search code.
 */

export type FieldRole = 'title' | 'tags' | 'body';
export type FieldValue = string | readonly string[] | null | undefined;
export type FilterValue = string | number | readonly (string | number)[] | null | undefined;

export interface SearchField<R> {
  name: string;
  role: FieldRole;
  /** Multiplies the role's weight; 1 when absent. */
  boost?: number;
  get: (record: R) => FieldValue;
}

export interface SearchSource<R> {
  /** Words a user may type after `type:` (Dutch first). */
  aliases: readonly string[];
  title: (record: R) => string;
  fields: readonly SearchField<R>[];
  filters: Partial<Record<FilterName, (record: R) => FilterValue>>;
  /** Only records for which this holds are searchable at all (a learning entry only when shared with the network). */
  indexes?: (record: R) => boolean;
}

export const ROLE_WEIGHT: Record<FieldRole, number> = { title: 4, tags: 2.5, body: 1 };

/** A profile field its owner keeps private is not searchable by anyone. */
const shown =
  <K extends keyof Member>(key: K, value: (m: Member) => FieldValue = (m) => m[key] as FieldValue) =>
  (m: Member): FieldValue =>
    m.visibility === 'prive' || m.fieldVisibility[key as keyof Member['fieldVisibility']] === 'prive' ? null : value(m);

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** Record types that are never searched: a POP and received badges are found from their owner's pages only. */
export type SearchableName = Exclude<CollectionName, 'pop' | 'badges'>;

export const SEARCH_SOURCES: { [C in SearchableName]: SearchSource<RecordOf<C>> } = {
  members: {
    aliases: ['collega', 'collegas', 'lid', 'leden', 'profiel', 'profielen', 'member', 'members'],
    title: (m) => m.name,
    fields: [
      { name: 'name', role: 'title', get: (m) => m.name },
      { name: 'expertise', role: 'tags', get: (m) => m.expertise },
      { name: 'offers', role: 'tags', boost: 0.8, get: shown('offers') },
      { name: 'function', role: 'body', get: shown('function') },
      { name: 'institution', role: 'body', boost: 0.6, get: (m) => m.institution },
      { name: 'team', role: 'body', boost: 0.6, get: (m) => m.team },
      { name: 'masterDegree', role: 'body', boost: 0.5, get: shown('masterDegree', (m) => (m.masterDegree ? [m.masterDegree.programme, m.masterDegree.institute] : null)) },
      { name: 'wants', role: 'body', boost: 0.5, get: shown('wants') },
      { name: 'bio', role: 'body', boost: 0.7, get: shown('bio') },
    ],
    filters: {
      institution: (m) => m.institution,
      area: (m) => m.areas,
      tag: (m) => [...m.expertise, ...textsOf(shown('offers')(m))],
      year: (m) => (shown('masterDegree')(m) ? (m.masterDegree?.year ?? null) : null),
    },
  },
  research: {
    aliases: ['onderzoek', 'onderzoeken', 'onderzoeksresultaat', 'research'],
    title: (r) => r.title,
    fields: [
      { name: 'title', role: 'title', get: (r) => r.title },
      { name: 'tags', role: 'tags', get: (r) => r.tags },
      { name: 'question', role: 'body', boost: 1.2, get: (r) => r.question },
      { name: 'summary', role: 'body', get: (r) => r.summary },
      { name: 'findings', role: 'body', get: (r) => r.findings },
      { name: 'method', role: 'body', boost: 0.6, get: (r) => r.method },
      { name: 'institution', role: 'body', boost: 0.6, get: (r) => r.institution },
      { name: 'publication', role: 'body', boost: 0.6, get: (r) => r.publication },
    ],
    filters: { institution: (r) => r.institution, area: (r) => r.area, tag: (r) => r.tags, status: (r) => r.status, year: (r) => r.year },
  },
  questions: {
    aliases: ['vraag', 'vragen', 'question', 'questions'],
    title: (q) => q.title,
    fields: [
      { name: 'title', role: 'title', get: (q) => q.title },
      { name: 'tags', role: 'tags', get: (q) => q.tags },
      { name: 'body', role: 'body', get: (q) => q.body },
      { name: 'answers', role: 'body', boost: 0.5, get: (q) => q.answers.map((a) => a.body) },
    ],
    filters: { area: (q) => q.area, tag: (q) => q.tags, status: (q) => q.status, year: (q) => yearOf(q.createdAt) },
  },
  sessions: {
    aliases: ['netwerkcafe', 'netwerkcafes', 'cafe', 'bijeenkomst', 'bijeenkomsten', 'sessie', 'sessies', 'session', 'sessions'],
    title: (s) => s.title,
    fields: [
      { name: 'title', role: 'title', get: (s) => s.title },
      { name: 'theme', role: 'tags', get: (s) => s.theme },
      { name: 'programme', role: 'body', boost: 1.2, get: (s) => s.programme.map((p) => p.title) },
      { name: 'description', role: 'body', get: (s) => s.description },
      { name: 'outcomes', role: 'body', get: (s) => s.outcomes },
      { name: 'notes', role: 'body', boost: 0.7, get: (s) => s.notes },
      { name: 'location', role: 'body', boost: 0.6, get: (s) => s.location },
    ],
    filters: { year: (s) => yearOf(s.start) },
  },
  plgs: {
    aliases: ['plg', 'plgs', 'leergemeenschap', 'leergemeenschappen'],
    title: (p) => p.name,
    fields: [
      { name: 'name', role: 'title', get: (p) => p.name },
      { name: 'description', role: 'body', get: (p) => p.description },
      { name: 'institutions', role: 'body', boost: 0.6, get: (p) => p.institutions },
    ],
    filters: { institution: (p) => p.institutions },
  },
  activities: {
    aliases: ['activiteit', 'activiteiten', 'activity', 'activities'],
    title: (a) => a.title,
    fields: [
      { name: 'title', role: 'title', get: (a) => a.title },
      { name: 'effectTags', role: 'tags', get: (a) => a.effectTags },
      { name: 'description', role: 'body', get: (a) => a.description },
      { name: 'effect', role: 'body', get: (a) => a.effect },
      { name: 'teams', role: 'body', boost: 0.6, get: (a) => a.teams },
      { name: 'institution', role: 'body', boost: 0.6, get: (a) => a.institution },
    ],
    filters: {
      institution: (a) => a.institution,
      area: (a) => a.area,
      tag: (a) => a.effectTags,
      status: (a) => a.phase,
      year: (a) => yearOf(a.startDate ?? a.createdAt),
    },
  },
  learning: {
    aliases: ['leerlog', 'leeractiviteit', 'leeractiviteiten', 'learning'],
    title: (l) => l.title,
    fields: [
      { name: 'title', role: 'title', get: (l) => l.title },
      { name: 'happened', role: 'body', get: (l) => l.happened },
      { name: 'leeropbrengsten', role: 'body', get: (l) => l.answers.leeropbrengsten },
      { name: 'doorwerking', role: 'body', boost: 0.8, get: (l) => l.answers.doorwerking },
    ],
    filters: { institution: (l) => l.institution, year: (l) => yearOf(l.date) },
    indexes: (l) => l.visibility === 'netwerk',
  },
};

export const SOURCE_NAMES = Object.keys(SEARCH_SOURCES) as CollectionName[];

export const isSearchable = (collection: string): collection is CollectionName => Object.hasOwn(SEARCH_SOURCES, collection);

/** The source of a collection, typed loosely: search code handles every type alike. */
export const sourceOf = (collection: CollectionName) => SEARCH_SOURCES[collection as SearchableName] as unknown as SearchSource<Record<string, unknown>>;

/** Whether a stored record belongs in the index: live, and passing its type's `indexes` rule. */
export const indexable = (collection: CollectionName, record: Record<string, unknown>): boolean =>
  record.deleted !== true && (sourceOf(collection).indexes?.(record) ?? true);

/** "onderzoek" → research, for `type:` in the search box. */
export function typeFromAlias(word: string): CollectionName | undefined {
  const folded = fold(word).replace(/[^a-z]/g, '');
  return SOURCE_NAMES.find((name) => name === folded || SEARCH_SOURCES[name as SearchableName].aliases.includes(folded));
}

/** A field's value as a list of texts. */
export const textsOf = (value: FieldValue): readonly string[] => (value == null ? [] : typeof value === 'string' ? [value] : value);
