import { COLLECTION_NAMES } from '../../../shared/domain';
import { HybridClock, hlcNode } from '../../../shared/hlc';
import type { AppContext } from '../app';
import { renewInstall } from '../install';
import type { StoredRecord } from '../store/documentStore';
import type { StoreOp } from '../store/journal';
import { readWriter, syncPut } from './state';

/**
 * Gives this data directory a new install id after the sync found another
 * install writing under the same one (a copied data directory). Its stream
 * starts over under the new id with a snapshot that also carries the changes
 * it made under the old id, so nothing made here is lost to the others.
 *
 * What it changed under the old id and never wrote into the folder (stamps
 * after its stream's watermark) is stamped again under the new id, and the
 * records it created then name the new id as their origin: the other install
 * still using the old id would otherwise take them for stamps forged in its
 * name and ignore them (docs/security.md, "Ownership").
 */
export async function renewInstallId(app: AppContext): Promise<string> {
  const writer = readWriter(app);
  const former = app.install.installId;
  const install = await renewInstall(app.dataDir);
  app.install.installId = install.installId;
  app.install.createdAt = install.createdAt;
  app.records.installId = install.installId;
  const clock = new HybridClock(install.installId);
  for (const collection of COLLECTION_NAMES) for (const r of app.store.all(collection)) clock.observe(r.rev as string);
  app.records.clock = clock;

  const unwritten = (stamp: string) => stamp > writer.watermark && hlcNode(stamp) === former;
  const ops: StoreOp[] = [];
  for (const collection of COLLECTION_NAMES) {
    for (const record of app.store.all(collection)) {
      const fieldRevs = record.fieldRevs as Record<string, string>;
      const fields = Object.keys(fieldRevs).filter((field) => unwritten(fieldRevs[field]!));
      if (fields.length === 0) continue;
      const restamped = { ...fieldRevs };
      for (const field of fields) restamped[field] = clock.tick();
      const rev = Object.values(restamped).reduce((a, b) => (a > b ? a : b));
      // Created here and never in the folder: every stamp it carries is one of those.
      const created = record.origin === former && Object.values(fieldRevs).every(unwritten);
      const next: StoredRecord = { ...record, fieldRevs: restamped, rev, ...(created ? { origin: install.installId } : {}) };
      ops.push({ kind: 'put', collection, record: next });
    }
  }
  ops.push(
    syncPut({
      ...writer,
      seq: 0,
      hash: null,
      watermark: '',
      lastSnapshotSeq: 0,
      previousSnapshotSeq: 0,
      formerIds: [...new Set([...writer.formerIds, former])],
      duplicate: false,
    }),
  );
  await app.store.commit(ops);
  return install.installId;
}
