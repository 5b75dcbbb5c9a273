import type { ChangeCounts, ChangeKind, ImportItem, ImportPreview } from '../../../shared/bundle';
import { COLLECTION_NAMES, type AnyRecord, type CollectionName } from '../../../shared/domain';
import { conflictId, detectConflicts, fieldState, mergeableFields, mergeInto, sameValue, settles, type Conflict, type MergeableRecord } from '../../../shared/merge';
import type { AppContext } from '../app';
import type { StoredRecord } from '../store/documentStore';
import type { StoreOp } from '../store/journal';
import { referencedAttachments } from './attachments';
import { LOCAL } from './limits';
import type { ParsedBundle } from './readBundle';
import { refuse, throwIfAborted } from './refusal';

/** One record an import touched: what it was before (null: it did not exist) and its stamp after. */
export interface UndoEntry {
  c: string;
  id: string;
  before: StoredRecord | null;
  /** The record's rev right after the import; undo refuses when it has moved on since. */
  after: string | null;
}

export interface ImportPlan {
  counts: ImportPreview['counts'];
  totals: ChangeCounts;
  items: ImportItem[];
  ops: StoreOp[];
  touched: UndoEntry[];
  /** The newest stamp in the bundle: the local clock moves past it. */
  latestStamp: string;
  /** Attachments the merged records refer to that the bundle carries. */
  attachments: string[];
}

const zero = (): ChangeCounts => ({ new: 0, updated: 0, unchanged: 0, conflicting: 0, deleted: 0 });
const titleOf = (record: AnyRecord) => String((record as Record<string, unknown>).name ?? (record as Record<string, unknown>).title ?? record.id);

/**
 * What importing the bundle would do to this install, computed without
 * writing anything: per record the merged result, its kind of change and
 * any conflicts, plus the store operations that apply it all at once.
 */
export function planImport(app: AppContext, bundle: ParsedBundle, signal?: AbortSignal): ImportPlan {
  const me = app.install.installId;
  const detectedAt = app.records.now().toISOString();
  const plan: ImportPlan = {
    counts: Object.fromEntries(COLLECTION_NAMES.map((c) => [c, zero()])) as ImportPlan['counts'],
    totals: zero(),
    items: [],
    ops: [],
    touched: [],
    latestStamp: '',
    attachments: [],
  };
  const put = (collection: string, record: StoredRecord, before: StoredRecord | undefined, after: string | null) => {
    plan.ops.push({ kind: 'put', collection, record });
    plan.touched.push({ c: collection, id: record.id, before: before ?? null, after });
  };
  let seen = 0;
  for (const collection of COLLECTION_NAMES) {
    const others = COLLECTION_NAMES.filter((c) => c !== collection);
    const merged: AnyRecord[] = [];
    for (const incoming of bundle.records[collection] as MergeableRecord[]) {
      if (++seen % 1000 === 0) throwIfAborted(signal);
      // The store files records by id alone; an id filed under another type here must not be overwritten.
      if (others.some((c) => app.store.get(c, incoming.id))) refuse('id_collision', incoming.id);
      if (incoming.rev > plan.latestStamp) plan.latestStamp = incoming.rev;
      const local = app.store.get(collection, incoming.id) as MergeableRecord | undefined;
      let change: ChangeKind;
      let conflictFields: string[] = [];
      if (!local) {
        change = incoming.deleted ? 'unchanged' : 'new';
        put(collection, incoming as StoredRecord, undefined, incoming.rev);
        merged.push(incoming as AnyRecord);
      } else {
        const conflicts = newConflicts(app, collection, local, incoming, me, detectedAt);
        const { record, changed } = mergeInto(local, incoming);
        if (changed) put(collection, record as StoredRecord, local as StoredRecord, record.rev);
        for (const conflict of conflicts) put(LOCAL.conflicts, conflict, app.store.get(LOCAL.conflicts, conflict.id), null);
        if (changed) closeSettled(app, collection, record, conflicts, plan);
        conflictFields = conflicts.map((c) => c.field);
        change = record.deleted && !local.deleted ? 'deleted' : conflicts.length > 0 ? 'conflicting' : changed ? 'updated' : 'unchanged';
        if (change === 'updated') conflictFields = changedFields(local, record);
        merged.push(record as AnyRecord);
      }
      plan.counts[collection][change]++;
      plan.totals[change]++;
      if (change !== 'unchanged') plan.items.push({ collection, id: incoming.id, title: titleOf(incoming as AnyRecord), change, fields: conflictFields });
    }
    plan.attachments.push(...referencedAttachments(collection, merged).filter((sha) => bundle.attachments.has(sha)));
  }
  plan.attachments = [...new Set(plan.attachments)];
  return plan;
}

/** The fields whose value the merge changes: what "Bijgewerkt" lists. A field that only gained a stamp is not among them. */
function changedFields(local: MergeableRecord, merged: MergeableRecord): string[] {
  return mergeableFields(local, merged).filter((field) => !sameValue(fieldState(local, field).value, fieldState(merged, field).value));
}

/** Open conflicts this record now settles: the other install picked a value, knowing both. */
function closeSettled(app: AppContext, collection: CollectionName, record: MergeableRecord, fresh: Conflict[], plan: ImportPlan): void {
  for (const field of mergeableFields(record)) {
    const id = conflictId(collection, record.id, field);
    const open = app.store.get(LOCAL.conflicts, id) as (Conflict & StoredRecord) | undefined;
    if (!open || fresh.some((c) => c.id === id) || !settles(fieldState(record, field), open)) continue;
    plan.ops.push({ kind: 'purge', collection: LOCAL.conflicts, id });
    plan.touched.push({ c: LOCAL.conflicts, id, before: open, after: null });
  }
}

/** Conflicts not already on record: seeing the same two values again changes nothing. */
function newConflicts(
  app: AppContext,
  collection: CollectionName,
  local: MergeableRecord,
  incoming: MergeableRecord,
  me: string,
  detectedAt: string,
): (Conflict & StoredRecord)[] {
  return detectConflicts(local, incoming, me).flatMap((c) => {
    const id = conflictId(collection, local.id, c.field);
    const known = app.store.get(LOCAL.conflicts, id) as Conflict | undefined;
    if (known && known.local.rev === c.local.rev && known.incoming.rev === c.incoming.rev) return [];
    return [
      {
        id,
        collection,
        recordId: local.id,
        field: c.field,
        local: { value: c.local.value, rev: c.local.rev },
        incoming: { value: c.incoming.value, rev: c.incoming.rev },
        winner: c.winner,
        detectedAt,
      },
    ];
  });
}
