import { ownersOf } from '../../../shared/ownership';
import type { ExchangeHost } from './host';
import { LOCAL } from './limits';

/** The id a provisional marker is filed under: local collections keep ids of their own (the store holds one record per id). */
export const provisionalId = (collection: string, recordId: string) => `${collection}/${recordId}`;

/**
 * A record held only as non-owners passed it on (shared/incoming.ts) that
 * names this install's "me" as an owner: someone says "me" wrote it, "me"
 * never did. Exporting it would sign that claim with this install's key.
 */
export function unconfirmedClaimOnMe(app: Pick<ExchangeHost, 'store' | 'settings'>, collection: string, record: { id: string } & Record<string, unknown>): boolean {
  const meId = app.settings.get().meId;
  return meId !== null && app.store.get(LOCAL.provisional, provisionalId(collection, record.id)) !== undefined && ownersOf(collection, record).includes(meId);
}
