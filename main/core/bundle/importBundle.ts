import path from 'node:path';
import { z } from 'zod';
import { changedCount, ChangeCounts, type ImportPreview, type ImportSummary, type SignatureStatus, type UndoResult } from '../../../shared/bundle';
import { COLLECTION_NAMES } from '../../../shared/domain';
import { NOBODY, type Signer } from '../../../shared/ownership';
import type { AppContext } from '../app';
import { ServiceError } from '../dispatch';
import type { StoredRecord } from '../store/documentStore';
import type { StoreOp } from '../store/journal';
import { hasAttachment, referencedAttachments, removeAttachment, writeAttachment } from './attachments';
import { fileKeyVault, ownFingerprint, type KeyVault } from './keys';
import { LOCAL } from './limits';
import { eraseImportedFromAttendees } from './importedErasures';
import { checkPhantomTombstones } from './phantoms';
import { planImport, type ImportPlan, type Sender, type UndoEntry } from './plan';
import { provisionalId } from './provisional';
import { checkActivityMembers } from './references';
import { readBundle, type BundleProgress, type ParsedBundle } from './readBundle';
import { refuse, throwIfAborted } from './refusal';
import { signatureStatus, trustedKey, trustedKeyRecord } from './trust';

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: BundleProgress) => void;
  /**
   * Trust the key that signed this bundle from now on. Required for a known
   * colleague whose key changed: the user has compared the new fingerprint.
   */
  acceptKey?: boolean;
  /** Check and compute everything, write nothing. */
  dryRun?: boolean;
  /** Where this install's own signing key is kept: a bundle from this install must carry it. */
  vault?: KeyVault;
  /**
   * False: do not replace the "undo last import" record. The shared-folder
   * sync imports many small segments; the user's undo stays for the bundle
   * they imported by hand.
   */
  recordUndo?: boolean;
  /**
   * Local bookkeeping to write in the same atomic commit when the import
   * changes something (the sync's cursor: a segment is then applied exactly once).
   */
  alsoCommit?: StoreOp[];
  /**
   * The people an activity names may arrive later, from another source: the
   * shared folder, where each install sends only its own records, so a
   * colleague's profile comes in that colleague's segments (two installs can
   * name each other's people: neither may wait for the other). A hand import
   * refuses an activity naming someone neither this install nor the bundle knows.
   */
  membersMayFollow?: boolean;
  /**
   * False: do not wait for the disk; the caller makes the import durable
   * with `store.flush()` (the sync applies a pass's segments with one fsync).
   */
  durable?: boolean;
}

const UNDO_ID = 'last';

interface Inspected {
  bundle: ParsedBundle;
  signature: SignatureStatus;
  plan: ImportPlan;
  phantomTombstones: number;
  attendeesErased: number;
}

/**
 * Who sent the bundle, as the ownership rule sees it: a confirmed key (or
 * one the user confirms with this import) speaks for its colleague; an
 * unknown key or an unsigned bundle for nobody. A bundle that says it comes
 * from this very install must carry this install's own key (a bundle
 * exported here and imported again); any other is someone posing as it.
 */
async function senderOf(app: AppContext, bundle: ParsedBundle, signature: SignatureStatus, options: ImportOptions): Promise<Sender> {
  const { installId, memberId } = bundle.manifest.exporter;
  const meId = app.settings.get().meId;
  if (installId === app.install.installId) {
    const own = await ownFingerprint(options.vault ?? fileKeyVault(app.dataDir));
    if (own === null || own !== bundle.fingerprint) refuse('own_install', installId);
    return { signer: { installId, memberId: meId, curator: false }, installId, memberId: meId, name: '', signature: 'known' };
  }
  const confirmed = signature.kind === 'known' || (options.acceptKey === true && bundle.fingerprint !== null);
  const key = confirmed ? trustedKey(app.store, installId) : null;
  const signer: Signer = confirmed ? { installId, memberId: signature.trusted?.memberId ?? memberId, curator: key?.curator === true } : NOBODY;
  const kind = confirmed ? 'known' : signature.kind === 'unsigned' ? 'unsigned' : 'unknown';
  return { signer, installId, memberId, name: signature.trusted?.name || exporterName(app, bundle), signature: kind };
}

async function inspect(app: AppContext, file: string, options: ImportOptions): Promise<Inspected> {
  const bundle = await readBundle(file, { signal: options.signal, onProgress: options.onProgress, now: app.records.now() });
  return inspectParsed(app, bundle, options);
}

