import type { BundleScope, ExportPreview, ExportResult } from '../../../shared/bundle';
import { COLLECTION_NAMES, type AnyRecord, type CollectionName, type Member } from '../../../shared/domain';
import type { AppContext } from '../app';
import { readAttachment, referencedAttachments, sha256Of } from './attachments';
import { fileKeyVault, loadOrCreateSigningKey, signBytes, type KeyVault } from './keys';
import { attachmentEntry, FORMAT, FORMAT_VERSION, MANIFEST_NAME, recordsEntry } from './limits';
import { signedBytes, type Manifest } from './manifest';
import { describeMembers, isShareable, selectRecords, shareableCopy, withheldFields, type Selected } from './scope';
import { writeZip, type ZipEntry } from './zipWriter';

export interface ExportOptions {
  /** Where the signing key is kept; the plain file `keys/signing-key.pem` in the data dir by default. */
  vault?: KeyVault;
  /** False writes an unsigned bundle (the receiver is told so). */
  sign?: boolean;
  /**
   * The records to carry, instead of the scope's closure (a shared-folder
   * segment carries exactly this install's changes). The sharing rule applies all the same.
   */
  selected?: Selected;
}

interface Prepared {
  records: Record<CollectionName, AnyRecord[]>;
  left: ExportPreview['left'];
  attachments: { sha256: string; data: Buffer }[];
  missingAttachments: number;
}

async function prepare(app: AppContext, scope: BundleScope, selected = selectRecords(app, scope)): Promise<Prepared> {
  const left = { members: 0, drafts: 0, attendeeLists: 0 };
  const records = {} as Record<CollectionName, AnyRecord[]>;
  for (const collection of COLLECTION_NAMES) {
    records[collection] = [];
    for (const record of selected[collection] as AnyRecord[]) {
      if (!isShareable(collection, record)) {
        if (collection === 'members') left.members++;
        else left.drafts++;
        continue;
      }
      if (collection === 'sessions' && 'attendees' in withheldFields(collection, record) && (record as { attendees: unknown[] }).attendees.length > 0) {
        left.attendeeLists++;
      }
      records[collection].push(shareableCopy(collection, record));
    }
  }
  const hashes = [...new Set(COLLECTION_NAMES.flatMap((c) => referencedAttachments(c, records[c])))].sort();
  const attachments: Prepared['attachments'] = [];
  for (const sha256 of hashes) {
    const data = await readAttachment(app.dataDir, sha256);
    if (data) attachments.push({ sha256, data });
  }
  return { records, left, attachments, missingAttachments: hashes.length - attachments.length };
}

/** What a bundle of this scope would hold, shown before anything is written. */
export async function previewExport(app: AppContext, scope: BundleScope): Promise<ExportPreview> {
  const prepared = await prepare(app, scope);
  return {
    scope,
    counts: countsOf(prepared.records),
    members: describeMembers(prepared.records.members as Member[]),
    left: prepared.left,
    attachments: {
      count: prepared.attachments.length,
      bytes: prepared.attachments.reduce((n, a) => n + a.data.length, 0),
      missing: prepared.missingAttachments,
    },
  };
}

/** Writes the bundle file (docs/bundle-format.md): records per collection, attachments, a signed manifest. */
export async function exportBundle(app: AppContext, scope: BundleScope, outFile: string, options: ExportOptions = {}): Promise<ExportResult> {
  const prepared = await prepare(app, scope, options.selected);
  const entries: ZipEntry[] = [];
  for (const collection of COLLECTION_NAMES) {
    const list = prepared.records[collection];
    // One record per line keeps large bundles readable and diffable.
    entries.push({ name: recordsEntry(collection), data: Buffer.from(`[${list.map((r) => JSON.stringify(r)).join(',\n')}]\n`, 'utf8') });
  }
  for (const { sha256, data } of prepared.attachments) entries.push({ name: attachmentEntry(sha256), data });

  const createdAt = app.records.now();
  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    createdAt: createdAt.toISOString(),
    exporter: { installId: app.install.installId, memberId: app.settings.get().meId },
    scope,
    counts: countsOf(prepared.records),
    entries: Object.fromEntries(entries.map((e) => [e.name, { sha256: sha256Of(e.data), size: e.data.length }])),
    publicKey: null,
    signature: null,
  };
  let fingerprint: string | null = null;
  if (options.sign !== false) {
    const key = await loadOrCreateSigningKey(options.vault ?? fileKeyVault(app.dataDir));
    manifest.publicKey = key.publicKey.toString('base64');
    manifest.signature = signBytes(key, signedBytes(manifest)).toString('base64');
    fingerprint = key.fingerprint;
  }
  const manifestEntry = { name: MANIFEST_NAME, data: Buffer.from(JSON.stringify(manifest, null, 2), 'utf8') };
  const bytes = await writeZip(outFile, [manifestEntry, ...entries], createdAt);
  const records = COLLECTION_NAMES.reduce((n, c) => n + prepared.records[c].length, 0);
  return { file: outFile, bytes, records, signed: fingerprint !== null, fingerprint };
}

function countsOf(records: Record<CollectionName, AnyRecord[]>): Record<CollectionName, number> {
  return Object.fromEntries(COLLECTION_NAMES.map((c) => [c, records[c].length])) as Record<CollectionName, number>;
}
