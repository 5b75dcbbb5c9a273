import { Suggestion, type ChangeCounts, type ChangeKind, type ImportItem, type ImportPreview } from '../../../shared/bundle';
import { COLLECTION_NAMES, type AnyRecord, type CollectionName } from '../../../shared/domain';
import { judgeIncoming, type IncomingContext } from '../../../shared/incoming';
import { conflictId, fieldState, mergeableFields, sameValue, settles, type Conflict, type FieldConflict, type FieldState, type MergeableRecord } from '../../../shared/merge';
import type { Signer } from '../../../shared/ownership';
import type { ExchangeHost } from './host';
import type { StoredRecord } from '../store/documentStore';
import type { StoreOp } from '../store/journal';
import { referencedAttachments } from './attachments';
import { LOCAL } from './limits';
import type { ParsedBundle } from './readBundle';
import { provisionalId } from './provisional';
import { listSuggestions, superseded } from './suggestions';
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
  ignored: ImportPreview['ignored'];
}

const zero = (): ChangeCounts => ({ new: 0, updated: 0, suggested: 0, unchanged: 0, conflicting: 0, deleted: 0 });
/** A record's name or title, as lists and previews show it. */
export const titleOf = (record: AnyRecord) => String((record as Record<string, unknown>).name ?? (record as Record<string, unknown>).title ?? record.id);

/** Who sent the bundle, for the ownership rule and for the suggestions it leaves. */
export interface Sender {
  signer: Signer;
  installId: string;
  memberId: string | null;
  name: string;
  signature: Suggestion['from']['signature'];
}

/**
 * What importing the bundle would do to this install, computed without
 * writing anything: per record the merged result, its kind of change, any
 * conflicts and suggestions, plus the store operations that apply it all at
 * once. Which fields a record may take from the bundle is decided by
 * `judgeIncoming` (shared/incoming.ts), the same rule sync and the
 * multi-install simulation use.
 */
export function planImport(app: ExchangeHost, bundle: ParsedBundle, sender: Sender, signal?: AbortSignal): ImportPlan {
  const ctx: IncomingContext = { installId: app.install.installId, meId: app.settings.get().meId, signer: sender.signer, senderInstallId: sender.installId };
  const now = app.records.now().toISOString();
  const plan: ImportPlan = {
    counts: Object.fromEntries(COLLECTION_NAMES.map((c) => [c, zero()])) as ImportPlan['counts'],
    totals: zero(),
    items: [],
    ops: [],
    touched: [],
    latestStamp: '',
    attachments: [],
    ignored: { forged: 0, relayed: 0 },
  };
  const put = (collection: string, record: StoredRecord, before: StoredRecord | undefined, after: string | null) => {
    plan.ops.push({ kind: 'put', collection, record });
    plan.touched.push({ c: collection, id: record.id, before: before ?? null, after });
  };
  const purge = (collection: string, before: StoredRecord) => {
    plan.ops.push({ kind: 'purge', collection, id: before.id });
    plan.touched.push({ c: collection, id: before.id, before, after: null });
  };
  const pending = new Map<string, Suggestion[]>();
  for (const s of listSuggestions(app)) pending.set(s.recordId, [...(pending.get(s.recordId) ?? []), s]);
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
      // Local collections file their entries under ids of their own: the store keeps one record per id across collections.
      const markerId = provisionalId(collection, incoming.id);
      const marker = app.store.get(LOCAL.provisional, markerId);
      const verdict = judgeIncoming(collection, local, marker !== undefined, incoming, ctx);
      plan.ignored.forged += verdict.forged;
      plan.ignored.relayed += verdict.relayed;

      const { record } = verdict;
      if (record && verdict.changed) put(collection, record as StoredRecord, local as StoredRecord | undefined, record.rev);
      // Undo needs no entry for a new marker: undoing the import removes the record and its marker with it (importBundle.ts).
      if (record && verdict.provisional && !marker) plan.ops.push({ kind: 'put', collection: LOCAL.provisional, record: { id: markerId, collection, recordId: record.id } });
      if (marker && !verdict.provisional) purge(LOCAL.provisional, marker);
      const erased = collection === 'members' && local !== undefined && !local.deleted && record?.deleted === true;
      const conflicts = local && !erased ? newConflicts(app, collection, local, verdict.conflicts, now) : [];
      for (const conflict of conflicts) put(LOCAL.conflicts, conflict, app.store.get(LOCAL.conflicts, conflict.id), null);
      if (local && record && verdict.changed) closeSettled(app, collection, record, conflicts, plan);
      if (erased) {
        // An erasure leaves no copy of the old values behind here either: not in conflicts, not in suggestions (docs/privacy.md).
        for (const old of pending.get(record.id) ?? []) purge(LOCAL.suggestions, old as Suggestion & StoredRecord);
        for (const old of app.store.all(LOCAL.conflicts)) if (old.recordId === record.id) purge(LOCAL.conflicts, old);
      } else if (record && verdict.changed) {
        for (const old of superseded(pending.get(record.id) ?? [], record)) purge(LOCAL.suggestions, old as Suggestion & StoredRecord);
      }
      let suggested: string[] = [];
      const suggestion = local ? suggestionRecord(app, collection, local.id, verdict.suggestion, sender, now) : null;
      if (suggestion) {
        put(LOCAL.suggestions, suggestion, app.store.get(LOCAL.suggestions, suggestion.id), null);
        suggested = Object.keys(verdict.suggestion);
      }
      if (record) merged.push(record as AnyRecord);

      const change: ChangeKind = !local
        ? record && !record.deleted
          ? 'new'
          : 'unchanged'
        : conflicts.length > 0
          ? 'conflicting'
          : record?.deleted && !local.deleted
            ? 'deleted'
            : verdict.changed
              ? 'updated'
              : suggested.length > 0
                ? 'suggested'
                : 'unchanged';
      plan.counts[collection][change]++;
      plan.totals[change]++;
      const fields =
        change === 'conflicting' ? conflicts.map((c) => c.field) : change === 'suggested' ? suggested : change === 'updated' && local && record ? changedFields(local, record) : [];
      if (change !== 'unchanged') plan.items.push({ collection, id: incoming.id, title: titleOf((record ?? local ?? incoming) as AnyRecord), change, fields });
    }
    plan.attachments.push(...referencedAttachments(collection, merged).filter((sha) => bundle.attachments.has(sha)));
  }
  plan.attachments = [...new Set(plan.attachments)];
  return plan;
}

