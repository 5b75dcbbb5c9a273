import { canonicalJson } from '../../../shared/canonicalJson';
import { COLLECTION_NAMES, emptyMemberFields, MemberFields, type CollectionName } from '../../../shared/domain';
import { formatHlc, HybridClock, parseHlc } from '../../../shared/hlc';
import { fieldState, mergeableFields, type MergeableRecord } from '../../../shared/merge';
import { NOBODY, ownersOf } from '../../../shared/ownership';
import { listConflicts, resolveConflict } from '../../../main/core/bundle/conflicts';
import type { ExchangeHost } from '../../../main/core/bundle/host';
import { LOCAL } from '../../../main/core/bundle/limits';
import { planImport, type Sender } from '../../../main/core/bundle/plan';
import { provisionalId, unconfirmedClaimOnMe } from '../../../main/core/bundle/provisional';
import type { ParsedBundle } from '../../../main/core/bundle/readBundle';
import { canDecide, decideSuggestion, listSuggestions } from '../../../main/core/bundle/suggestions';
import { createRecord, tombstone, updateRecord } from '../../../main/core/records';
import type { StoredRecord } from '../../../main/core/store/documentStore';
import type { StoreOp } from '../../../main/core/store/journal';

/**
 * Installs held in memory that run the real exchange code (plan, merge,
 * ownership, conflicts, suggestions) on a store of plain maps, so a property
 * test can play thousands of random networks: honest colleagues who trust
 * each other's keys, and hostile senders who forge whatever a bundle can hold.
 * Alongside, a log of every value honest people wrote, to check afterwards
 * that nothing was applied that should not have been, and nothing lost.
 */

class MemoryStore {
  private readonly collections = new Map<string, Map<string, StoredRecord>>();
  get(collection: string, id: string) {
    return this.collections.get(collection)?.get(id);
  }
  all(collection: string) {
    return [...(this.collections.get(collection)?.values() ?? [])];
  }
  async commit(ops: readonly StoreOp[]) {
    for (const op of ops) {
      let c = this.collections.get(op.collection);
      if (!c) this.collections.set(op.collection, (c = new Map()));
      if (op.kind === 'put') c.set(op.record.id, op.record);
      else c.delete(op.id);
    }
  }
  dump(collections: readonly string[]) {
    return canonicalJson(collections.map((c) => this.all(c).sort((a, b) => a.id.localeCompare(b.id))));
  }
}

export interface SimInstall extends ExchangeHost {
  index: number;
  honest: boolean;
  memberId: string;
  store: MemoryStore;
}

/** What honest people wrote: per stamp, the value and whether an owner wrote it (a non-owner's local edit is a suggestion). */
export interface WriteLog {
  /** By `writeKey(stamp, record, field)`: one create stamps every field of a record alike. */
  values: Map<string, { stamp: string; value: string; byOwner: boolean; record: string; field: string; onDeleted: boolean }>;
  /** Stamps that ever stood on one side of a conflict an install recorded. */
  conflicted: Set<string>;
  /** Per write, the stamps of the same field (for a deletion: of the whole record) its writer had seen. */
  parents: Map<string, Set<string>>;
  /** Records a deletion conflict was ever recorded for. */
  deletionConflicts: Set<string>;
  erasedEmails: Set<string>;
}

export const writeKey = (stamp: string, record: string, field: string) => `${stamp} ${record} ${field}`;

const memberIdOf = (i: number) => `01940000-0000-7000-8000-${String(i + 1).padStart(12, '0')}`;
const installIdOf = (i: number) => (i + 1).toString(16).padStart(16, 'a');

export class Network {
  readonly installs: SimInstall[] = [];
  readonly log: WriteLog = { values: new Map(), parents: new Map(), conflicted: new Set(), deletionConflicts: new Set(), erasedEmails: new Set() };
  private readonly knowledge = new Map<string, Set<string>>();
  private time = Date.UTC(2026, 0, 1);

  constructor(honest: number, hostile: number) {
    for (let i = 0; i < honest + hostile; i++) {
      const installId = installIdOf(i);
      const clock = new HybridClock(installId, () => this.time);
      const store = new MemoryStore();
      const meId = memberIdOf(i);
      this.installs.push({
        index: i,
        honest: i < honest,
        memberId: meId,
        store,
        install: { installId },
        settings: { get: () => ({ meId }) },
        records: { clock, installId, now: () => new Date(this.time) },
      });
    }
  }

  tick() {
    this.time += 1 + (this.time % 7);
  }

  get honest() {
    return this.installs.filter((i) => i.honest);
  }

