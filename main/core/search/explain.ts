import { splitCompound } from '../../../shared/search/compounds';
import { eachToken, mayHoldAny } from '../../../shared/search/normalize';
import type { MatchKind, MatchReason, Range, SearchResult } from '../../../shared/search/schema';
import { SOURCE_NAMES, sourceOf, textsOf } from '../../../shared/search/sources';
import { findSynonyms, groupsOfWord, isGroupTerm } from '../../../shared/search/synonyms';
import { IMPACT_SCALE } from './postings';
import type { Clause } from './queryPlan';
import type { SearchIndex } from './searchIndex';
import type { Hit } from './execute';

/**
 * Turns a hit into what the user sees: the title with the matched words
 * marked, a snippet from the best other field, and why it was found (which
 * field, which words, matched how). Only run for the results shown.
 */

const SNIPPET_LENGTH = 180;
const LIST_SEPARATOR = ' · ';

interface Mark {
  start: number;
  end: number;
  via: MatchKind;
}

export function explain(index: SearchIndex, clauses: readonly Clause[], hit: Hit): SearchResult {
  const record = index.records[hit.slot]!;
  const type = SOURCE_NAMES[index.docType[hit.slot]!]!;
  const source = sourceOf(type);
  const matched = matchedTerms(index, clauses, hit.slot);
  const title = source.title(record);
  const why: MatchReason[] = [];
  let best: { text: string; marks: Mark[]; score: number } | null = null;
  for (const field of source.fields) {
    const texts = textsOf(field.get(record));
    if (texts.length === 0) continue;
    const text = texts.join(LIST_SEPARATOR);
    const marks = markMatches(text, matched);
    if (marks.length > 0) why.push(...reasons(field.name, text, marks));
    if (field.role === 'title') continue;
    const score = marks.length * (field.role === 'tags' ? 1.5 : 1);
    if (!best || score > best.score || (best.text.trim() === '' && text.trim() !== '')) best = { text, marks, score };
  }
  const snippet = best ? window(best.text, best.marks) : { text: '', ranges: [] };
  return {
    type,
    id: record.id,
    title,
    score: Math.round((hit.score / IMPACT_SCALE) * 1000) / 1000,
    why,
    snippet: snippet.text,
    highlights: { title: markMatches(title, matched).map(toRange), snippet: snippet.ranges },
    demo: record.demo === true,
  };
}

/** The terms of this document that some clause matched, with how they matched. */
function matchedTerms(index: SearchIndex, clauses: readonly Clause[], slot: number): Map<string, MatchKind> {
  const out = new Map<string, MatchKind>();
  const terms = index.docTerms[slot]!;
  for (const id of terms) {
    for (const clause of clauses) {
      const via = clause.viaOf(id);
      if (via && !out.has(index.vocab.terms[id]!)) out.set(index.vocab.terms[id]!, via);
    }
  }
  return out;
}

/** Where in `text` the matched terms are: whole words, compounds by a matched part, and synonym phrases. */
export function markMatches(text: string, matched: ReadonlyMap<string, MatchKind>): Mark[] {
  // Most fields of a result hold none of the matched words: a substring test spares taking them apart.
  if (!hasGroupTerm(matched) && !mayHoldAny(text, matched.keys())) return [];
  const marks: Mark[] = [];
  const words: string[] = [];
  const spans: Array<[number, number]> = [];
  eachToken(text, (term, start, end, kind) => {
    if (kind === 0) {
      words.push(term);
      spans.push([start, end]);
    }
    const direct = matched.get(term);
    if (direct) {
      marks.push({ start, end, via: direct });
      return;
    }
    if (kind === 1) return;
    for (const part of splitCompound(term)) {
      const byPart = matched.get(part) ?? (groupsOfWord(part).some((g) => matched.has(g)) ? 'synonym' : undefined);
      if (byPart) {
        marks.push({ start, end, via: byPart === 'typo' || byPart === 'synonym' ? byPart : 'compound' });
        return;
      }
    }
  });
  for (const match of findSynonyms(words)) {
    if (!matched.has(match.group)) continue;
    for (let i = match.from; i < match.to; i++) {
      const [start, end] = spans[i]!;
      if (!marks.some((m) => m.start <= start && m.end >= end)) marks.push({ start, end, via: 'synonym' });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}

function hasGroupTerm(matched: ReadonlyMap<string, MatchKind>): boolean {
  for (const term of matched.keys()) if (isGroupTerm(term)) return true;
  return false;
}

function reasons(field: string, text: string, marks: Mark[]): MatchReason[] {
  const byVia = new Map<MatchKind, Set<string>>();
  for (const mark of marks) {
    const words = byVia.get(mark.via) ?? byVia.set(mark.via, new Set()).get(mark.via)!;
    words.add(text.slice(mark.start, mark.end));
  }
  return [...byVia].map(([via, words]) => ({ field, words: [...words], via }));
}

const toRange = (mark: Mark): Range => [mark.start, mark.end];

/** About SNIPPET_LENGTH characters around the first match, cut at word boundaries. */
function window(text: string, marks: Mark[]): { text: string; ranges: Range[] } {
  if (text.length <= SNIPPET_LENGTH) return { text, ranges: marks.map(toRange) };
  const first = marks[0]?.start ?? 0;
  let start = Math.max(0, first - 50);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const lead = start > 0 ? '…' : '';
  const body = lead + text.slice(start, end) + (end < text.length ? '…' : '');
  const ranges = marks.filter((m) => m.start >= start && m.end <= end).map((m): Range => [m.start - start + lead.length, m.end - start + lead.length]);
  return { text: body, ranges };
}
