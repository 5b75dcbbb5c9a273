import { COLLECTIONS, type CollectionName } from '../../../shared/domain';
import { Conflict } from '../../../shared/merge';
import type { ExchangeHost } from './host';
import { ServiceError } from '../dispatch';
import { resolveField } from '../records';
import type { StoredRecord } from '../store/documentStore';
import { LOCAL } from './limits';

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

/**
 * The user's pick: written as a new local edit of the field (so it travels
 * and wins on the other installs too), and the conflict is closed.
 */
export async function resolveConflict(app: ExchangeHost, id: string, pick: 'local' | 'incoming'): Promise<Conflict> {
  const parsed = Conflict.safeParse(app.store.get(LOCAL.conflicts, id));
  if (!parsed.success) throw new ServiceError('not_found', `No conflict with id ${id}`);
  const conflict = parsed.data;
  const ops: Parameters<typeof app.store.commit>[0] = [{ kind: 'purge', collection: LOCAL.conflicts, id }];
  const record = app.store.get(conflict.collection, conflict.recordId);
  if (record && Object.hasOwn(COLLECTIONS, conflict.collection)) {
    const { record: schema } = COLLECTIONS[conflict.collection as CollectionName];
    const next = resolveField(app.records, schema.parse(record), conflict.field, conflict[pick].value, conflict.incoming.rev);
    ops.unshift({ kind: 'put', collection: conflict.collection, record: schema.parse(next) as StoredRecord });
  }
  await app.store.commit(ops);
  return conflict;
}
