import type { BundleScope, ExportPreview, ExportResult, OverLimit } from '../../../shared/bundle';
import { COLLECTION_NAMES, type AnyRecord, type CollectionName, type Member } from '../../../shared/domain';
import type { AppContext } from '../app';
import { readAttachment, referencedAttachments, sha256Of } from './attachments';
import { currentRotation, fileKeyVault, loadOrCreateSigningKey, signBytes, type KeyVault } from './keys';
import { attachmentEntry, describeOverLimit, FORMAT, FORMAT_VERSION, MANIFEST_NAME, recordsEntry, SizeTally } from './limits';
import { signedBytes, type Manifest } from './manifest';
import { unconfirmedClaimOnMe } from './provisional';
import { BundleRefusal } from './refusal';
import { describeMembers, isShareable, selectRecords, shareableCopy, withheldFields, type Selected } from './scope';
import { ZipReader } from './zipReader';
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

async function prepare(app: AppContext, scope: BundleScope, selected: Selected = selectRecords(app, scope)): Promise<Prepared> {
  const left = { members: 0, drafts: 0, attendeeLists: 0, personal: 0 };
  const records = {} as Record<CollectionName, AnyRecord[]>;
  for (const collection of COLLECTION_NAMES) {
    records[collection] = [];
    for (const record of selected[collection] as AnyRecord[]) {
      // This install does not vouch, in its own name, for a record that names "me" as owner but that "me" never confirmed.
      if (unconfirmedClaimOnMe(app, collection, record)) continue;
      if (!isShareable(collection, record)) {
        if (collection === 'members') left.members++;
        else if (collection === 'research') left.drafts++;
        else left.personal++;
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

/** The entries beside the manifest: records per collection (one per line keeps large bundles readable and diffable), then attachments. */
function entriesOf(prepared: Prepared): ZipEntry[] {
  const entries: ZipEntry[] = COLLECTION_NAMES.map((collection) => ({
    name: recordsEntry(collection),
    data: Buffer.from(`[${prepared.records[collection].map((r) => JSON.stringify(r)).join(',\n')}]\n`, 'utf8'),
  }));
  for (const { sha256, data } of prepared.attachments) entries.push({ name: attachmentEntry(sha256), data });
  return entries;
}

function manifestOf(app: AppContext, scope: BundleScope, prepared: Prepared, entries: ZipEntry[], createdAt: Date): Manifest {
  return {
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
}

const manifestBytes = (manifest: Manifest) => Buffer.from(JSON.stringify(manifest, null, 2), 'utf8');

/** The importer's size limits, applied to exactly what would be written. */
function overLimitOf(manifest: Buffer, entries: ZipEntry[]): OverLimit | null {
  const tally = new SizeTally().add(MANIFEST_NAME, manifest.length);
  for (const entry of entries) tally.add(entry.name, entry.data.length);
  return tally.overLimit();
}

/** What a bundle of this scope would hold, shown before anything is written, and whether an importer would take it. */
export async function previewExport(app: AppContext, scope: BundleScope): Promise<ExportPreview> {
  const prepared = await prepare(app, scope);
  const entries = entriesOf(prepared);
  // A signed manifest carries a key and signature of fixed length (base64 of 32 and 64 bytes).
  const manifest = { ...manifestOf(app, scope, prepared, entries, app.records.now()), publicKey: 'A'.repeat(44), signature: 'A'.repeat(88) };
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
    overLimit: overLimitOf(manifestBytes(manifest), entries),
  };
}

/**
 * Writes the bundle file (docs/bundle-format.md): records per collection,
 * attachments, a signed manifest. Refused (BundleRefusal, nothing written)
 * when an importer would refuse it: the sizes are checked before writing
 * and the written archive passes the reader's own structural checks before
 * it is moved into place.
 */
export async function exportBundle(app: AppContext, scope: BundleScope, outFile: string, options: ExportOptions = {}): Promise<ExportResult> {
  const prepared = await prepare(app, scope, options.selected);
  const entries = entriesOf(prepared);
  const createdAt = app.records.now();
  const manifest = manifestOf(app, scope, prepared, entries, createdAt);
  let fingerprint: string | null = null;
  if (options.sign !== false) {
    const key = await loadOrCreateSigningKey(options.vault ?? fileKeyVault(app.dataDir));
    const rotation = await currentRotation(app.dataDir, app.install.installId, key);
    if (rotation) manifest.rotation = rotation;
    manifest.publicKey = key.publicKey.toString('base64');
    manifest.signature = signBytes(key, signedBytes(manifest)).toString('base64');
    fingerprint = key.fingerprint;
  }
  const manifestEntry = { name: MANIFEST_NAME, data: manifestBytes(manifest) };
  const over = overLimitOf(manifestEntry.data, entries);
  if (over) throw new ExportRefusal(over);
  const bytes = await writeChecked(outFile, [manifestEntry, ...entries], createdAt);
  return { file: outFile, bytes, records: recordCount(manifest.counts), signed: fingerprint !== null, fingerprint };
}

/** Entries smaller than this are stored as they are: deflating an empty list makes it larger, and a reader then needs no inflater for it. */
const DEFLATE_FROM_BYTES = 64;

/**
 * Writes the archive and runs the reader's structural checks on it before it
 * is moved into place. An entry that deflates beyond the ratio a reader
 * accepts (a zip-bomb guard; a very repetitive attachment can do it) is
 * written again stored, uncompressed, rather than refused.
 */
async function writeChecked(outFile: string, entries: ZipEntry[], createdAt: Date): Promise<number> {
  const stored = new Set<string>();
  for (;;) {
    try {
      const files = entries.map((e) => ({ ...e, compress: e.data.length >= DEFLATE_FROM_BYTES && !stored.has(e.name) }));
      return await writeZip(outFile, files, createdAt, async (written) => (await ZipReader.open(written)).close());
    } catch (error) {
      const name = error instanceof BundleRefusal && error.code === 'compression_ratio' ? error.detail : undefined;
      if (name === undefined || stored.has(name)) throw error;
      stored.add(name);
    }
  }
}

/** An export refused because an import would refuse the bundle; nothing was written. Its message says what to do instead. */
export class ExportRefusal extends BundleRefusal {
  constructor(readonly overLimit: OverLimit) {
    super(overLimit.code, describeOverLimit(overLimit));
    this.message = `The bundle would hold ${describeOverLimit(overLimit)}, more than an import accepts; export one session or a selection instead.`;
  }
}

/** The records a bundle holds: the number the export preview, the manifest and the export summary show. */
export function recordCount(counts: Partial<Record<CollectionName, number>>): number {
  return COLLECTION_NAMES.reduce((n, c) => n + (counts[c] ?? 0), 0);
}

function countsOf(records: Record<CollectionName, AnyRecord[]>): Record<CollectionName, number> {
  return Object.fromEntries(COLLECTION_NAMES.map((c) => [c, records[c].length])) as Record<CollectionName, number>;
}
