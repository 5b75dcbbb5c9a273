import path from 'node:path';
import type { SyncSkip } from '../../../shared/sync';
import type { AppContext } from '../app';
import { readBundle } from '../bundle';
import { LOCAL } from '../bundle/limits';
import { signatureStatus, trustedKeyRecord } from '../bundle/trust';
import { ServiceError } from '../dispatch';

/**
 * The user compared a new install's fingerprint with the colleague it names
 * (most likely their second computer) and confirms it: its key is trusted
 * from now on, for that colleague, as if a first bundle from it had been
 * imported by hand with "vertrouw deze sleutel". Only the fingerprint the
 * user saw is confirmed: a segment signed with any other key is refused.
 */
export async function confirmNewKey(app: AppContext, folder: string, skipped: readonly SyncSkip[], installId: string, fingerprint: string): Promise<void> {
  const waiting = skipped.find((s) => s.code === 'new_key' && s.newKey?.installId === installId && s.newKey.fingerprint === fingerprint);
  if (!waiting) throw new ServiceError('not_found', 'No segment of that install waits for this key to be confirmed.');
  const bundle = await readBundle(path.join(folder, waiting.file), { now: app.records.now() });
  const { manifest } = bundle;
  if (manifest.exporter.installId !== installId || bundle.fingerprint !== fingerprint) {
    throw new ServiceError('conflict', 'The segment in the folder is no longer signed with the key shown; nothing was confirmed.');
  }
  const signature = signatureStatus(app.store, manifest, fingerprint);
  if (signature.kind !== 'key_changed' || app.store.get(LOCAL.trustedKeys, installId)) {
    throw new ServiceError('conflict', 'That install’s key is no longer waiting for confirmation.');
  }
  await app.store.commit([{ kind: 'put', collection: LOCAL.trustedKeys, record: trustedKeyRecord(bundle, signature.trusted?.name ?? '', app.records.now()) }]);
}
