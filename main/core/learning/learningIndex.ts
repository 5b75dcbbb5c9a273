import type { TeamOverview } from '../../../shared/contract';
import type { LearningEntry } from '../../../shared/domain';
import type { DocumentStore } from '../store/documentStore';
import type { StoreOp } from '../store/journal';
import { teamOverview, type TeamOverviewOptions } from './teamOverview';

/** What the team overview counts of one entry, and what the one-click café log looks up. */
export type Counted = Pick<LearningEntry, 'visibility' | 'deleted' | 'institution' | 'team' | 'date' | 'kind' | 'contributor'>;
interface Slim extends Counted {
  ownerId: string | null;
  sessionId: string | null;
}

/**
 * A small in-memory view of the learning log, kept in step with every commit
 * (like the search index): the entries shared in aggregate, each owner's
 * contributor token and which cafés they logged. The team overview and the
 * one-click log then never walk all entries (docs/performance.md).
 */
export class LearningIndex {
  private readonly byId = new Map<string, Slim>();
  private readonly aggregated = new Map<string, Slim>();
  private readonly tokens = new Map<string, string>();
  private readonly logged = new Map<string, string>();
  private readonly overviews = new Map<string, TeamOverview>();
  /** Goes up with every change to the learning log, so a cached overview is never stale. */
  private version = 0;

  constructor(store: DocumentStore) {
    for (const record of store.all('learning')) this.put(record as unknown as LearningEntry);
    store.onChange((_collections, ops) => this.apply(ops));
  }

  /** The team overview for these options; computed once per version of the learning log. */
  overview(options: TeamOverviewOptions): TeamOverview {
    const key = JSON.stringify([this.version, options.team ?? null, options.institution ?? null, options.period?.from ?? null, options.period?.to ?? null]);
    let overview = this.overviews.get(key);
    if (!overview) {
      if (this.overviews.size >= 16) this.overviews.clear();
      this.overviews.set(key, (overview = teamOverview(this.aggregated.values(), options)));
    }
    return structuredClone(overview);
  }

  /** The token this owner's entries already carry here, if any. */
  contributorOf(ownerId: string): string | undefined {
    return this.tokens.get(ownerId);
  }

  /** The live entry in which this owner logged this café, if any. */
  sessionEntry(ownerId: string, sessionId: string): string | undefined {
    return this.logged.get(`${ownerId}|${sessionId}`);
  }

  private apply(ops: readonly StoreOp[]): void {
    for (const op of ops) {
      if (op.collection !== 'learning') continue;
      this.version++;
      this.overviews.clear();
      if (op.kind === 'put') this.put(op.record as unknown as LearningEntry);
      else this.drop(op.id);
    }
  }

  private put(entry: LearningEntry): void {
    this.drop(entry.id);
    const { visibility, deleted, institution, team, date, kind, contributor, ownerId } = entry;
    const slim: Slim = { visibility, deleted, institution, team, date, kind, contributor, ownerId, sessionId: entry.links.sessionId };
    this.byId.set(entry.id, slim);
    // A token stays the owner's even after an entry is deleted: it must not change under them.
    if (ownerId && !this.tokens.has(ownerId)) this.tokens.set(ownerId, contributor);
    if (deleted) return;
    if (visibility === 'aggregaat') this.aggregated.set(entry.id, slim);
    if (ownerId && slim.sessionId) this.logged.set(`${ownerId}|${slim.sessionId}`, entry.id);
  }

  private drop(id: string): void {
    const old = this.byId.get(id);
    if (!old) return;
    this.byId.delete(id);
    this.aggregated.delete(id);
    if (old.ownerId && old.sessionId && this.logged.get(`${old.ownerId}|${old.sessionId}`) === id) this.logged.delete(`${old.ownerId}|${old.sessionId}`);
  }
}

const indexes = new WeakMap<DocumentStore, LearningIndex>();

/** The index of a store, built on first use and then kept up to date. */
export function learningIndex(store: DocumentStore): LearningIndex {
  let index = indexes.get(store);
  if (!index) indexes.set(store, (index = new LearningIndex(store)));
  return index;
}