  /** Notes every stamp of `at`'s in the record that is not in the log yet, with what `at` had seen of that field before. */
  private note(at: SimInstall, collection: CollectionName, record: MergeableRecord, byOwner: boolean) {
    const seenAll = new Set<string>();
    for (const field of TRACKED) for (const stamp of this.knowledgeOf(at, record.id, field)) seenAll.add(stamp);
    for (const field of mergeableFields(record)) {
      const { rev, value } = fieldState(record, field);
      const key = writeKey(rev, record.id, field);
      if (!rev || parseHlc(rev).node !== at.install.installId || this.log.values.has(key)) continue;
      this.log.values.set(key, { stamp: rev, value: canonicalJson(value), byOwner, record: record.id, field, onDeleted: record.deleted === true && field !== 'deleted' });
      // A deletion has seen everything its writer knew of the record; any other write what it knew of its field.
      this.log.parents.set(rev, field === 'deleted' ? seenAll : new Set(this.knowledgeOf(at, record.id, field)));
    }
    void collection;
  }

  private async write(at: SimInstall, collection: CollectionName, record: MergeableRecord, byOwner: boolean) {
    this.note(at, collection, record, byOwner);
    await at.store.commit([{ kind: 'put', collection, record: record as StoredRecord }]);
    this.learn(at);
  }

  private knowledgeOf(at: SimInstall, recordId: string, field: string): Set<string> {
    const key = `${at.index}/${recordId}/${field}`;
    let known = this.knowledge.get(key);
    if (!known) this.knowledge.set(key, (known = new Set()));
    return known;
  }

  /** Everything an install holds now, it has seen. */
  private learn(at: SimInstall) {
    for (const record of at.store.all('research') as unknown as MergeableRecord[]) {
      for (const field of TRACKED) {
        const rev = fieldState(record, field).rev;
        if (rev) this.knowledgeOf(at, record.id, field).add(rev);
      }
    }
  }

  /** Logs what conflict picks and suggestion decisions wrote. */
  private noteAll(at: SimInstall) {
    for (const collection of ['members', 'research'] as const) {
      for (const record of at.store.all(collection) as unknown as MergeableRecord[]) {
        const byOwner = ownersOf(collection, record).includes(at.memberId) || record.origin === at.install.installId;
        this.note(at, collection, record, byOwner);
      }
    }
    this.learn(at);
  }

  /** Each honest colleague's own profile, on every install from the start. */
  async start() {
    for (const at of this.honest) {
      const profile = createRecord(at.records, MemberFields.parse({ ...emptyMemberFields(), name: `Collega ${at.index}`, email: `c${at.index}@school.example`, institution: 'ROC' }), {
        id: at.memberId,
      });
      await this.write(at, 'members', profile as MergeableRecord, true);
    }
    for (const from of this.honest) for (const to of this.honest) if (from !== to) await this.send(from, to);
  }

  live(at: SimInstall, collection: CollectionName) {
    return at.store
      .all(collection)
      .filter((r) => !r.deleted)
      .sort((a, b) => a.id.localeCompare(b.id)) as unknown as MergeableRecord[];
  }

  owned(at: SimInstall, collection: CollectionName, mine: boolean) {
    return this.live(at, collection).filter((r) => ownersOf(collection, r).includes(at.memberId) === mine && !at.store.get(LOCAL.provisional, provisionalId(collection, r.id)));
  }

  async create(at: SimInstall, coAuthor: SimInstall | undefined, title: string) {
    this.tick();
    const authorIds = coAuthor && coAuthor !== at ? [at.memberId, coAuthor.memberId] : [at.memberId];
    const fields = { ...researchFields(title), authorIds };
    await this.write(at, 'research', createRecord(at.records, fields) as MergeableRecord, true);
  }

  async edit(at: SimInstall, record: MergeableRecord, field: 'title' | 'summary', value: string, byOwner: boolean) {
    this.tick();
    await this.write(at, 'research', updateRecord(at.records, record, { [field]: value }) as MergeableRecord, byOwner);
  }

  async remove(at: SimInstall, record: MergeableRecord) {
    this.tick();
    await this.write(at, 'research', tombstone(at.records, record) as MergeableRecord, true);
  }

  async erase(at: SimInstall) {
    const profile = at.store.get('members', at.memberId) as MergeableRecord | undefined;
    if (!profile || profile.deleted) return;
    this.tick();
    this.log.erasedEmails.add(String(profile.email));
    await this.write(at, 'members', tombstone(at.records, profile, { name: 'Verwijderd profiel', email: '' }) as MergeableRecord, true);
  }

  /** What an export would carry: every record, except the ones "me" is named owner of but never confirmed. */
  exportOf(from: SimInstall): Record<CollectionName, MergeableRecord[]> {
    return Object.fromEntries(
      COLLECTION_NAMES.map((c) => [c, from.store.all(c).filter((r) => !unconfirmedClaimOnMe(from, c, r)).map((r) => structuredClone(r) as unknown as MergeableRecord)]),
    ) as Record<CollectionName, MergeableRecord[]>;
  }

