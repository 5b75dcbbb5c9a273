import { isStopword } from './dutchWords';
import { fold, MIN_TERM_LENGTH, tokenize } from './normalize';
import type { FilterName, SearchFilters } from './schema';
import { findSynonyms } from './synonyms';
import { typeFromAlias } from './sources';
import type { CollectionName } from '../domain';

/**
 * The search box's little language: words (the last one may still be being
 * typed, so it also matches as a prefix), "quoted words" (never a prefix) and
 * filters such as `type:onderzoek`, `instelling:rijnland`, `jaar:2024`,
 * `tag:"formatief handelen"`.
 */

export interface QueryWord {
  /** Folded: "Ünal" → "unal". */
  term: string;
  /** Still being typed: also matches words that start with it. */
  prefix: boolean;
  /** Synonym groups whose phrase this word is part of. */
  groups: string[];
  /** A stopword still being typed next to real words: it may rank, it may not exclude. */
  optional: boolean;
}

export interface ParsedQuery {
  words: QueryWord[];
  filters: SearchFilters;
  types: CollectionName[];
}

const FILTER_ALIASES: Record<string, FilterName | 'type'> = {
  type: 'type', soort: 'type',
  instelling: 'institution', institution: 'institution', school: 'institution',
  gebied: 'area', area: 'area',
  tag: 'tag', trefwoord: 'tag', expertise: 'tag',
  status: 'status',
  jaar: 'year', year: 'year',
};

const FILTER = /(?:^|\s)([a-z]+):(?:"([^"]*)"?|(\S+))/gi;
const QUOTED = /"([^"]*)("?)/g;

export function parseQuery(input: string): ParsedQuery {
  const filters: SearchFilters = {};
  const types: CollectionName[] = [];
  const rest = input.replace(FILTER, (whole, key: string, quoted: string | undefined, plain: string | undefined) => {
    const name = FILTER_ALIASES[fold(key)];
    const value = (quoted ?? plain ?? '').trim();
    if (!name || !value) return whole;
    if (name === 'type') {
      const type = typeFromAlias(value);
      if (type) types.push(type);
    } else if (name === 'year') {
      const year = Number(value);
      if (Number.isInteger(year)) filters.year = year;
    } else {
      filters[name] = value;
    }
    return ' ';
  });

  const words: Array<{ term: string; prefix: boolean }> = [];
  let last = 0;
  const addPlain = (text: string, openEnd: boolean) => {
    const found = tokenize(text, 1);
    found.forEach((term, i) => words.push({ term, prefix: openEnd && i === found.length - 1 }));
  };
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(rest); m; m = QUOTED.exec(rest)) {
    addPlain(rest.slice(last, m.index), false);
    // An unclosed quote is still being typed.
    const closed = m[2] === '"';
    addPlain(m[1]!, !closed && m.index + m[0].length === rest.length);
    last = m.index + m[0].length;
  }
  const tail = rest.slice(last);
  addPlain(tail, tail.length > 0 && !/\s$/.test(tail));

  const groups = words.map((): string[] => []);
  for (const match of findSynonyms(words.map((w) => w.term), words.at(-1)?.prefix ?? false)) {
    for (let i = match.from; i < match.to; i++) groups[i]!.push(match.group);
  }
  const all = words.map((w, i) => ({ ...w, groups: groups[i]!, optional: false }));
  // Stopwords and single letters say little, unless they are all there is
  // or the word is still being typed ("de" may become "deskundigheid").
  const meaningful = all.filter((w) => w.prefix || (!isStopword(w.term) && w.term.length >= MIN_TERM_LENGTH) || w.groups.length > 0);
  const kept = meaningful.length > 0 ? meaningful : all;
  const hasContent = kept.some((w) => !isStopword(w.term));
  return { words: kept.map((w) => ({ ...w, optional: hasContent && w.prefix && isStopword(w.term) })), filters, types };
}
