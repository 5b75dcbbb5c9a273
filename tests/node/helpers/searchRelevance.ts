import { readFileSync } from 'node:fs';
import type { CollectionName } from '../../../shared/domain';
import { HybridClock } from '../../../shared/hlc';
import { generateDemo } from '../../../main/core/demo/generateDemo';
import { createRecord } from '../../../main/core/records';
import type { IndexedRecord } from '../../../main/core/search/searchIndex';

export interface CorpusEntry {
  type: CollectionName;
  record: IndexedRecord;
}

/**
 * The labelled relevance set (tests/fixtures/search-relevance.json) and its
 * scores: hit@3 (a grade-2 record among the first three) and nDCG@10.
 * Used by the benchmark for all engines and by the unit test for ours.
 */

interface Expectation {
  type: string;
  field: string;
  startsWith?: string;
  contains?: string;
  includes?: string;
  grade: number;
}

export interface Labelled {
  query: string;
  expect: Expectation[];
}

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/search-relevance.json', import.meta.url), 'utf8')) as {
  demoMembers: number;
  queries: Labelled[];
};

export const LABELLED: readonly Labelled[] = fixture.queries;

/** The demo network the labels were written for, as the app seeds it. */
export function demoEntries(): CorpusEntry[] {
  const ctx = { clock: new HybridClock('0123456789abcdef'), installId: '0123456789abcdef', now: () => new Date(Date.UTC(2026, 0, 1)) };
  const demo = generateDemo(fixture.demoMembers);
  return (['plgs', 'members', 'research', 'questions', 'sessions'] as const).flatMap((type) =>
    demo[type].map(({ id, fields }) => ({ type, record: createRecord(ctx, fields as unknown as Record<string, unknown>, { id, demo: true }) as CorpusEntry['record'] })),
  );
}

function gradeOf(expect: readonly Expectation[], entry: CorpusEntry): number {
  let grade = 0;
  for (const e of expect) {
    if (e.type !== entry.type) continue;
    const value = entry.record[e.field];
    const ok =
      (e.startsWith !== undefined && typeof value === 'string' && value.startsWith(e.startsWith)) ||
      (e.contains !== undefined && typeof value === 'string' && value.includes(e.contains)) ||
      (e.includes !== undefined && Array.isArray(value) && value.includes(e.includes));
    if (ok) grade = Math.max(grade, e.grade);
  }
  return grade;
}

export interface RelevanceScore {
  hitAt3: number;
  ndcgAt10: number;
  /** Queries whose first three held no grade-2 record. */
  misses: string[];
}

/** Scores a search function (query → ids, best first) on the labelled set. */
export function scoreRelevance(entries: readonly CorpusEntry[], search: (query: string) => string[]): RelevanceScore {
  const byId = new Map(entries.map((e) => [e.record.id, e]));
  let hits = 0;
  let ndcg = 0;
  const misses: string[] = [];
  for (const { query, expect } of LABELLED) {
    const ranked = search(query).slice(0, 10).map((id) => gradeOf(expect, byId.get(id)!));
    const ideal = entries.map((e) => gradeOf(expect, e)).filter((g) => g > 0).sort((a, b) => b - a).slice(0, 10);
    if (ranked.slice(0, 3).some((g) => g >= 2)) hits++;
    else misses.push(query);
    ndcg += dcg(ranked) / (dcg(ideal) || 1);
  }
  return { hitAt3: hits / LABELLED.length, ndcgAt10: ndcg / LABELLED.length, misses };
}

const dcg = (grades: number[]) => grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
