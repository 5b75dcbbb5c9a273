import { z } from 'zod';
import { COLLECTION_NAMES, IsoDateTime, type CollectionName } from './domain';
import { Id, InstallId } from './ids';
import { Conflict } from './merge';

/**
 * What the bundle exchange (docs/bundle-format.md) tells its callers: the
 * export scope, the previews shown before export and import, the summary
 * after, and the reason codes of refused files. The UI maps codes to text.
 */

const exportScopes = [
  z.strictObject({ kind: z.literal('session'), id: Id }),
  z.strictObject({ kind: z.literal('selection'), ids: z.array(Id).min(1).max(10_000) }),
  z.strictObject({ kind: z.literal('all') }),
] as const;

/** What a user can export by hand. */
export const ExportScope = z.discriminatedUnion('kind', [...exportScopes]);
export type ExportScope = z.infer<typeof ExportScope>;

export const BundleScope = z.discriminatedUnion('kind', [
  ...exportScopes,
  /**
   * One numbered piece of an install's stream in a shared folder (docs/sync.md):
   * its changes since the previous segment, or all its records (snapshot).
   * `previous` is the SHA-256 of the previous segment file; the signature covers both.
   */
  z.strictObject({
    kind: z.literal('segment'),
    seq: z.number().int().min(1),
    previous: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
    snapshot: z.boolean(),
  }),
]);
export type BundleScope = z.infer<typeof BundleScope>;

export const REFUSAL_CODES = [
  'not_zip',
  'corrupt_zip',
  'file_too_large',
  'too_many_entries',
  'zip_slip',
  'bad_entry_name',
  'symlink',
  'duplicate_entry',
  'entry_too_large',
  'too_large_unpacked',
  'compression_ratio',
  'encrypted_entry',
  'unsupported_compression',
  'unexpected_entry',
  'missing_manifest',
  'invalid_manifest',
  'format_version_future',
  'format_version_unknown',
  'bad_signature',
  'weak_key',
  'unlisted_entry',
  'missing_entry',
  'hash_mismatch',
  'invalid_json',
  'forbidden_key',
  'string_too_long',
  'too_deep',
  'invalid_record',
  'duplicate_record',
  'count_mismatch',
  'id_collision',
  'stamp_in_future',
  'too_many_tombstones',
  'key_not_accepted',
  'own_install',
  'cancelled',
] as const;
export const RefusalCode = z.enum(REFUSAL_CODES);
export type RefusalCode = z.infer<typeof RefusalCode>;

export const Refusal = z.object({ code: RefusalCode, message: z.string() });
export type Refusal = z.infer<typeof Refusal>;

/** Hex SHA-256 of the raw Ed25519 public key, in groups of four for reading aloud. */
export const Fingerprint = z.string().regex(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);

export const SignatureStatus = z.object({
  /** known: a trusted colleague's key. key_changed: a trusted colleague, another key (warn strongly). */
  kind: z.enum(['known', 'unknown', 'key_changed', 'unsigned']),
  fingerprint: Fingerprint.nullable(),
  exporterInstallId: InstallId,
  exporterMemberId: Id.nullable(),
  /** The colleague the trusted key belongs to (known), or whose key it replaces (key_changed). */
  trusted: z.object({ memberId: Id.nullable(), name: z.string(), fingerprint: Fingerprint }).nullable(),
  /** Known because the confirmed key vouched for this new one (a key rotation); the trust store takes the new key. */
  rotated: z.boolean().optional(),
});
export type SignatureStatus = z.infer<typeof SignatureStatus>;

/** `suggested`: a change from someone who may not make it, kept for the record's owners to accept or reject. */
export const CHANGE_KINDS = ['new', 'updated', 'suggested', 'unchanged', 'conflicting', 'deleted'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const ChangeCounts = z.object({ new: z.number(), updated: z.number(), suggested: z.number(), unchanged: z.number(), conflicting: z.number(), deleted: z.number() });
export type ChangeCounts = z.infer<typeof ChangeCounts>;

/**
 * How many records an import changes: every kind but `unchanged`. The one
 * number the import preview, its summary, Uitwisselen ("Laatste import") and
 * undo all show (docs/bundle-format.md, "Counting").
 */
export function changedCount(counts: ChangeCounts): number {
  return CHANGE_KINDS.reduce((n, kind) => (kind === 'unchanged' ? n : n + counts[kind]), 0);
}

const perCollection = <T extends z.ZodType>(schema: T) =>
  z.object(Object.fromEntries(COLLECTION_NAMES.map((c) => [c, schema])) as Record<CollectionName, T>);

export const ImportItem = z.object({
  collection: z.enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]]),
  id: Id,
  title: z.string(),
  change: z.enum(['new', 'updated', 'suggested', 'conflicting', 'deleted']),
  /** The fields in conflict (conflicting), suggested (suggested) or whose value changes (updated); empty otherwise. */
  fields: z.array(z.string()),
});
export type ImportItem = z.infer<typeof ImportItem>;

