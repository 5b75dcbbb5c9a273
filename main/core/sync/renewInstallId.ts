import { COLLECTION_NAMES } from '../../../shared/domain';
import { HybridClock } from '../../../shared/hlc';
import type { AppContext } from '../app';
import { renewInstall } from '../install';
import { readWriter, saveSync } from './state';

/**
 * Gives this data directory a new install id after the sync found another
 * install writing under the same one (a copied data directory). Its stream
 * starts over under the new id with a snapshot that also carries the changes
 * it made under the old id, so nothing made here is lost to the others.
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
  await saveSync(app, {
    ...writer,
    seq: 0,
    hash: null,
    watermark: '',
    lastSnapshotSeq: 0,
    previousSnapshotSeq: 0,
    formerIds: [...new Set([...writer.formerIds, former])],
    duplicate: false,
  });
  return install.installId;
}
