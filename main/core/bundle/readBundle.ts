import { COLLECTION_NAMES, COLLECTIONS, type AnyRecord, type CafeSession, type CollectionName } from '../../../shared/domain';
import { parseHlc } from '../../../shared/hlc';
import { fingerprintOf, verifyWithCheckedKey } from './keys';
import { BUNDLE_LIMITS, collectionsOf, MANIFEST_NAME, recordsEntry } from './limits';
import { dropAttendees } from './localOnly';
import { parseManifest, signedBytes, type Manifest } from './manifest';
import { parseBundleJson } from './parseJson';
import { refuse, throwIfAborted } from './refusal';
import { isWeakPublicKey } from './weakKeys';
import { ZipReader } from './zipReader';

export interface BundleProgress {
  phase: 'reading' | 'merging' | 'writing';
  done: number;
  total: number;
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: BundleProgress) => void;
  /** This install's time: stamps far beyond it are refused. */
  now: Date;
  /**
   * A public key (base64) this install confirmed before, and so found not
   * weak then: a bundle signed with it is not checked for that again (its
   * signature still is). The shared-folder sync reads many segments per key.
   */
  confirmedKey?: string | null;
}

/** A bundle that passed every check: nothing in it has been trusted before this point. */
export interface ParsedBundle {
  manifest: Manifest;
  /** Fingerprint of the key that signed it; null when unsigned. */
  fingerprint: string | null;
  records: Record<CollectionName, AnyRecord[]>;
  /** Attachment content by SHA-256, each checked against its name. */
  attachments: Map<string, Buffer>;
  /** Attendee entries the bundle carried and that were dropped (localOnly.ts). */
  attendeesDropped: number;
}

/** The record entries a bundle of this format version may hold. */
const entryKinds = (version: number) => new Map<string, CollectionName>(collectionsOf(version).map((c) => [recordsEntry(c), c]));
const ATTACHMENT = /^attachments\/([0-9a-f]{64})$/;

/**
 * Reads and checks a bundle (a file, or a file's bytes already read) in the
 * order that does the least work for a hostile file: zip structure,
 * manifest, signature, entry list, then every entry against its hash, then
 * every record against its schema.
 */
export async function readBundle(source: string | Buffer, options: ReadOptions): Promise<ParsedBundle> {
  const zip = typeof source === 'string' ? await ZipReader.open(source) : await ZipReader.fromBytes(source);
  try {
    if (!zip.has(MANIFEST_NAME)) refuse('missing_manifest');
    if (zip.size(MANIFEST_NAME) > BUNDLE_LIMITS.manifestBytes) refuse('invalid_manifest', 'manifest too large');
    const manifest = parseManifest(parseBundleJson((await zip.read(MANIFEST_NAME)).data, MANIFEST_NAME));
    const fingerprint = checkSignature(manifest, options.confirmedKey ?? null);
    const entryKind = entryKinds(manifest.formatVersion);
    const names = checkListing(zip, manifest, entryKind);

    const records = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, [] as AnyRecord[]])) as Record<CollectionName, AnyRecord[]>;
    const attachments = new Map<string, Buffer>();
    for (const [index, name] of names.entries()) {
      throwIfAborted(options.signal);
      const { data, sha256 } = await zip.read(name);
      const listed = manifest.entries[name]!;
      if (sha256 !== listed.sha256 || data.length !== listed.size) refuse('hash_mismatch', name);
      const collection = entryKind.get(name);
      if (collection) {
        records[collection] = parseRecords(collection, parseBundleJson(data, name), options);
      } else {
        if (sha256 !== ATTACHMENT.exec(name)![1]) refuse('hash_mismatch', name);
        attachments.set(sha256, data);
      }
      options.onProgress?.({ phase: 'reading', done: index + 1, total: names.length });
    }
    checkCounts(manifest, records);
    const attendeesDropped = dropAttendees(records.sessions as CafeSession[]);
    return { manifest, fingerprint, records, attachments, attendeesDropped };
  } finally {
    zip.close();
  }
}

function checkSignature(manifest: Manifest, confirmedKey: string | null): string | null {
  if (manifest.publicKey === null || manifest.signature === null) return null;
  const publicKey = Buffer.from(manifest.publicKey, 'base64');
  // The manifest's key is canonical base64 (manifest.ts): equal strings are equal keys.
  if (manifest.publicKey !== confirmedKey && isWeakPublicKey(publicKey)) refuse('weak_key');
  if (!verifyWithCheckedKey(publicKey, signedBytes(manifest), Buffer.from(manifest.signature, 'base64'))) refuse('bad_signature');
  return fingerprintOf(publicKey);
}

/** Every entry is one the format knows and the manifest lists, and every listed entry is there. */
function checkListing(zip: ZipReader, manifest: Manifest, entryKind: Map<string, CollectionName>): string[] {
  const known = (name: string) => entryKind.has(name) || ATTACHMENT.test(name);
  const names = zip.names().filter((n) => n !== MANIFEST_NAME);
  for (const name of names) {
    if (!known(name)) refuse('unexpected_entry', name);
    if (!Object.hasOwn(manifest.entries, name)) refuse('unlisted_entry', name);
  }
  for (const name of Object.keys(manifest.entries)) {
    if (!known(name)) refuse('unexpected_entry', name);
    if (!zip.has(name)) refuse('missing_entry', name);
  }
  return names.sort();
}

function parseRecords(collection: CollectionName, raw: unknown, options: ReadOptions): AnyRecord[] {
  if (!Array.isArray(raw)) return refuse('invalid_record', `${recordsEntry(collection)} is not a list`);
  const { record: schema, fields } = COLLECTIONS[collection];
  const mergeable = new Set([...Object.keys(fields.shape), 'deleted']);
  const latest = options.now.getTime() + BUNDLE_LIMITS.futureStampMs;
  const where = (i: number) => `${collection}[${i}]`;
  return raw.map((item, i) => {
    if (i % 1000 === 999) throwIfAborted(options.signal);
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return refuse('invalid_record', `${[where(i), ...issue.path.map(String)].join('.')}: ${issue.message}`);
    }
    const record = parsed.data as AnyRecord;
    for (const [field, stamp] of Object.entries(record.fieldRevs)) {
      if (!mergeable.has(field)) refuse('invalid_record', `${where(i)}: stamp for unknown field ${field}`);
      if (stamp > record.rev) refuse('invalid_record', `${where(i)}: field ${field} is newer than the record`);
    }
    for (const field of Object.keys(record.fieldBase ?? {})) {
      if (!mergeable.has(field)) refuse('invalid_record', `${where(i)}: base for unknown field ${field}`);
    }
    if (parseHlc(record.rev).ms > latest) refuse('stamp_in_future', where(i));
    if (record.fieldBase && Object.keys(record.fieldBase).length === 0) delete record.fieldBase;
    return record;
  });
}

function checkCounts(manifest: Manifest, records: Record<CollectionName, AnyRecord[]>): void {
  const seen = new Set<string>();
  for (const collection of COLLECTION_NAMES) {
    if (records[collection].length !== (manifest.counts[collection] ?? 0)) refuse('count_mismatch', collection);
    for (const { id } of records[collection]) {
      if (seen.has(id)) refuse('duplicate_record', id);
      seen.add(id);
    }
  }
}