export const ImportPreview = z.object({
  createdAt: IsoDateTime,
  formatVersion: z.number(),
  scope: BundleScope,
  signature: SignatureStatus,
  counts: perCollection(ChangeCounts),
  totals: ChangeCounts,
  /** Every record that would change, so the user sees what the import does. */
  items: z.array(ImportItem),
  /**
   * Tombstones of records this install never had (counted as unchanged): kept,
   * so those records stay deleted if they arrive later; at most
   * BUNDLE_LIMITS.phantomTombstones, or the bundle is refused.
   */
  phantomTombstones: z.number(),
  /** Attendee entries (guests' names and e-mail) the bundle carried: never imported, attendee lists stay local. */
  attendeesDropped: z.number(),
  /** Entries in this install's attendee lists of people whose erasure the bundle brings: erased with the import. */
  attendeesErased: z.number(),
  attachments: z.object({ count: z.number(), bytes: z.number() }),
  /**
   * Changes that change nothing here: values stamped in this install's name
   * that it never wrote (`forged`), and newer values of other people's that
   * the sender, not being their owner, passed on (`relayed`; they arrive with
   * a bundle from an owner).
   */
  ignored: z.object({ forged: z.number(), relayed: z.number() }),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportSummary = z.object({
  added: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  conflicts: z.number(),
  deleted: z.number(),
  /** Records with a change kept as a suggestion for their owners. */
  suggestions: z.number(),
  /** As in ImportPreview. */
  phantomTombstones: z.number(),
  attendeesDropped: z.number(),
  attendeesErased: z.number(),
  /** Records that change: `changedCount` of the counts above, the number the preview promised. */
  changed: z.number(),
  signature: SignatureStatus,
  /** False when nothing changed: there is nothing to undo then. */
  undoable: z.boolean(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

/** A bundle over one of the importer's limits: which limit, how large it would be, and the limit, in bytes or entries. */
export const OverLimit = z.object({
  code: z.enum(['too_many_entries', 'entry_too_large', 'too_large_unpacked', 'file_too_large']),
  /** Which limit: the record files together, all entries, one entry, their number, the file. */
  limit: z.enum(['recordBytes', 'unpackedBytes', 'entryBytes', 'entries', 'fileBytes']),
  actual: z.number(),
  max: z.number(),
});
export type OverLimit = z.infer<typeof OverLimit>;

export const ExportedMember = z.object({
  id: Id,
  name: z.string(),
  institution: z.string(),
  /** Profile fields that leave the machine (only those with a value). */
  included: z.array(z.string()),
  /** Profile fields held back because their owner did not share them with the network. */
  withheld: z.array(z.string()),
});

export const ExportPreview = z.object({
  scope: BundleScope,
  counts: perCollection(z.number()),
  /** Exactly which personal data leaves: every member profile and its fields. */
  members: z.array(ExportedMember),
  left: z.object({
    /** Profiles whose visibility is 'instelling' or 'prive'. */
    members: z.number(),
    /** Research results still marked as draft. */
    drafts: z.number(),
    /** Sessions whose attendee list (names and e-mail of guests) stays on this machine. */
    attendeeLists: z.number(),
    /** Learning-log entries, POPs and badges their owners keep private. */
    personal: z.number(),
  }),
  attachments: z.object({ count: z.number(), bytes: z.number(), missing: z.number() }),
  /**
   * Why an importer would refuse this bundle (the limits in
   * main/core/bundle/limits.ts, the same the reader applies), or null. Export
   * refuses such a bundle rather than write a file nobody can import.
   */
  overLimit: OverLimit.nullable(),
});
export type ExportPreview = z.infer<typeof ExportPreview>;

export const ExportResult = z.object({ file: z.string(), bytes: z.number(), records: z.number(), signed: z.boolean(), fingerprint: Fingerprint.nullable() });
export type ExportResult = z.infer<typeof ExportResult>;

/** What `bundles:inspect` and `bundles:import` answer: the outcome, or why the file was refused. */
export const refusedOr = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('status', [z.object({ status: z.literal('ok'), value }), z.object({ status: z.literal('refused'), refusal: Refusal })]);

export const UndoResult = z.object({ restored: z.number(), removed: z.number() });
export type UndoResult = z.infer<typeof UndoResult>;

export { Conflict };

/** A change from someone who may not make it, kept on this install until an owner of the record accepts or rejects it. */
export const Suggestion = z.strictObject({
  /** `<collection>/<record id>/<sender install>`: a newer suggestion from the same sender replaces the older one. */
  id: z.string(),
  collection: z.enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]]),
  recordId: Id,
  from: z.strictObject({ installId: InstallId, memberId: Id.nullable(), name: z.string(), signature: z.enum(['known', 'unknown', 'unsigned']) }),
  fields: z.record(z.string(), z.strictObject({ value: z.unknown(), rev: z.string() })),
  receivedAt: IsoDateTime,
});
export type Suggestion = z.infer<typeof Suggestion>;
