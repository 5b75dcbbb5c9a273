import { COLLECTION_NAMES } from '../../shared/domain';
import { repairHlc } from '../../shared/hlc';
import type { AppContext } from './app';
import type { StoredRecord } from './store/documentStore';
import type { StoreOp } from './store/journal';

function repairStampMap(map: unknown): { map: unknown; changed: boolean } {
  if (typeof map !== 'object' || map === null) return { map, changed: false };
  let changed = false;
  const repaired = Object.fromEntries(
    Object.entries(map as Record<string, unknown>).map(([field, stamp]) => {
      const fixed = typeof stamp === 'string' ? repairHlc(stamp) : null;
      if (fixed !== null && fixed !== stamp) changed = true;
      return [field, fixed ?? stamp];
    }),
  );
  return { map: repaired, changed };
}

/**
 * Rewrites stamps that an older version wrote with an overflowed clock
 * counter (`<ms>-10000-<install>`, docs/data-model.md "Stamps") into the
 * fixed-width form, keeping their order. Those records failed validation on
 * every later save until the wall clock passed them. Returns how many
 * records were repaired; all of them are written in one commit.
 */
export async function repairStamps(app: AppContext): Promise<number> {
  const ops: StoreOp[] = [];
  for (const collection of COLLECTION_NAMES) {
    for (const record of app.store.all(collection)) {
      const rev = typeof record.rev === 'string' ? repairHlc(record.rev) : null;
      const revs = repairStampMap(record.fieldRevs);
      const base = repairStampMap(record.fieldBase);
      if ((rev === null || rev === record.rev) && !revs.changed && !base.changed) continue;
      const fixed: StoredRecord = { ...record, rev: rev ?? record.rev, fieldRevs: revs.map };
      if (record.fieldBase !== undefined) fixed.fieldBase = base.map;
      ops.push({ kind: 'put', collection, record: fixed });
    }
  }
  if (ops.length > 0) await app.store.commit(ops);
  return ops.length;
}