async function inspectParsed(app: AppContext, bundle: ParsedBundle, options: ImportOptions): Promise<Inspected> {
  if (!options.membersMayFollow) checkActivityMembers(app, bundle);
  const signature = signatureStatus(app.store, bundle.manifest, bundle.fingerprint);
  const phantomTombstones = checkPhantomTombstones(app.store, bundle);
  options.onProgress?.({ phase: 'merging', done: 0, total: 1 });
  const plan = planImport(app, bundle, await senderOf(app, bundle, signature, options), options.signal);
  const attendeesErased = eraseImportedFromAttendees(app, plan);
  options.onProgress?.({ phase: 'merging', done: 1, total: 1 });
  return { bundle, signature, plan, phantomTombstones, attendeesErased };
}

function previewOf({ bundle, signature, plan, phantomTombstones, attendeesErased }: Inspected): ImportPreview {
  const { manifest } = bundle;
  return {
    createdAt: manifest.createdAt,
    formatVersion: manifest.formatVersion,
    scope: manifest.scope,
    signature,
    counts: plan.counts,
    totals: plan.totals,
    items: plan.items,
    ignored: plan.ignored,
    phantomTombstones,
    attendeesDropped: bundle.attendeesDropped,
    attendeesErased,
    attachments: { count: plan.attachments.length, bytes: plan.attachments.reduce((n, sha) => n + bundle.attachments.get(sha)!.length, 0) },
  };
}

/**
 * Checks a bundle and shows what importing it would change; writes nothing.
 * With `acceptKey` it shows what importing it while confirming its key
 * would do. Throws BundleRefusal.
 */
export async function inspectBundle(app: AppContext, file: string, options: Pick<ImportOptions, 'signal' | 'onProgress' | 'acceptKey' | 'vault'> = {}): Promise<ImportPreview> {
  return previewOf(await inspect(app, file, options));
}

/**
 * Imports a bundle in one atomic store commit, together with what undo
 * needs. A refused or cancelled import leaves the data directory as it was.
 */
export async function importBundle(app: AppContext, file: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const bundle = await readBundle(file, { signal: options.signal, onProgress: options.onProgress, now: app.records.now() });
  return importParsedBundle(app, bundle, path.basename(file), options);
}

/**
 * The same import for a bundle already read and checked by `readBundle`
 * (the shared-folder sync looks at the manifest before it applies a segment).
 */
export async function importParsedBundle(app: AppContext, bundle: ParsedBundle, fileName: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const { signature, plan, phantomTombstones, attendeesErased } = await inspectParsed(app, bundle, options);
  const trust = options.acceptKey === true && bundle.fingerprint !== null && signature.kind !== 'known';
  if (signature.kind === 'key_changed' && !trust) refuse('key_not_accepted', signature.fingerprint ?? undefined);
  if (signature.rotated) {
    // The confirmed key vouched for the new one: the trust store follows, keeping who it belongs to and their curator role.
    const before = app.store.get(LOCAL.trustedKeys, bundle.manifest.exporter.installId)!;
    const key = { ...before, publicKey: bundle.manifest.publicKey!, fingerprint: bundle.fingerprint! };
    plan.ops.push({ kind: 'put', collection: LOCAL.trustedKeys, record: key });
    plan.touched.push({ c: LOCAL.trustedKeys, id: key.id, before, after: null });
  } else if (trust) {
    const key = trustedKeyRecord(bundle, exporterName(app, bundle), app.records.now());
    plan.ops.push({ kind: 'put', collection: LOCAL.trustedKeys, record: key });
    plan.touched.push({ c: LOCAL.trustedKeys, id: key.id, before: app.store.get(LOCAL.trustedKeys, key.id) ?? null, after: null });
  }
  const summary = (applied: boolean): ImportSummary => ({
    added: plan.totals.new,
    updated: plan.totals.updated,
    unchanged: plan.totals.unchanged,
    conflicts: plan.totals.conflicting,
    deleted: plan.totals.deleted,
    changed: changedCount(plan.totals),
    suggestions: plan.totals.suggested,
    phantomTombstones,
    attendeesDropped: bundle.attendeesDropped,
    attendeesErased,
    signature,
    undoable: applied && options.recordUndo !== false,
  });
  if (options.dryRun || plan.ops.length === 0) return summary(false);

  const written: string[] = [];
  try {
    for (const [index, sha] of plan.attachments.entries()) {
      throwIfAborted(options.signal);
      if (await hasAttachment(app.dataDir, sha)) continue;
      await writeAttachment(app.dataDir, sha, bundle.attachments.get(sha)!);
      written.push(sha);
      options.onProgress?.({ phase: 'writing', done: index + 1, total: plan.attachments.length + 1 });
    }
    throwIfAborted(options.signal);
    const undo: UndoRecord = {
      id: UNDO_ID,
      importedAt: app.records.now().toISOString(),
      file: fileName,
      counts: plan.totals,
      touched: plan.touched,
      attachments: written,
    };
    const undoOps: StoreOp[] = options.recordUndo !== false ? [{ kind: 'put', collection: LOCAL.imports, record: undo as unknown as StoredRecord }] : [];
    await app.store.commit([...plan.ops, ...undoOps, ...(options.alsoCommit ?? [])], { durable: options.durable !== false });
  } catch (error) {
    for (const sha of written) await removeAttachment(app.dataDir, sha);
    throw error;
  }
  if (plan.latestStamp) app.records.clock.observe(plan.latestStamp);
  options.onProgress?.({ phase: 'writing', done: 1, total: 1 });
  return summary(true);
}