  async send(from: SimInstall, to: SimInstall, records = this.exportOf(from), sender?: Sender) {
    this.tick();
    const trusted = from.honest && to.honest;
    const who: Sender = sender ?? {
      signer: trusted ? { installId: from.install.installId, memberId: from.memberId, curator: false } : NOBODY,
      installId: from.install.installId,
      memberId: from.memberId,
      name: `Collega ${from.index}`,
      signature: trusted ? 'known' : 'unknown',
    };
    const bundle = { records, attachments: new Map(), manifest: {}, fingerprint: null } as unknown as ParsedBundle;
    const plan = planImport(to, bundle, who);
    for (const op of plan.ops) {
      if (op.kind !== 'put' || op.collection !== LOCAL.conflicts) continue;
      const c = op.record as unknown as { recordId: string; field: string; local: { rev: string }; incoming: { rev: string } };
      this.log.conflicted.add(c.local.rev).add(c.incoming.rev);
      if (c.field === 'deleted') this.log.deletionConflicts.add(c.recordId);
    }
    await to.store.commit(plan.ops);
    if (plan.latestStamp) to.records.clock.observe(plan.latestStamp);
    this.learn(to);
  }

  /** A hostile install forges one record it holds and sends it, unsigned or under an unknown key, perhaps in someone else's name. */
  async forge(from: SimInstall, to: SimInstall, mode: ForgeMode, pick: number, value: string, spoof: SimInstall) {
    const pool = [...this.live(from, 'research'), ...this.live(from, 'members')];
    const records = { ...this.exportOf(from), research: [] as MergeableRecord[], members: [] as MergeableRecord[] };
    const now = this.time + 60_000;
    const stamp = (node: string) => formatHlc({ ms: now, counter: pick % 50, node });
    if (mode === 'newRecord') {
      const fields = { ...researchFields(value), authorIds: [spoof.memberId] };
      const made = createRecord(from.records, fields) as MergeableRecord;
      records.research.push({ ...made, origin: spoof.install.installId });
    } else if (pool.length > 0) {
      const original = pool[pick % pool.length]!;
      const collection: CollectionName = 'authorIds' in original ? 'research' : 'members';
      const copy = structuredClone(original);
      const field = collection === 'research' ? 'title' : 'name';
      const node = mode === 'forgeRecipient' ? to.install.installId : mode === 'forgeOwner' ? spoof.install.installId : from.install.installId;
      const s = stamp(node);
      if (mode === 'tombstone') {
        copy.deleted = true;
        copy.fieldRevs = { ...copy.fieldRevs, deleted: s };
      } else {
        copy[field] = value;
        copy.fieldRevs = { ...copy.fieldRevs, [field]: s };
        if (mode === 'forgeBase') copy.fieldBase = { ...copy.fieldBase, [field]: (to.store.get(collection, copy.id)?.fieldRevs as Record<string, string> | undefined)?.[field] ?? s };
      }
      copy.rev = s;
      records[collection].push(copy);
    }
    const claimed = mode === 'spoofSender' ? spoof : from;
    await this.send(from, to, records, { signer: NOBODY, installId: claimed.install.installId, memberId: claimed.memberId, name: 'Vals', signature: 'unsigned' });
  }

  async resolveAll(choice: (id: string) => boolean) {
    for (const at of this.honest) {
      this.tick();
      // Both sides of a conflict pick the same value, as colleagues who talked it over would (two different picks make a
      // new conflict, docs/data-model.md): which one depends on the values, not on whose side it is.
      for (const c of listConflicts(at)) {
        const [a, b] = [canonicalJson(c.local.value), canonicalJson(c.incoming.value)];
        await resolveConflict(at, c.id, (a < b) === choice(c.id) ? 'local' : 'incoming');
      }
      for (const s of listSuggestions(at)) {
        const record = at.store.get(s.collection, s.recordId) as (StoredRecord & { origin: string }) | undefined;
        if (record && canDecide(at, s.collection, record)) await decideSuggestion(at, s.id, choice(s.id));
      }
      this.noteAll(at);
    }
  }

  async flush(rounds: number) {
    for (let round = 0; round < rounds; round++) for (const from of this.honest) for (const to of this.honest) if (from !== to) await this.send(from, to);
  }

  pendingDecisions(): number {
    return this.honest.reduce(
      (n, at) =>
        n +
        listConflicts(at).length +
        listSuggestions(at).filter((s) => {
          const record = at.store.get(s.collection, s.recordId) as (StoredRecord & { origin: string }) | undefined;
          return record && canDecide(at, s.collection, record);
        }).length,
      0,
    );
  }

  shared(at: SimInstall) {
    return at.store.dump(['members', 'research']);
  }
}

const TRACKED = ['title', 'summary', 'deleted'] as const;

export const FORGE_MODES = ['ownStamp', 'forgeRecipient', 'forgeOwner', 'forgeBase', 'tombstone', 'newRecord', 'spoofSender'] as const;
export type ForgeMode = (typeof FORGE_MODES)[number];

function researchFields(title: string) {
  return {
    title,
    question: '',
    summary: '',
    method: '',
    findings: '',
    status: 'lopend' as const,
    area: 'onderzoek' as const,
    initiative: 'samen' as const,
    institution: 'ROC',
    year: 2025,
    tags: [],
    authorIds: [] as string[],
    partnerIds: [],
    links: [],
    attachments: [],
    draft: false,
  };
}
