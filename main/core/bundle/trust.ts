import { z } from 'zod';
import type { SignatureStatus } from '../../../shared/bundle';
import { IsoDateTime } from '../../../shared/domain';
import { Id, InstallId } from '../../../shared/ids';
import type { DocumentStore, StoredRecord } from '../store/documentStore';
import { ServiceError } from '../dispatch';
import { rotationHolds } from './keys';
import { LOCAL } from './limits';
import { isWeakPublicKey } from './weakKeys';
import type { Manifest } from './manifest';
import type { ParsedBundle } from './readBundle';

/** A colleague's install whose key the user confirmed; one per install id. */
export const TrustedKey = z.object({
  id: InstallId,
  memberId: Id.nullable(),
  name: z.string(),
  /** Base64 of the raw key; a weak key is never trusted, even if one was stored before it was checked. */
  publicKey: z.string().refine((key) => !isWeakPublicKey(Buffer.from(key, 'base64')), 'weak_key'),
  fingerprint: z.string(),
  trustedAt: IsoDateTime,
  /** The user named this colleague an HR curator: they may change café sessions and PLGs (docs/security.md, "Ownership"). */
  curator: z.boolean().optional(),
});
export type TrustedKey = z.infer<typeof TrustedKey>;

/**
 * Each stored key record parsed once: checking that its key is not weak is an
 * elliptic-curve multiplication, and every import asks for the keys again
 * (the shared-folder sync once per segment). The store replaces a record's
 * object whenever it changes, never edits it, so a record object's verdict
 * holds for as long as the object is in the store; each install's store has
 * objects of its own.
 */
const parsedKeys = new WeakMap<StoredRecord, TrustedKey | null>();

function parseKey(record: StoredRecord | undefined): TrustedKey | null {
  if (!record) return null;
  let parsed = parsedKeys.get(record);
  if (parsed === undefined) {
    const result = TrustedKey.safeParse(record);
    parsed = result.success ? result.data : null;
    parsedKeys.set(record, parsed);
  }
  return parsed;
}

export function trustedKeys(store: DocumentStore): TrustedKey[] {
  return store.all(LOCAL.trustedKeys).flatMap((r) => {
    const parsed = parseKey(r);
    return parsed ? [parsed] : [];
  });
}

/** The confirmed key of one install, if any. */
export function trustedKey(store: DocumentStore, installId: string): TrustedKey | null {
  return parseKey(store.get(LOCAL.trustedKeys, installId));
}

/**
 * Known when this install's key was trusted before; key changed when the
 * install, or the colleague it says it belongs to, was trusted with another
 * key — possibly a new computer, possibly someone posing as them.
 */
export function signatureStatus(store: DocumentStore, manifest: Manifest, fingerprint: string | null): SignatureStatus {
  const { installId, memberId } = manifest.exporter;
  const base = { fingerprint, exporterInstallId: installId, exporterMemberId: memberId };
  if (fingerprint === null) return { kind: 'unsigned', ...base, trusted: null };
  const view = (k: TrustedKey) => ({ memberId: k.memberId, name: k.name, fingerprint: k.fingerprint });
  const byInstall = trustedKey(store, installId);
  if (byInstall?.fingerprint === fingerprint) return { kind: 'known', ...base, trusted: view(byInstall) };
  // A new key the confirmed one vouches for is as good as the confirmed one.
  const rotated = byInstall && manifest.rotation && rotationHolds(manifest.rotation, installId, Buffer.from(byInstall.publicKey, 'base64'), Buffer.from(manifest.publicKey!, 'base64'));
  if (rotated) return { kind: 'known', ...base, trusted: view(byInstall), rotated: true };
  if (byInstall) return { kind: 'key_changed', ...base, trusted: view(byInstall) };
  const byMember = memberId ? trustedKeys(store).filter((k) => k.memberId === memberId) : [];
  const same = byMember.find((k) => k.fingerprint === fingerprint);
  if (same) return { kind: 'known', ...base, trusted: view(same) };
  if (byMember[0]) return { kind: 'key_changed', ...base, trusted: view(byMember[0]) };
  return { kind: 'unknown', ...base, trusted: null };
}

/**
 * The record that confirms the key a bundle was signed with. The bundle
 * passed readBundle's checks, its key not being weak among them, so the
 * record goes into the store known to be valid: not checked a second time.
 */
export function trustedKeyRecord(bundle: ParsedBundle, name: string, now: Date): StoredRecord {
  const { manifest, fingerprint } = bundle;
  if (manifest.publicKey === null || fingerprint === null) throw new Error('An unsigned bundle has no key to confirm.');
  const key: TrustedKey = {
    id: manifest.exporter.installId,
    memberId: manifest.exporter.memberId,
    name,
    publicKey: manifest.publicKey,
    fingerprint,
    trustedAt: now.toISOString(),
  };
  parsedKeys.set(key, key);
  return key;
}

/**
 * The user names the colleague of a confirmed key an HR curator, or no longer
 * (docs/security.md, "Ownership"): a curator's bundles may change café
 * sessions and PLGs.
 */
export async function setCurator(app: { store: Pick<DocumentStore, 'get' | 'commit'> }, installId: string, curator: boolean): Promise<TrustedKey> {
  const parsed = TrustedKey.safeParse(app.store.get(LOCAL.trustedKeys, installId));
  if (!parsed.success) throw new ServiceError('not_found', `No confirmed key for install ${installId}.`);
  const key = { ...parsed.data, curator };
  await app.store.commit([{ kind: 'put', collection: LOCAL.trustedKeys, record: key }]);
  return key;
}
