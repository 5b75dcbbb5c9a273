import { z } from 'zod';
import { canonicalJson } from './canonicalJson';
import { IsoDateTime } from './domain/common';
import { ENVELOPE_KEYS, type Envelope } from './domain/envelope';
import { Hlc, hlcNode } from './hlc';
import { Id } from './ids';

/**
 * The merge rule (docs/data-model.md, "Merge rule"): two copies of a record
 * merge field by field, the value with the higher stamp wins, and `deleted`
 * is a field like any other. Merging is commutative, associative and
 * idempotent, so installs that saw the same changes hold the same records,
 * whatever order the bundles arrived in.
 */

export type MergeableRecord = Envelope & Record<string, unknown>;

/** One field of one copy: its value, its stamp and the stamp it was written on top of ('' when absent). */
export interface FieldState {
  value: unknown;
  rev: string;
  base: string;
}

const ENVELOPE = new Set<string>(ENVELOPE_KEYS);

/** Fields that merge one by one: everything outside the envelope, plus the tombstone flag. */
export function mergeableFields(...records: MergeableRecord[]): string[] {
  const fields = new Set<string>(['deleted']);
  for (const record of records) for (const key of Object.keys(record)) if (!ENVELOPE.has(key)) fields.add(key);
  return [...fields];
}

export function fieldState(record: MergeableRecord, field: string): FieldState {
  return { value: record[field], rev: record.fieldRevs[field] ?? '', base: record.fieldBase?.[field] ?? '' };
}

export const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b) || canonicalJson(a) === canonicalJson(b);

/**
 * A total order on field states: by stamp, then (for equal stamps, which only
 * damaged or hand-made data has) by canonical value, then by base. Taking the
 * maximum of a total order is what makes the merge order-independent.
 */
export function compareFieldStates(a: FieldState, b: FieldState): number {
  if (a.rev !== b.rev) return a.rev < b.rev ? -1 : 1;
  if (!sameValue(a.value, b.value)) return canonicalJson(a.value) < canonicalJson(b.value) ? -1 : 1;
  if (a.base !== b.base) return a.base < b.base ? -1 : 1;
  return 0;
}

export interface MergeOutcome<R extends MergeableRecord> {
  record: R;
  /** False when the result equals `local`: nothing to write. */
  changed: boolean;
}

/** Merges `incoming` into `local`; the result does not depend on which is which, only `changed` does. */
export function mergeInto<R extends MergeableRecord>(local: R, incoming: R): MergeOutcome<R> {
  const fieldRevs: Record<string, string> = {};
  const fieldBase: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  let changed = false;
  for (const field of mergeableFields(local, incoming)) {
    const mine = fieldState(local, field);
    const theirs = fieldState(incoming, field);
    const order = compareFieldStates(mine, theirs);
    const winner = order >= 0 ? mine : theirs;
    if (order < 0) changed = true;
    if (winner.value !== undefined) values[field] = winner.value;
    if (winner.rev) fieldRevs[field] = winner.rev;
    if (winner.base) fieldBase[field] = winner.base;
  }
  const newer = local.rev > incoming.rev || (local.rev === incoming.rev && local.updatedAt >= incoming.updatedAt) ? local : incoming;
  const first =
    local.createdAt < incoming.createdAt || (local.createdAt === incoming.createdAt && local.origin <= incoming.origin) ? local : incoming;
  const { deleted, ...fields } = values;
  const record = {
    id: local.id,
    rev: newer.rev,
    fieldRevs,
    ...(Object.keys(fieldBase).length > 0 ? { fieldBase } : {}),
    origin: first.origin,
    createdAt: first.createdAt,
    updatedAt: newer.updatedAt,
    deleted: deleted === true,
    demo: local.demo && incoming.demo,
    ...fields,
  } as unknown as R;
  return { record, changed: changed || !sameEnvelope(local, record) };
}

export const mergeRecords = <R extends MergeableRecord>(a: R, b: R): R => mergeInto(a, b).record;

function sameEnvelope(a: MergeableRecord, b: MergeableRecord): boolean {
  return a.rev === b.rev && a.origin === b.origin && a.createdAt === b.createdAt && a.updatedAt === b.updatedAt && a.demo === b.demo;
}

// ---- conflicts -----------------------------------------------------------


/**
 * `later` was written by someone who had seen `earlier`: on top of it, on top
 * of a later value from the same install (which had itself seen `earlier`),
 * or later on the same install. The middle case keeps a resolved conflict
 * resolved when an even older copy of the other side arrives again.
 */
