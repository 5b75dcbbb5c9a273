import type { CollectionName, Member } from '../../../shared/domain';
import { buildBoard } from '../../../shared/search/marketplace';
import { fold } from '../../../shared/search/normalize';
import { parseQuery } from '../../../shared/search/query';
import { SearchQuery, type Expert, type ExpertsResult, type FilterName, type MarketplaceBoard, type SearchFilters, type SearchResult } from '../../../shared/search/schema';
import { SOURCE_NAMES } from '../../../shared/search/sources';
import { run, Scratch, type Hit } from './execute';
import { explain } from './explain';
import { findExperts } from './experts';
import { planClause, type Clause } from './queryPlan';
import { rerankByTitle, RERANK_POOL } from './rerank';
import { SearchIndex, type IndexedRecord } from './searchIndex';

/**
 * Local search over every searchable collection: the index plus query
 * parsing, filtering, ranking and explanation. One per open app.
 */
export type IndexChange = { type: CollectionName; record: IndexedRecord } | { id: string };

const BACKGROUND_CHUNK = 500;
/** Query plans kept for words typed again (the first letters of every query, above all). */
const PLAN_CACHE = 512;
/** Plans of words this short are kept until the index changes: every query starts with one, and they have the most completions. */
const SHORT_WORD = 2;

export class SearchEngine {
  private current = new SearchIndex();
  private readonly scratch = new Scratch();
  /** Work to finish before the index can answer (loading or building it), one step at a time. */
  private loading: Iterator<unknown> | null = null;
  private loaded: Promise<void> = Promise.resolve();
  /**
   * Plans of recently typed words, valid while the index is unchanged: a
   * word of one or two letters has thousands of completions, and every
   * query starts with one.
   */
  private readonly plans = new Map<string, Clause>();
  private plansFor = -1;
  /** Changes of large commits (imports, demo data), indexed between other work; every read catches up first. */
  private backlog: IndexChange[] = [];
  private draining = false;

  get index(): SearchIndex {
    return this.current;
  }

  /** Puts a restored index in place of the current (empty) one. */
  replaceIndex(index: SearchIndex): void {
    this.current = index;
    this.plans.clear();
    this.plansFor = -1;
  }

  /** Whether the index has everything: nothing left to load, nothing queued. */
  get ready(): boolean {
    return this.loading === null && this.backlog.length === 0;
  }

  /**
   * Loads or builds the index through `steps`: in the background, with the
   * event loop free between steps (a step may yield a promise to wait for,
   * such as a file being read), or — when a read comes first — at once, so
   * a search never answers from half an index. Resolves when done.
   */
  load(steps: Iterator<unknown>, background: boolean): Promise<void> {
    this.loading = steps;
    if (!background) return (this.loaded = Promise.resolve());
    return (this.loaded = (async () => {
      while (this.loading === steps) {
        const step = steps.next();
        if (step.done === true) {
          this.loading = null;
          break;
        }
        await (step.value instanceof Promise ? step.value : new Promise<void>((resolve) => setImmediate(resolve)));
      }
    })());
  }

  /** Resolves once the index is loaded: what a caller that can wait awaits, leaving the event loop free meanwhile. */
  whenReady(): Promise<void> {
    return this.loaded;
  }

  /** Stops loading (the app is closing); reads after this see what is there. */
  cancelLoad(): void {
    this.loading = null;
  }

  upsert(type: CollectionName, record: IndexedRecord): void {
    this.index.upsert(type, record);
  }

  remove(id: string): void {
    this.index.remove(id);
  }

  /**
   * Applies changes now, or — for a large commit, so the import that made it
   * is not held up — in the background. Order is kept: while a backlog
   * exists, later changes queue behind it.
   */
  change(changes: IndexChange[], background: boolean): void {
    if (!background && this.backlog.length === 0) return this.applyChanges(changes);
    this.backlog.push(...changes);
    if (!this.draining) void this.drain();
  }

  /** Indexes whatever is still queued, at once: called before every read. */
  flush(): void {
    const steps = this.loading;
    if (steps) {
      this.loading = null;
      while (steps.next().done !== true);
    }
    this.applyChanges(this.backlog.splice(0));
  }