/**
 * The sender's suggestion for a record, joined with what they suggested
 * before (a newer value per field wins); null when it holds nothing new.
 */
function suggestionRecord(
  app: ExchangeHost,
  collection: CollectionName,
  recordId: string,
  fields: Record<string, FieldState>,
  sender: Sender,
  receivedAt: string,
): (Suggestion & StoredRecord) | null {
  const id = `${collection}/${recordId}/${sender.installId}`;
  const known = Suggestion.safeParse(app.store.get(LOCAL.suggestions, id));
  const joined: Suggestion['fields'] = { ...(known.success ? known.data.fields : {}) };
  let fresh = false;
  for (const [field, state] of Object.entries(fields)) {
    if ((joined[field]?.rev ?? '') >= state.rev) continue;
    joined[field] = { value: state.value, rev: state.rev };
    fresh = true;
  }
  if (!fresh) return null;
  const from = { installId: sender.installId, memberId: sender.memberId, name: sender.name, signature: sender.signature };
  return { id, collection, recordId, from, fields: joined, receivedAt };
}

/** The fields whose value the merge changes: what "Bijgewerkt" lists. A field that only gained a stamp is not among them. */
function changedFields(local: MergeableRecord, merged: MergeableRecord): string[] {
  return mergeableFields(local, merged).filter((field) => !sameValue(fieldState(local, field).value, fieldState(merged, field).value));
}

/** Open conflicts this record now settles: the other install picked a value, knowing both. */
function closeSettled(app: ExchangeHost, collection: CollectionName, record: MergeableRecord, fresh: Conflict[], plan: ImportPlan): void {
  for (const field of mergeableFields(record)) {
    const id = conflictId(collection, record.id, field);
    const open = app.store.get(LOCAL.conflicts, id) as (Conflict & StoredRecord) | undefined;
    if (!open || fresh.some((c) => c.id === id) || !settles(fieldState(record, field), open)) continue;
    plan.ops.push({ kind: 'purge', collection: LOCAL.conflicts, id });
    plan.touched.push({ c: LOCAL.conflicts, id, before: open, after: null });
  }
}

/** Conflicts not already on record: seeing the same two values again changes nothing. */
function newConflicts(app: ExchangeHost, collection: CollectionName, local: MergeableRecord, detected: FieldConflict[], detectedAt: string): (Conflict & StoredRecord)[] {
  return detected.flatMap((c) => {
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
