import type { BundleScope, ExportPreview } from '../../../shared/bundle';
import {
  COLLECTION_NAMES,
  emptyAnswers,
  emptyMemberFields,
  noLinks,
  PRIVATE_FIELDS,
  type AnyRecord,
  type CollectionName,
  type Member,
  type RecordOf,
} from '../../../shared/domain';
import type { AppContext } from '../app';
import { ServiceError } from '../dispatch';

/**
 * Which records a bundle holds and what of them may leave this machine
 * (docs/bundle-format.md, "Scope" and "What leaves the machine"). The rule:
 * only what is shared with the whole network ('netwerk') leaves.
 */

type Ref = { collection: CollectionName; id: string };
export type Selected = { [C in CollectionName]: RecordOf<C>[] };

const refs = (collection: CollectionName, ids: readonly (string | null)[]): Ref[] =>
  ids.filter((id): id is string => !!id).map((id) => ({ collection, id }));

/** The records a record points at: a scope is closed under these. */
function references(collection: CollectionName, record: AnyRecord): Ref[] {
  switch (collection) {
    case 'members':
      return refs('plgs', (record as Member).plgIds);
    case 'plgs':
      // Its coordinators own it: they go along, so the other install knows whose it is.
      return refs('members', (record as RecordOf<'plgs'>).coordinatorIds);
    case 'research': {
      const r = record as RecordOf<'research'>;
      return refs('members', [...r.authorIds, ...r.partnerIds]);
    }
    case 'questions': {
      const q = record as RecordOf<'questions'>;
      return refs('members', [q.authorId, ...q.answers.map((a) => a.authorId)]);
    }
    case 'sessions': {
      const s = record as RecordOf<'sessions'>;
      return [
        ...refs('members', [...s.organiserIds, ...s.programme.flatMap((p) => p.presenterIds), ...s.actions.map((a) => a.ownerId)]),
        ...refs('research', s.programme.flatMap((p) => p.researchIds)),
        ...refs('questions', s.programme.flatMap((p) => p.questionIds)),
        ...refs('plgs', [s.plgId]),
      ];
    }
    case 'activities': {
      const a = record as RecordOf<'activities'>;
      return [
        ...refs('members', a.memberIds),
        ...refs('research', a.researchIds),
        ...refs('questions', a.questionIds),
        ...refs('sessions', a.sessionIds),
        ...refs('plgs', [a.plgId]),
      ];
    }
    case 'learning': {
      const l = record as RecordOf<'learning'>;
      if (l.visibility !== 'netwerk') return [];
      return [...refs('members', [l.ownerId]), ...refs('sessions', [l.links.sessionId]), ...refs('research', [l.links.researchId]), ...refs('questions', [l.links.questionId])];
    }
    case 'pop':
      return refs('members', [(record as RecordOf<'pop'>).ownerId]);
    case 'badges':
      return refs('members', [(record as RecordOf<'badges'>).memberId]);
    default:
      return [];
  }
}

/** Private profiles, draft results and private learning records never leave; other deletions always do, so they reach every install. */
export function isShareable(collection: CollectionName, record: AnyRecord): boolean {
  // Personal records, deleted or not: what was never shared has nothing to delete elsewhere either.
  if (collection === 'learning') return (record as RecordOf<'learning'>).visibility !== 'prive';
  if (collection === 'pop' || collection === 'badges') return (record as RecordOf<'pop' | 'badges'>).visibility === 'netwerk';
  if (record.deleted) return true;
  if (collection === 'members') return (record as Member).visibility === 'netwerk';
  if (collection === 'research') return !(record as RecordOf<'research'>).draft;
  return true;
}

function roots(app: AppContext, scope: BundleScope): Ref[] {
  if (scope.kind === 'segment') throw new ServiceError('invalid_input', 'A sync segment names no records; its writer selects them.');
  if (scope.kind === 'all') return COLLECTION_NAMES.flatMap((collection) => app.repos[collection].listAll().map(({ id }) => ({ collection, id })));
  const ids = scope.kind === 'session' ? [scope.id] : scope.ids;
  return ids.map((id) => {
    const collection = scope.kind === 'session' ? 'sessions' : COLLECTION_NAMES.find((c) => app.repos[c].findAny(id));
    if (!collection || !app.repos[collection].findAny(id)) throw new ServiceError('not_found', `No record with id ${id}`);
    return { collection, id };
  });
}

