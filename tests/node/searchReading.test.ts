import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../main/core/search/engine';
import { run, Scratch, type Hit } from '../../main/core/search/execute';
import type { Clause } from '../../main/core/search/queryPlan';
import type { IndexedRecord, SearchIndex } from '../../main/core/search/searchIndex';
import { parseQuery } from '../../shared/search/query';
import { SOURCE_NAMES } from '../../shared/search/sources';
import { demoEntries, type CorpusEntry } from './helpers/searchRelevance';

/**
 * Search reads as little as it can: a typed prefix is a range of the sorted
 * vocabulary, every word's postings are read in turns and reading stops
 * early, other words are scored by a scan or by one pass over their
 * postings. Whatever it skips, the answer must be the one a search that
 * scores every record on every word would give — the same records, the same
 * scores, ties to the earlier record.
 */

const K = 12;

/** Questions that share words and whole titles: ties, and two common words that meet in few records. */
function crowd(): CorpusEntry[] {
  const words = ['werkvorm', 'werkveld', 'werkplek', 'werken', 'effect', 'effectief', 'stage', 'feedback', 'formatief', 'handelen', 'digitalisering', 'welzijn'];
  return Array.from({ length: 400 }, (_, i) => {
    const pick = (n: number) => words[(i * (n + 3) + n * n) % words.length]!;
    const title = i % 10 === 0 ? 'Effect van een werkvorm op de stage' : `${pick(1)} ${pick(2)} in het ${pick(3)}`;
    const record = { id: `q-crowd-${String(i).padStart(4, '0')}`, rev: '1', title, body: `${pick(4)} en ${pick(5)} ${pick(6)}`, tags: [pick(7)], authorId: 'm', status: 'open', answers: [], acceptedAnswerId: null, area: null };
    return { type: 'questions' as const, record: record as unknown as IndexedRecord };
  });
}

/** Every live record scored on every clause from its own terms: the answer to match. */
function scoreEverything(index: SearchIndex, clauses: readonly Clause[], buckets: number, bucketOf: (slot: number) => number): Hit[] {
  const required = clauses.reduce((mask, c, i) => (c.optional ? mask : mask | (1 << i)), 0);
  const all: Hit[] = [];
  for (let slot = 0; slot < index.slotCount; slot++) {
    const terms = index.docTerms[slot];
    const imps = index.docImps[slot];
    if (!terms || !imps) continue;
    let matched = 0;
    let score = 0;
    clauses.forEach((clause, ci) => {
      let best = 0;
      terms.forEach((id, t) => (best = Math.max(best, clause.factorOf(id) * imps[t]!)));
      if (best > 0) {
        matched |= 1 << ci;
        score += best;
      }
    });
    if ((matched & required) === required) all.push({ slot, score, matched });
  }
  all.sort((a, b) => b.score - a.score || a.slot - b.slot);
  const kept = Array.from({ length: buckets }, () => 0);
  return all.filter((hit) => kept[bucketOf(hit.slot)]!++ < K);
}

const QUERIES = ['w', 'e', 'we', 'werk', 'werkv', 'effect w', 'effect werk', 'effect werkvorm', 'werkvorm effect', 'de stage', 'feedback st', 'formatief h', 'stage feedback werk', 'welzijn s', 'intervisie', 'formatief handelen', 'digitaliserign', 'ai in het'];
/** Summing every other clause, marking every required one, and the default mix. */
const SUM_LIMITS = [Number.POSITIVE_INFINITY, 0, undefined];

function expectSameAsScoringEverything(engine: SearchEngine, queries: readonly string[]): void {
  const typeIndex = (slot: number) => engine.index.docType[slot]!;
  for (const text of queries) {
    const clauses = engine.plan(parseQuery(text).words);
    expect(clauses.length, text).toBeGreaterThan(0);
    for (const [buckets, bucketOf] of [[1, () => 0], [SOURCE_NAMES.length, typeIndex]] as const) {
      const expected = scoreEverything(engine.index, clauses, buckets, bucketOf);
      expect(expected.length, text).toBeGreaterThan(0);
      for (const sumLimit of SUM_LIMITS) {
        const drivers = clauses.map((_, i) => i).filter((i) => !clauses[i]!.optional);
        for (const driver of drivers) {
          const hits = run(engine.index, new Scratch(), clauses, driver, { k: K, buckets, bucketOf, accept: () => true, requireAll: true, sumLimit });
          expect(hits, `"${text}", ${buckets} bucket(s), sum limit ${sumLimit}, driver ${driver}`).toEqual(expected);
        }
      }
    }
  }
}

describe('search reading only what it must', () => {
  it('answers every keystroke as scoring every record on every word would: same records, same scores, ties to the earlier one', async () => {
    const engine = new SearchEngine();
    await engine.addAll([...demoEntries(), ...crowd()]);
    expectSameAsScoringEverything(engine, QUERIES);
  });

  it('stays exact after records come and go: a new word is a completion at once, a removed record is never read', async () => {
    const engine = new SearchEngine();
    await engine.addAll([...demoEntries(), ...crowd()]);
    // Warm the plans of short prefixes, which are kept until the index changes.
    for (const text of ['w', 'we', 'wer']) engine.search({ text, limit: 10 });
    const added = { id: 'q-new-0001', rev: '2', title: 'Werkvormenbank voor de werkplaats', body: 'Een werkvormenbank met feedback.', tags: ['werkvormenbank'], authorId: 'm', status: 'open', answers: [], acceptedAnswerId: null, area: null } as unknown as IndexedRecord;
    engine.upsert('questions', added);
    engine.remove('q-crowd-0000');
    expect(engine.search({ text: 'werkvormenb', limit: 5 })[0]?.id).toBe('q-new-0001');
    expect(engine.search({ text: 'effect van een werkvorm op de', limit: 50 }).map((r) => r.id)).not.toContain('q-crowd-0000');
    expectSameAsScoringEverything(engine, ['w', 'we', 'wer', 'werkvormenb', 'feedback werkv', 'effect werk']);
  });
});
