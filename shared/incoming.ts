import { hlcNode } from './hlc';
import { compareFieldStates, detectConflicts, fieldState, mergeableFields, mergeInto, type FieldConflict, type FieldState, type MergeableRecord } from './merge';
import { CURATED_COLLECTIONS, mayChange, onlyOwnAnswers, ownersOf, type Signer } from './ownership';

/**
 * What one incoming copy of a record does to this install (docs/data-model.md,
 * "Importing a record"): the ownership rule decides which of its fields may
 * change the local copy; those merge by the merge rule, the sender's own
 * other changes become a suggestion, and anything else (stamps forged in
 * this install's name, other people's changes relayed by a non-owner)
 * changes nothing. Pure, so the import path, sync and the multi-install
 * simulation all run exactly this.
 */

export interface IncomingContext {
  /** This install and its member ("me"). */
  installId: string;
  meId: string | null;
  /** Who signed the bundle, if the key is confirmed. */
  signer: Signer;
  /** The install the bundle says it comes from (unverified when unsigned). */
  senderInstallId: string;
}

export interface Verdict {
  /** The record to store, or null when nothing is stored. */
  record: MergeableRecord | null;
  /** The stored record differs from the local one (or is new). */
  changed: boolean;
  isNew: boolean;
  /** The stored copy came from someone who is not its owner; its owners' own copy replaces it when it arrives. */
  provisional: boolean;
  conflicts: FieldConflict[];
  /** Fields whose value the incoming copy changes. */
  changedFields: string[];
  /** Changes the sender made to fields they may not change, for the owner to accept or reject. */
  suggestion: Record<string, FieldState>;
  /** Fields stamped in this install's name that this install never wrote. */
  forged: number;
  /** Newer values of other people's that a non-owner passed on: they wait for a bundle from an owner. */
  relayed: number;
}


/** May the signer change a record as it describes itself (a record this install does not hold yet, or holds only unconfirmed)? */
function claimsAuthority(signer: Signer, collection: string, record: MergeableRecord): boolean {
  if (signer.installId === null) return false;
  const owners = ownersOf(collection, record);
  return (
    record.origin === signer.installId ||
    (signer.memberId !== null && owners.includes(signer.memberId)) ||
    (signer.curator && CURATED_COLLECTIONS.includes(collection))
  );
}

/**
 * `incoming` with the fields outside `allowed` put back to their local state,
 * an envelope that claims no more than its fields, and the local copy's
 * creation facts.
 */
function restrict(local: MergeableRecord, incoming: MergeableRecord, allowed: (field: string) => boolean): MergeableRecord {
  const fieldRevs: Record<string, string> = {};
  const fieldBase: Record<string, string> = {};
  const out: Record<string, unknown> = { ...incoming };
  for (const field of mergeableFields(local, incoming)) {
    const state = allowed(field) ? fieldState(incoming, field) : fieldState(local, field);
    if (state.value === undefined) delete out[field];
    else out[field] = state.value;
    if (state.rev) fieldRevs[field] = state.rev;
    if (state.base) fieldBase[field] = state.base;
  }
  const revs = Object.values(fieldRevs);
  const rev = revs.length > 0 ? revs.reduce((a, b) => (a > b ? a : b)) : local.rev;
  // Creation facts never change: taking them from a copy would let its sender pose as the record's creator.
  const result = {
    ...out,
    fieldRevs,
    rev,
    updatedAt: rev === incoming.rev ? incoming.updatedAt : local.updatedAt,
    origin: local.origin,
    createdAt: local.createdAt,
    demo: local.demo,
  } as MergeableRecord;
  if (Object.keys(fieldBase).length > 0) result.fieldBase = fieldBase;
  else delete result.fieldBase;
  return result;
}

const empty = (record: MergeableRecord | null, isNew: boolean, provisional: boolean): Verdict => ({
  record,
  changed: isNew && record !== null,
  isNew,
  provisional,
  conflicts: [],
  changedFields: [],
  suggestion: {},
  forged: 0,
  relayed: 0,
});

export function judgeIncoming(
  collection: string,
  local: MergeableRecord | undefined,
  localProvisional: boolean,
  incoming: MergeableRecord,
  ctx: IncomingContext,
): Verdict {
  const stampedAsMe = (field: string) => hlcNode(fieldState(incoming, field).rev) === ctx.installId;

  if (!local) {
    // A record this install never held cannot carry stamps of this install's: someone wrote them in its name.
    const forged = mergeableFields(incoming).filter(stampedAsMe).length + (incoming.origin === ctx.installId ? 1 : 0);
    if (forged > 0) return { ...empty(null, false, false), forged };
    return empty(incoming, true, !claimsAuthority(ctx.signer, collection, incoming));
  }

  // A stamp of this install's that would beat what this install holds was never written here.
  const forged = new Set(mergeableFields(incoming).filter((f) => stampedAsMe(f) && compareFieldStates(fieldState(incoming, f), fieldState(local, f)) > 0));
  const honest = restrict(local, incoming, (f) => !forged.has(f));

  if (localProvisional && forged.size === 0 && claimsAuthority(ctx.signer, collection, incoming)) {
    // The owners' own copy replaces one that only non-owners had passed on; what was written here stays, by the merge rule.
    const ownWrites = mergeableFields(local).filter((f) => hlcNode(fieldState(local, f).rev) === ctx.installId);
    const replacement = ownWrites.length > 0 ? mergeInto(incoming, restrict(incoming, local, (f) => ownWrites.includes(f))).record : incoming;
    const changedFields = mergeableFields(local, replacement).filter((f) => compareFieldStates(fieldState(local, f), fieldState(replacement, f)) !== 0);
    return { ...empty(replacement, false, false), changed: true, changedFields };
  }

  const authorized = localProvisional || mayChange(ctx.signer, collection, local, ctx.meId);
  const ownAnswers = collection === 'questions' && ctx.signer.installId !== null && onlyOwnAnswers(local, honest, ctx.signer.memberId);
  const may = (field: string) => authorized || (field === 'answers' && ownAnswers);

  const wins = (field: string) => compareFieldStates(fieldState(honest, field), fieldState(local, field)) > 0;
  const suggestion: Record<string, FieldState> = {};
  let relayed = 0;
  // An erased profile takes no suggestions: they would bring its erased values back onto this install.
  const erased = collection === 'members' && local.deleted;
  for (const field of mergeableFields(local, honest)) {
    if (may(field) || !wins(field) || erased) continue;
    const state = fieldState(honest, field);
    if (JSON.stringify(state.value) === JSON.stringify(local[field])) continue;
    if (hlcNode(state.rev) === ctx.senderInstallId) suggestion[field] = state;
    else relayed++;
  }

  const allowed = restrict(local, honest, may);
  // What this install wrote to a record it may not change was a suggestion to its owners, not a claim of its own:
  // the owners' answer settles it, so there is no conflict to show here.
  const ownsHere = mayChange({ installId: ctx.installId, memberId: ctx.meId, curator: false }, collection, local, ctx.meId);
  const conflicts = ownsHere ? detectConflicts(local, allowed, ctx.installId, collection) : [];
  const { record, changed } = mergeInto(local, allowed);
  const changedFields = mergeableFields(local, allowed).filter((f) => wins(f) && may(f));
  return { record, changed, isNew: false, provisional: localProvisional, conflicts, changedFields, suggestion, forged: forged.size, relayed };
}