function descends(later: FieldState, earlier: FieldState): boolean {
  if (later.base !== '' && hlcNode(later.base) === hlcNode(earlier.rev) && later.base >= earlier.rev) return true;
  return hlcNode(later.rev) === hlcNode(earlier.rev) && later.rev > earlier.rev;
}

export interface FieldConflict {
  field: string;
  local: FieldState;
  incoming: FieldState;
  winner: 'local' | 'incoming';
}

/**
 * Both sides changed the same field since their common revision: this
 * install wrote the local value, the incoming value is a different one, and
 * neither was written on top of the other. The merge still picks the winner
 * by stamp (so installs converge); the caller keeps the loser for the user.
 */
export function detectConflicts(local: MergeableRecord, incoming: MergeableRecord, installId: string, collection = ''): FieldConflict[] {
  const conflicts: FieldConflict[] = [];
  const deletion = collection === 'members' ? null : deletionConflict(local, incoming, installId);
  if (deletion) conflicts.push(deletion);
  for (const field of mergeableFields(local, incoming)) {
    if (field === 'deleted') continue;
    const mine = fieldState(local, field);
    const theirs = fieldState(incoming, field);
    if (mine.rev === theirs.rev || !mine.rev || !theirs.rev) continue;
    if (hlcNode(mine.rev) !== installId) continue;
    if (sameValue(mine.value, theirs.value)) continue;
    if (descends(theirs, mine) || descends(mine, theirs)) continue;
    conflicts.push({ field, local: mine, incoming: theirs, winner: compareFieldStates(mine, theirs) >= 0 ? 'local' : 'incoming' });
  }
  return conflicts;
}

/**
 * One side deleted the record while the other edited it without having seen
 * the deletion: without this the edit would vanish into the tombstone. It is
 * a conflict on the field `deleted` ("keep deleted" or "restore with the
 * edit") when this install made the deletion or one of the unseen edits.
 * Profiles are exempt: deleting a profile erases it, and an erasure is not
 * undone by a colleague's edit (docs/privacy.md).
 */
function deletionConflict(local: MergeableRecord, incoming: MergeableRecord, installId: string): FieldConflict | null {
  if (local.deleted === incoming.deleted) return null;
  const [deleter, editor] = local.deleted ? [local, incoming] : [incoming, local];
  const removal = fieldState(deleter, 'deleted');
  // The other side restored the record knowing of the deletion: a decision, not a conflict.
  if (!removal.rev || descends(fieldState(editor, 'deleted'), removal)) return null;
  const unseen = mergeableFields(editor)
    .map((field) => ({ edit: fieldState(editor, field), seen: fieldState(deleter, field) }))
    .filter(({ edit, seen }) => edit.rev !== '' && edit.rev !== seen.rev && !descends(seen, edit) && !descends(removal, edit) && edit.rev > seen.rev)
    .map(({ edit }) => edit);
  if (unseen.length === 0) return null;
  const latestEdit = unseen.reduce((a, b) => (a.rev > b.rev ? a : b));
  const mine = local.deleted ? hlcNode(removal.rev) === installId : unseen.some((edit) => hlcNode(edit.rev) === installId);
  if (!mine) return null;
  const sides = { deleter: { value: true, rev: removal.rev, base: removal.base }, editor: { value: false, rev: latestEdit.rev, base: '' } };
  return local.deleted
    ? { field: 'deleted', local: sides.deleter, incoming: sides.editor, winner: 'local' }
    : { field: 'deleted', local: sides.editor, incoming: sides.deleter, winner: 'incoming' };
}

/** A conflict as this install keeps it (collection `conflicts`, never exported) until the user picks. */
export const ConflictSide = z.object({ value: z.unknown(), rev: Hlc });
export const Conflict = z.strictObject({
  /** `<collection>/<record id>/<field>`: a newer conflict on the same field replaces the older one. */
  id: z.string(),
  collection: z.string(),
  recordId: Id,
  field: z.string(),
  local: ConflictSide,
  incoming: ConflictSide,
  winner: z.enum(['local', 'incoming']),
  detectedAt: IsoDateTime,
});
export type Conflict = z.infer<typeof Conflict>;

/** A value written knowingly on top of both sides of a conflict (someone picked): the conflict is over. */
export function settles(state: FieldState, conflict: Conflict): boolean {
  const side = ({ value, rev }: { value: unknown; rev: string }): FieldState => ({ value, rev, base: '' });
  return descends(state, side(conflict.local)) && descends(state, side(conflict.incoming));
}

export const conflictId = (collection: string, recordId: string, field: string) => `${collection}/${recordId}/${field}`;