function exporterName(app: AppContext, bundle: ParsedBundle): string {
  const memberId = bundle.manifest.exporter.memberId;
  if (!memberId) return '';
  const member = app.repos.members.findAny(memberId) ?? bundle.records.members.find((m) => m.id === memberId);
  return member && 'name' in member ? member.name : '';
}

const UndoRecord = z.object({
  id: z.literal(UNDO_ID),
  importedAt: z.string(),
  file: z.string(),
  /** The import's counts as its preview and summary showed them; what Uitwisselen and undo report. */
  counts: ChangeCounts.optional(),
  touched: z.array(z.object({ c: z.string(), id: z.string(), before: z.custom<StoredRecord>().nullable(), after: z.string().nullable() })),
  attachments: z.array(z.string()),
});
type UndoRecord = z.infer<typeof UndoRecord> & { touched: UndoEntry[] };

/**
 * The counts of an undo record. One written before the counts were kept
 * (an older version) is counted from what it touched: records it created are
 * new, the others changed.
 */
function undoCounts(undo: UndoRecord): ChangeCounts {
  if (undo.counts) return undo.counts;
  const shared = undo.touched.filter((t) => (COLLECTION_NAMES as string[]).includes(t.c));
  const created = shared.filter((t) => !t.before).length;
  return { new: created, updated: shared.length - created, suggested: 0, unchanged: 0, conflicting: 0, deleted: 0 };
}

/** What the last import changed, if it can still be undone: `records` is the same number its preview and summary showed. */
export function lastImport(app: AppContext): { importedAt: string; file: string; records: number } | null {
  const parsed = UndoRecord.safeParse(app.store.get(LOCAL.imports, UNDO_ID));
  return parsed.success ? { importedAt: parsed.data.importedAt, file: parsed.data.file, records: changedCount(undoCounts(parsed.data)) } : null;
}

/**
 * Restores every record the last import touched to its exact state before
 * it, and removes what it added, in one commit. Refused when one of those
 * records changed after the import: undo would silently drop that change.
 */
export async function undoLastImport(app: AppContext): Promise<UndoResult> {
  const parsed = UndoRecord.safeParse(app.store.get(LOCAL.imports, UNDO_ID));
  if (!parsed.success) throw new ServiceError('not_found', 'There is no import to undo.');
  const { touched, attachments } = parsed.data;
  for (const entry of touched) {
    if (entry.after !== null && app.store.get(entry.c, entry.id)?.rev !== entry.after) {
      throw new ServiceError('conflict', 'Records from this import were changed afterwards; undoing it would lose those changes.');
    }
  }
  const ops: StoreOp[] = [];
  // Reversed, so a record touched twice ends in its state from before the first touch.
  for (const entry of [...touched].reverse()) {
    ops.push(entry.before ? { kind: 'put', collection: entry.c, record: entry.before } : { kind: 'purge', collection: entry.c, id: entry.id });
    // A record the import added takes the provisional marker the import gave it along (plan.ts keeps no undo entry for it).
    const marker = provisionalId(entry.c, entry.id);
    if (!entry.before && app.store.get(LOCAL.provisional, marker)) ops.push({ kind: 'purge', collection: LOCAL.provisional, id: marker });
  }
  ops.push({ kind: 'purge', collection: LOCAL.imports, id: UNDO_ID });
  await app.store.commit(ops);
  const stillUsed = new Set(referencedAttachments('research', app.repos.research.list()));
  for (const sha of attachments) if (!stillUsed.has(sha)) await removeAttachment(app.dataDir, sha);
  // Counted as the import was: what it added is removed, what it changed is restored.
  const counts = undoCounts(parsed.data);
  return { restored: changedCount(counts) - counts.new, removed: counts.new };
}