  private async drain(): Promise<void> {
    this.draining = true;
    while (this.backlog.length > 0) {
      this.applyChanges(this.backlog.splice(0, BACKGROUND_CHUNK));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    this.draining = false;
  }

  private applyChanges(changes: IndexChange[]): void {
    for (const change of changes) {
      try {
        if ('record' in change) this.upsert(change.type, change.record);
        else this.remove(change.id);
      } catch (error) {
        // The commit is durable already; a record search cannot read must not fail it.
        console.error('search: could not index a record', error);
      }
    }
  }

  addAll(entries: Iterable<{ type: CollectionName; record: IndexedRecord }>, pause?: () => Promise<void>): Promise<void> {
    return this.index.addAll(entries, pause);
  }

  get count(): number {
    this.flush();
    return this.index.count;
  }

  search(input: SearchQuery): SearchResult[] {
    this.flush();
    const query = SearchQuery.parse(input);
    const parsed = parseQuery(query.text);
    const types = allowedTypes(query.types, parsed.types);
    const accept = this.acceptor(types, { ...query.filters, ...parsed.filters });
    if (parsed.words.length === 0) return this.browse(accept, query.limit);
    const clauses = this.plan(parsed.words);
    if (clauses.length === 0) return [];
    const buckets = query.perType ? types : null;
    const options = {
      // A few more than shown, so the title rule below has candidates to reorder.
      k: Math.max(query.perType ?? query.limit, RERANK_POOL),
      buckets: buckets?.length ?? 1,
      bucketOf: buckets ? (slot: number) => buckets.indexOf(SOURCE_NAMES[this.index.docType[slot]!]!) : () => 0,
      accept,
    };
    let hits = run(this.index, this.scratch, clauses, driverOf(clauses), { ...options, requireAll: true });
    if (hits.length === 0 && clauses.filter((c) => !c.optional).length > 1) hits = this.anyWord(clauses, options);
    return rerankByTitle(this.index, clauses, hits)
      .slice(0, query.limit)
      .map((hit) => explain(this.index, clauses, hit));
  }

  /** Clauses for the typed words; a word that matches nothing at all is let go when others match. */
  plan(words: Parameters<typeof planClause>[1][]): Clause[] {
    const clauses = words.map((word) => this.planWord(word));
    const useful = clauses.filter((c) => c.size > 0);
    return useful.some((c) => !c.optional) ? useful : [];
  }

  /** Forgets every cached plan (the benchmark measures keystrokes without them, too). */
  clearPlanCache(): void {
    this.plans.clear();
  }

  private planWord(word: Parameters<typeof planClause>[1]): Clause {
    if (this.plansFor !== this.index.version) {
      this.plans.clear();
      this.plansFor = this.index.version;
    }
    const key = `${word.prefix ? 1 : 0}${word.optional ? 1 : 0}${word.term}\u0000${word.groups.join('\u0000')}`;
    let clause = this.plans.get(key);
    // Most recently used last; the least recently used long word goes first, short ones stay.
    if (clause) this.plans.delete(key);
    else clause = planClause(this.index, word);
    this.plans.set(key, clause);
    if (this.plans.size > PLAN_CACHE) {
      let victim: string | undefined;
      for (const [old, plan] of this.plans) {
        victim ??= old;
        if (plan.word.term.length > SHORT_WORD) {
          victim = old;
          break;
        }
      }
      this.plans.delete(victim!);
    }
    return clause;
  }

  /** Every document matching all clauses (for evidence, not for the search box). */
  matchAll(clauses: Clause[], accept: (slot: number) => boolean): Hit[] {
    if (clauses.length === 0) return [];
    return run(this.index, this.scratch, clauses, driverOf(clauses), { k: Number.MAX_SAFE_INTEGER, buckets: 1, bucketOf: () => 0, accept, requireAll: true });
  }

  acceptor(types: readonly CollectionName[], filters: SearchFilters): (slot: number) => boolean {
    const typeOk = SOURCE_NAMES.map((name) => types.includes(name));
    const checks = Object.entries(filters)
      .filter(([name, value]) => name !== 'demo' && value !== undefined)
      .map(([name, value]) => {
        const wanted = fold(String(value)).trim();
        const loose = name === 'institution' || name === 'tag';
        return (slot: number) => this.index.filtersAt(slot)?.[name as FilterName]?.some((v) => (loose ? v.includes(wanted) : v === wanted)) === true;
      });
    const noDemo = filters.demo === false;
    return (slot) => typeOk[this.index.docType[slot]!] === true && (!noDemo || this.index.records[slot]?.demo !== true) && checks.every((check) => check(slot));
  }

  /** Members ranked by evidence of knowing `topic`, with the evidence. */
  experts(topic: string, limit = 10): Expert[] {
    return this.expertsCounted(topic, limit).experts;
  }

  /** The same, with how many colleagues have evidence in all (the page says the true count, not the limit). */
  expertsCounted(topic: string, limit = 10): ExpertsResult {
    this.flush();
    return findExperts(this, topic, limit);
  }

  /** The marketplace board over every member's offers and wants. */
  marketplace(): MarketplaceBoard {
    this.flush();
    const members = SOURCE_NAMES.indexOf('members');
    return buildBoard(this.index.records.filter((r, slot) => r !== undefined && this.index.docType[slot] === members) as unknown as Member[]);
  }

  /** When no record has every word: records with most of them, best first. */
  private anyWord(clauses: Clause[], options: Omit<Parameters<typeof run>[4], 'requireAll'>): Hit[] {
    const merged = new Map<number, Hit>();
    clauses.forEach((clause, driver) => {
      if (clause.optional) return;
      for (const hit of run(this.index, this.scratch, clauses, driver, { ...options, requireAll: false })) merged.set(hit.slot, hit);
    });
    return [...merged.values()].sort((a, b) => popcount(b.matched) - popcount(a.matched) || b.score - a.score || a.slot - b.slot);
  }

  /** Filters only: the most recently changed records that pass them. */
  private browse(accept: (slot: number) => boolean, limit: number): SearchResult[] {
    const hits: Array<{ slot: number; at: string }> = [];
    for (let slot = 0; slot < this.index.slotCount; slot++) {
      const record = this.index.records[slot];
      if (record && accept(slot)) hits.push({ slot, at: String(record.updatedAt ?? '') });
    }
    hits.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.slot - b.slot));
    return hits.slice(0, limit).map(({ slot }) => explain(this.index, [], { slot, score: 0, matched: 0 }));
  }
}

/** The cheapest required clause drives the query; the others are checked per document. */
function driverOf(clauses: readonly Clause[]): number {
  let best = -1;
  clauses.forEach((c, i) => {
    if (!c.optional && (best < 0 || c.cost < clauses[best]!.cost)) best = i;
  });
  return best < 0 ? 0 : best;
}

function allowedTypes(asked: readonly CollectionName[] | undefined, typed: readonly CollectionName[]): CollectionName[] {
  let types = [...SOURCE_NAMES];
  if (asked && asked.length > 0) types = types.filter((t) => asked.includes(t));
  if (typed.length > 0) types = types.filter((t) => typed.includes(t));
  return types;
}

function popcount(n: number): number {
  let count = 0;
  for (let v = n; v; v &= v - 1) count++;
  return count;
}
