import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../main/core/search/engine';
import { demoEntries, LABELLED, scoreRelevance } from './helpers/searchRelevance';

describe('search relevance on the labelled Dutch queries', () => {
  it('puts an expected record in the first three for nearly every query', async () => {
    const entries = demoEntries();
    const engine = new SearchEngine();
    await engine.addAll(entries);
    const score = scoreRelevance(entries, (query) => engine.search({ text: query, limit: 10 }).map((r) => r.id));
    expect(LABELLED.length).toBeGreaterThanOrEqual(40);
    expect(score.hitAt3).toBeGreaterThanOrEqual(0.95);
    expect(score.ndcgAt10).toBeGreaterThanOrEqual(0.85);
  });
});
