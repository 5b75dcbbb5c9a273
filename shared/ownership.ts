import type { CollectionName } from './domain';

/**
 * Who may change what (docs/security.md, "Ownership"). Every record has
 * owners, named by member id in the record itself; an imported change is
 * applied only when the bundle was signed by a confirmed key bound to one of
 * them (or to the install that created the record). Everyone else's changes
 * become suggestions. This module is the one place that decides it: the
 * import path, sync and the UI all ask here.
 */

type Fields = Record<string, unknown>;

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const one = (value: unknown): string[] => (typeof value === 'string' ? [value] : []);

/** Per record type, the member ids that own a record. A type missing here has no member owners: only its creating install may change it. */
const OWNER_FIELDS: Partial<Record<CollectionName, (record: Fields) => string[]>> = {
  members: (r) => one(r.id),
  research: (r) => ids(r.authorIds),
  questions: (r) => one(r.authorId),
  sessions: (r) => ids(r.organiserIds),
  plgs: (r) => ids(r.coordinatorIds),
  activities: (r) => ids(r.memberIds),
  learning: (r) => one(r.ownerId),
  pop: (r) => one(r.ownerId),
  badges: (r) => one(r.memberId),
};

export function ownersOf(collection: string, record: Fields): string[] {
  const owners = OWNER_FIELDS[collection as CollectionName];
  return owners ? owners(record) : [];
}

/** Record types an HR curator may change on top of their owners (café sessions and PLGs: HR is the usual kartrekker). */
export const CURATED_COLLECTIONS: readonly string[] = ['sessions', 'plgs'];

/**
 * Who signed a bundle, as far as this install can tell. `installId` and
 * `memberId` are set only for a key the user confirmed (the trust store);
 * an unknown key or an unsigned bundle is nobody.
 */
export interface Signer {
  installId: string | null;
  memberId: string | null;
  /** The user marked this colleague as an HR curator when confirming the key. */
  curator: boolean;
}

export const NOBODY: Signer = { installId: null, memberId: null, curator: false };

/**
 * May `signer` change `record` as it stands on this install? An owner may;
 * so may the install that created it, and an HR curator for café sessions
 * and PLGs — except that a record owned by this install's own member ("me")
 * is changed by its owners alone.
 */
export function mayChange(signer: Signer, collection: string, record: Fields & { origin: string }, meId: string | null): boolean {
  if (signer.installId === null) return false;
  const owners = ownersOf(collection, record);
  const isOwner = signer.memberId !== null && owners.includes(signer.memberId);
  if (meId !== null && owners.includes(meId)) return isOwner;
  return isOwner || record.origin === signer.installId || (signer.curator && CURATED_COLLECTIONS.includes(collection));
}

/**
 * The one partial right: on someone else's question, a colleague may add,
 * change or remove their own answers and nothing else.
 */
export function onlyOwnAnswers(local: Fields, incoming: Fields, memberId: string | null): boolean {
  if (memberId === null) return false;
  type Answer = { id: string; authorId: string };
  const before = new Map((local.answers as Answer[] | undefined ?? []).map((a) => [a.id, a]));
  const after = new Map((incoming.answers as Answer[] | undefined ?? []).map((a) => [a.id, a]));
  const touched = [...new Set([...before.keys(), ...after.keys()])].filter((id) => JSON.stringify(before.get(id)) !== JSON.stringify(after.get(id)));
  return touched.every((id) => [before.get(id), after.get(id)].every((answer) => answer === undefined || answer.authorId === memberId));
}