/** The scope's records and everything they reference, before the sharing rule. */
export function selectRecords(app: AppContext, scope: BundleScope): Selected {
  const selected = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, new Map<string, AnyRecord>()])) as Record<CollectionName, Map<string, AnyRecord>>;
  const queue = roots(app, scope);
  for (let ref = queue.pop(); ref; ref = queue.pop()) {
    if (selected[ref.collection].has(ref.id)) continue;
    const record = app.repos[ref.collection].findAny(ref.id);
    if (!record) continue; // a dangling reference: nothing to send
    selected[ref.collection].set(ref.id, record);
    if (isShareable(ref.collection, record)) queue.push(...references(ref.collection, record));
  }
  return Object.fromEntries(COLLECTION_NAMES.map((c) => [c, [...selected[c].values()]])) as Selected;
}

const EMPTY_MEMBER = emptyMemberFields() as Record<string, unknown>;

/** A contributor token that names nobody: what a network-shared entry carries instead of its owner's token. */
export const NO_CONTRIBUTOR = '0'.repeat(32);

/**
 * What of a learning entry leaves (docs/privacy.md): shared in aggregate,
 * only kind, institution, team, the month and the owner's opaque contributor
 * token; shared with the network, everything but that token, so the entry
 * cannot be tied to the owner's aggregate-only entries.
 */
function withheldLearning(entry: RecordOf<'learning'>): Record<string, unknown> {
  if (entry.visibility === 'netwerk') return { contributor: NO_CONTRIBUTOR };
  return { ownerId: null, title: '', happened: '', withWhom: '', answers: emptyAnswers(), links: noLinks(), date: `${entry.date.slice(0, 7)}-01` };
}

/** Fields a record holds back: a member's non-network fields, a session's attendee list, most of an aggregate-only learning entry. */
export function withheldFields(collection: CollectionName, record: AnyRecord): Record<string, unknown> {
  // Even a deleted aggregate-only entry must not tie its contributor token to its owner.
  if (collection === 'learning') return withheldLearning(record as RecordOf<'learning'>);
  // A deleted session keeps its attendee list here (undo, Mijn gegevens); it stays here as well.
  if (collection === 'sessions') return { attendees: [] };
  if (record.deleted) return {};
  if (collection !== 'members') return {};
  const member = record as Member;
  const held = PRIVATE_FIELDS.filter((field) => (member.fieldVisibility[field] ?? 'netwerk') !== 'netwerk');
  return Object.fromEntries(held.map((field) => [field, EMPTY_MEMBER[field]]));
}

/**
 * The copy that leaves: held-back fields emptied and without their stamps,
 * so on the other side any real value (from the owner) wins over the blank.
 */
export function shareableCopy<R extends AnyRecord>(collection: CollectionName, record: R): R {
  const held = withheldFields(collection, record);
  const keys = Object.keys(held);
  if (keys.length === 0) return record;
  const fieldRevs = { ...record.fieldRevs };
  const fieldBase = { ...record.fieldBase };
  for (const key of keys) {
    delete fieldRevs[key];
    delete fieldBase[key];
  }
  const { fieldBase: _base, ...rest } = record;
  return { ...rest, ...held, fieldRevs, ...(Object.keys(fieldBase).length > 0 ? { fieldBase } : {}) } as R;
}

const SETTINGS_FIELDS = new Set(['visibility', 'fieldVisibility']);
const hasValue = (value: unknown) => value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** Exactly the personal data a bundle would carry: per profile, the fields that leave and those held back. */
export function describeMembers(members: readonly Member[]): ExportPreview['members'] {
  return members
    .filter((m) => !m.deleted)
    .map((member) => {
      const withheld = Object.keys(withheldFields('members', member));
      const shared = shareableCopy('members', member) as Record<string, unknown>;
      const included = Object.keys(EMPTY_MEMBER).filter((f) => !SETTINGS_FIELDS.has(f) && !withheld.includes(f) && hasValue(shared[f]));
      return { id: member.id, name: member.name, institution: member.institution, included, withheld };
    });
}
