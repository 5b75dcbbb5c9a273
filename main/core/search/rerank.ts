import type { Hit } from './execute';
import type { Clause } from './queryPlan';
import type { SearchIndex } from './searchIndex';

/**
 * A record whose title carries all the typed words is what the user is
 * looking for more often than one that has them spread over its fields, so
 * the best candidates are reordered by how many of the words their title
 * holds. Cheap: only the pool of best candidates is looked at.
 */

export const RERANK_POOL = 40;
const TITLE_BONUS = 0.6;

export function rerankByTitle(index: SearchIndex, clauses: readonly Clause[], hits: Hit[]): Hit[] {
  if (clauses.length === 0) return hits;
  const rescored = hits.map((hit) => {
    const coverage = clausesHolding(index.titleTermsAt(hit.slot), clauses) / clauses.length;
    return { ...hit, score: hit.score * (1 + TITLE_BONUS * coverage * coverage) };
  });
  return rescored.sort((a, b) => b.score - a.score || a.slot - b.slot);
}

/** How many of the clauses find a term of their own in `text`. */
export function clausesMatchedBy(index: SearchIndex, text: string, clauses: readonly Clause[]): number {
  return clausesHolding(index.termIdsOf(text), clauses);
}

function clausesHolding(ids: readonly number[], clauses: readonly Clause[]): number {
  let matched = 0;
  for (const clause of clauses) if (ids.some((id) => clause.has(id))) matched++;
  return matched;
}
