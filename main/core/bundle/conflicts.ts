import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../../shared/domain';
import { Id } from '../../../shared/ids';
import { Conflict } from '../../../shared/merge';
import type { ExchangeHost } from './host';
import type { AppContext } from '../app';
import { ServiceError } from '../dispatch';
import { resolveField } from '../records';
import type { StoredRecord } from '../store/documentStore';
import type { StoreOp } from '../store/journal';
import { LOCAL } from './limits';

/** A conflict as the conflicts page shows it: the record's title, and a name for every id its two values refer to. */
export interface ConflictView {
  conflict: Conflict;
  title: string;
  names: Record<string, string>;
}

/** Conflicts waiting for the user, oldest first. */
export function listConflicts(app: ExchangeHost): Conflict[] {
  return app.store
    .all(LOCAL.conflicts)
    .flatMap((r) => {
      const parsed = Conflict.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.detectedAt.localeCompare(b.detectedAt) || a.id.localeCompare(b.id));
}

const isCollection = (name: string): name is CollectionName => Object.hasOwn(COLLECTIONS, name);

/** What people call a record: a profile's or PLG's name, otherwise its title; the id when it is not on this install. */
export function recordTitle(app: AppContext, collection: string, id: string): string {
  if (!isCollection(collection)) return id;
  const record = app.repos[collection].findAny(id) as Record<string, unknown> | undefined;
  return String(record?.name ?? record?.title ?? id);
}

const EXCERPT = 80;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text);

/** Every id in a value, however deep (lists of ids, programme items, attendees, actions). */
function idsIn(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string' && Id.safeParse(value).success) into.add(value);
  else if (Array.isArray(value)) for (const item of value) idsIn(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) idsIn(item, into);
  return into;
}

/**
 * Names for the ids both values of a conflict refer to: profiles, PLGs,
 * research, questions by their title, a question's answers by their first
 * words. Ids of nothing on this install are left out (the page says so).
 */
function namesFor(app: AppContext, conflict: Conflict): Record<string, string> {
  const names: Record<string, string> = {};
  const answers = [conflict.local.value, conflict.incoming.value, app.store.get(conflict.collection, conflict.recordId)?.answers]
    .flatMap((v) => (Array.isArray(v) ? v : []))
    .filter((a): a is { id: string; body: string } => typeof a?.id === 'string' && typeof a?.body === 'string');
  if (conflict.collection === 'questions') for (const answer of answers) names[answer.id] = excerpt(answer.body);
  for (const id of idsIn([conflict.local.value, conflict.incoming.value], new Set())) {
    if (names[id]) continue;
    const collection = COLLECTION_NAMES.find((c) => app.repos[c].findAny(id));
    if (collection) names[id] = recordTitle(app, collection, id);
  }
  return names;
}

/** The pending conflicts, of one record or all, as the conflicts page and a record's banner show them. */
export function describeConflicts(app: AppContext, recordId?: string): ConflictView[] {
  return listConflicts(app)
    .filter((c) => recordId === undefined || c.recordId === recordId)
    .map((conflict) => ({ conflict, title: recordTitle(app, conflict.collection, conflict.recordId), names: namesFor(app, conflict) }));
}

/**
 * The store operations that settle these conflicts with the given side: each
 * pick is a new local edit of its field (so it travels and wins on the other
 * installs too), picks on the same record build on each other, and every
 * conflict is closed.
 */
function resolutionOps(app: ExchangeHost, conflicts: readonly Conflict[], pick: 'local' | 'incoming'): StoreOp[] {
  const records = new Map<string, { collection: CollectionName; record: StoredRecord }>();
  const purges: StoreOp[] = [];
  for (const conflict of conflicts) {
    purges.push({ kind: 'purge', collection: LOCAL.conflicts, id: conflict.id });
    if (!isCollection(conflict.collection)) continue;
    const key = `${conflict.collection}/${conflict.recordId}`;
    const current = records.get(key)?.record ?? app.store.get(conflict.collection, conflict.recordId);
    if (!current) continue;
    const { record: schema } = COLLECTIONS[conflict.collection];
    const next = resolveField(app.records, schema.parse(current), conflict.field, conflict[pick].value, conflict.incoming.rev);
    records.set(key, { collection: conflict.collection, record: schema.parse(next) as StoredRecord });
  }
  return [...[...records.values()].map(({ collection, record }): StoreOp => ({ kind: 'put', collection, record })), ...purges];
}

/** The user's pick for one conflict: written as a new local edit of the field, and the conflict is closed. */
export async function resolveConflict(app: ExchangeHost, id: string, pick: 'local' | 'incoming'): Promise<Conflict> {
  const parsed = Conflict.safeParse(app.store.get(LOCAL.conflicts, id));
  if (!parsed.success) throw new ServiceError('not_found', `No conflict with id ${id}`);
  await app.store.commit(resolutionOps(app, [parsed.data], pick));
  return parsed.data;
}

/**
 * "Alles van mij houden" (local) or "Alles van hen overnemen" (incoming):
 * the pending conflicts settled with the same side, in one atomic commit,
 * each exactly as `resolveConflict` would. With `ids`, only those (what the
 * user saw when choosing; any settled meanwhile are skipped).
 */
export async function resolveAllConflicts(app: ExchangeHost, pick: 'local' | 'incoming', ids?: readonly string[]): Promise<{ resolved: number }> {
  const chosen = ids && new Set(ids);
  const pending = listConflicts(app).filter((c) => !chosen || chosen.has(c.id));
  if (pending.length > 0) await app.store.commit(resolutionOps(app, pending, pick));
  return { resolved: pending.length };
}
