import { Suggestion } from '../../../shared/bundle';
import { COLLECTIONS, type CollectionName } from '../../../shared/domain';
import { mayChange } from '../../../shared/ownership';
import type { ExchangeHost } from './host';
import { ServiceError } from '../dispatch';
import { resolveField, tombstone } from '../records';
import type { StoredRecord } from '../store/documentStore';
import { ERASED_PROFILE } from '../services/privacy';
import { LOCAL } from './limits';

/** Suggestions waiting for an owner's decision, oldest first; for one record when `recordId` is given. */
export function listSuggestions(app: ExchangeHost, recordId?: string): Suggestion[] {
  return app.store
    .all(LOCAL.suggestions)
    .flatMap((r) => {
      const parsed = Suggestion.safeParse(r);
      return parsed.success && (recordId === undefined || parsed.data.recordId === recordId) ? [parsed.data] : [];
    })
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
}

/** May this install's user decide on changes to the record: is "me" an owner, or was it created here? */
export function canDecide(app: ExchangeHost, collection: CollectionName, record: StoredRecord & { origin: string }): boolean {
  const meId = app.settings.get().meId;
  return mayChange({ installId: app.install.installId, memberId: meId, curator: false }, collection, record, meId);
}

/**
 * An owner's decision. Accepting writes the suggested values; rejecting
 * writes the current values again. Either way each field gets a new stamp on
 * top of the suggested one, so the decision travels and replaces the
 * suggestion on every install, the suggester's included.
 */
export async function decideSuggestion(app: ExchangeHost, id: string, accept: boolean): Promise<Suggestion> {
  const parsed = Suggestion.safeParse(app.store.get(LOCAL.suggestions, id));
  if (!parsed.success) throw new ServiceError('not_found', `No suggestion with id ${id}`);
  const suggestion = parsed.data;
  const { record: schema } = COLLECTIONS[suggestion.collection];
  const stored = app.store.get(suggestion.collection, suggestion.recordId);
  const ops: Parameters<typeof app.store.commit>[0] = [{ kind: 'purge', collection: LOCAL.suggestions, id }];
  if (stored) {
    if (!canDecide(app, suggestion.collection, stored as StoredRecord & { origin: string })) {
      throw new ServiceError('forbidden', 'Only an owner of this record can accept or reject a suggestion.');
    }
    let record = schema.parse(stored) as unknown as StoredRecord & Parameters<typeof resolveField>[1];
    for (const [field, { value, rev }] of Object.entries(suggestion.fields)) {
      record = resolveField(app.records, record, field, accept ? value : record[field], rev);
    }
    // An accepted deletion of a profile is an erasure, like any deletion of a profile (docs/privacy.md).
    if (accept && suggestion.collection === 'members' && record.deleted) record = tombstone(app.records, record, ERASED_PROFILE);
    ops.unshift({ kind: 'put', collection: suggestion.collection, record: schema.parse(record) as StoredRecord });
  }
  await app.store.commit(ops);
  return suggestion;
}

/**
 * Of a record's suggestions, those it has moved past: an owner wrote every
 * suggested field later than it was suggested (a decision made elsewhere, or
 * a newer edit).
 */
export function superseded(suggestions: Suggestion[], record: { fieldRevs: Record<string, string> }): Suggestion[] {
  return suggestions.filter((s) => Object.entries(s.fields).every(([field, { rev }]) => (record.fieldRevs[field] ?? '') > rev));
}
