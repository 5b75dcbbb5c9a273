import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatHlc, HybridClock, parseHlc } from '../../shared/hlc';
import { openApp, type AppContext } from '../../main/core/app';
import { BundleRefusal, exportBundle, importBundle, inspectBundle, listConflicts, resolveConflict, undoLastImport } from '../../main/core/bundle';
import { fileKeyVault, rotateSigningKey } from '../../main/core/bundle/keys';
import { LOCAL } from '../../main/core/bundle/limits';
import { trustedKeys } from '../../main/core/bundle/trust';
import { decideSuggestion, listSuggestions } from '../../main/core/bundle/suggestions';
import { removeDemo, seedDemo } from '../../main/core/demo/seedDemo';
import { repairStamps } from '../../main/core/stampRepair';
import type { StoredRecord } from '../../main/core/store/documentStore';
import { bundle, seedRecords } from '../fixtures/makeBadBundles';
import { hashDir, memberFields, sharedState } from './helpers/bundles';
import { researchFields } from './helpers/recordFields';
import { useTempDirs } from './helpers/tempDirs';

const tempDir = useTempDirs('mnw-owners-');
const opened: AppContext[] = [];
// Closed before the temporary folders go: an open app may still be writing its search cache there.
afterEach(async () => {
  await Promise.all(opened.splice(0).map((app) => app.close()));
});

async function install(name?: string): Promise<AppContext & { meId: string | null }> {
  const app = await openApp({ dataDir: await tempDir() });
  opened.push(app);
  let meId: string | null = null;
  if (name) {
    meId = (await app.repos.members.create(memberFields({ name, email: `${name.split(' ')[0]!.toLowerCase()}@rijnland.example.nl` }))).id;
    await app.settings.update({ meId });
  }
  return Object.assign(app, { meId });
}

let n = 0;
/** Exports everything from one install and imports it into another; `trust`: the receiver confirms the sender's key. */
async function send(from: AppContext, to: AppContext, options: { trust?: boolean; sign?: boolean } = {}) {
  const file = path.join(await tempDir(), `b${++n}.mnw`);
  await exportBundle(from, { kind: 'all' }, file, { sign: options.sign ?? true });
  return { file, summary: await importBundle(to, file, { acceptKey: options.trust ?? true }) };
}

/** Writes a record straight into an install's store, as a hostile install could before exporting it. */
async function tamper(app: AppContext, collection: string, id: string, change: (r: StoredRecord) => StoredRecord) {
  await app.store.commit([{ kind: 'put', collection, record: change(structuredClone(app.store.get(collection, id)!)) }]);
}

const research = (authorIds: string[], title = 'Feedback in de beroepspraktijk') =>
  researchFields(authorIds, { title, question: 'Wat werkt?', summary: '', method: '', findings: '', status: 'lopend', year: 2025, tags: [], links: [] });

describe('who may change what', () => {
  it('an unsigned or unknown bundle cannot change or delete my profile: it becomes a suggestion', async () => {
    const mine = await install('Anna de Vries');
    const hostile = await install();
    await send(mine, hostile);
    const before = mine.repos.members.get(mine.meId!);

    // Forged base: written "on top of" my own stamp, so it would not even look like a conflict.
    await tamper(hostile, 'members', mine.meId!, (r) => ({
      ...r,
      name: 'Gekaapt',
      email: 'kaper@evil.example',
      fieldBase: { name: (r.fieldRevs as Record<string, string>).name!, email: (r.fieldRevs as Record<string, string>).email! },
      fieldRevs: { ...(r.fieldRevs as object), name: hostile.records.clock.tick(), email: hostile.records.clock.tick() },
      rev: hostile.records.clock.tick(),
    }));
    const unsigned = await send(hostile, mine, { sign: false, trust: false });
    expect(unsigned.summary).toMatchObject({ updated: 0, conflicts: 0, deleted: 0, suggestions: 1 });
    expect(mine.repos.members.get(mine.meId!)).toEqual(before);

    await hostile.repos.members.remove(mine.meId!, memberFields({ name: 'Verwijderd profiel', email: '' }));
    const unknown = await send(hostile, mine, { trust: false });
    expect(unknown.summary).toMatchObject({ updated: 0, deleted: 0, suggestions: 1, signature: { kind: 'unknown' } });
    expect(mine.repos.members.list()).toHaveLength(1);
    expect(mine.repos.members.get(mine.meId!).name).toBe('Anna de Vries');
    const [suggestion] = listSuggestions(mine, mine.meId!);
    expect(Object.keys(suggestion!.fields).sort()).toEqual(['deleted', 'email', 'name']);

    // Rejected: my values stay, and nothing waits any more.
    await decideSuggestion(mine, suggestion!.id, false);
    expect(mine.repos.members.get(mine.meId!).name).toBe('Anna de Vries');
    expect(listSuggestions(mine)).toEqual([]);
  });

  it("a colleague's change to my research is a suggestion; my decision travels back to them", async () => {
    const anna = await install('Anna de Vries');
    const bram = await install('Bram Ünal');
    const r = await anna.repos.research.create(research([anna.meId!]));
    await send(anna, bram);
    await send(bram, anna);
    await bram.repos.research.update(r.id, { title: 'Feedback volgens Bram' });
    expect((await send(bram, anna)).summary).toMatchObject({ updated: 0, suggestions: 1 });
    expect(anna.repos.research.get(r.id).title).toBe('Feedback in de beroepspraktijk');

    const [suggestion] = listSuggestions(anna, r.id);
    expect(suggestion).toMatchObject({ collection: 'research', from: { memberId: bram.meId, signature: 'known' }, fields: { title: { value: 'Feedback volgens Bram' } } });
    await decideSuggestion(anna, suggestion!.id, true);
    expect(anna.repos.research.get(r.id).title).toBe('Feedback volgens Bram');
    await bram.repos.research.update(r.id, { summary: 'Bram vult aan' });
    await send(bram, anna);
    await decideSuggestion(anna, listSuggestions(anna, r.id)[0]!.id, false);
    expect((await send(anna, bram)).summary).toMatchObject({ conflicts: 0 });
    expect(sharedState(anna)).toBe(sharedState(bram));
    expect(bram.repos.research.get(r.id).summary).toBe('');

    // A co-author is an owner: their change applies.
    await anna.repos.research.update(r.id, { authorIds: [anna.meId!, bram.meId!] });
    await send(anna, bram);
    await bram.repos.research.update(r.id, { summary: 'Samen geschreven' });
    expect((await send(bram, anna)).summary).toMatchObject({ updated: 1, suggestions: 0 });
    expect(anna.repos.research.get(r.id).summary).toBe('Samen geschreven');
  });

  it('stamps forged in my install id change nothing, even from a confirmed colleague', async () => {
    const anna = await install('Anna de Vries');
    const other = await install('Cas Kok');
    await send(anna, other);
    const future = formatHlc({ ms: Date.now(), counter: 5, node: anna.install.installId });
    await tamper(other, 'members', anna.meId!, (r) => ({ ...r, name: 'Vals', rev: future, fieldRevs: { ...(r.fieldRevs as object), name: future } }));
    const file = path.join(await tempDir(), 'forged.mnw');
    await exportBundle(other, { kind: 'all' }, file);
    const preview = await inspectBundle(anna, file, { acceptKey: true });
    expect(preview.ignored.forged).toBe(1);
    expect(await importBundle(anna, file, { acceptKey: true })).toMatchObject({ updated: 0, suggestions: 0 });
    expect(anna.repos.members.get(anna.meId!).name).toBe('Anna de Vries');
  });

  it('refuses a bundle that poses as this install, and takes its own bundle back as unchanged', async () => {
    const anna = await install('Anna de Vries');
    const posing = path.join(await tempDir(), 'posing.mnw');
    await fs.writeFile(posing, bundle({ manifest: (m) => void (m.exporter = { installId: anna.install.installId, memberId: anna.meId }) }));
    const before = await hashDir(anna.dataDir);
    await expect(importBundle(anna, posing, { acceptKey: true })).rejects.toMatchObject({ code: 'own_install' });
    await expect(importBundle(anna, posing)).rejects.toBeInstanceOf(BundleRefusal);
    expect(await hashDir(anna.dataDir)).toEqual(before);

    const own = path.join(await tempDir(), 'own.mnw');
    await exportBundle(anna, { kind: 'all' }, own);
    expect(await importBundle(anna, own)).toMatchObject({ added: 0, updated: 0, unchanged: 1, undoable: false });
  });

  it("a non-owner's copy is provisional: the owner's copy replaces it, and relayed changes wait for the owner", async () => {
    const anna = await install('Anna de Vries');
    const bram = await install('Bram Ünal');
    const cas = await install('Cas Kok');
    const r = await anna.repos.research.create(research([anna.meId!]));
    await send(anna, bram);
    await bram.repos.research.update(r.id, { title: 'Zoals Bram het ziet' });
    expect((await send(bram, cas)).summary).toMatchObject({ added: 3 });
    expect(cas.repos.research.get(r.id).title).toBe('Zoals Bram het ziet');
    expect(cas.store.get(LOCAL.provisional, `research/${r.id}`)).toBeDefined();
    // Undoing that import takes the records and their provisional markers away together.
    expect(await undoLastImport(cas)).toMatchObject({ removed: 3 });
    expect(cas.store.all(LOCAL.provisional)).toEqual([]);
    await send(bram, cas);
    expect(cas.store.get(LOCAL.provisional, `research/${r.id}`)).toBeDefined();

    await send(anna, cas);
    expect(cas.repos.research.get(r.id).title).toBe('Feedback in de beroepspraktijk');
    expect(cas.store.get(LOCAL.provisional, `research/${r.id}`)).toBeUndefined();

    await anna.repos.research.update(r.id, { title: 'Tweede versie' });
    await send(anna, bram);
    const relayed = path.join(await tempDir(), 'relayed.mnw');
    await exportBundle(bram, { kind: 'all' }, relayed);
    expect((await inspectBundle(cas, relayed)).ignored.relayed).toBe(1);
    expect(await importBundle(cas, relayed)).toMatchObject({ updated: 0, suggestions: 0 });
    expect(cas.repos.research.get(r.id).title).toBe('Feedback in de beroepspraktijk');
    await send(anna, cas);
    expect(cas.repos.research.get(r.id).title).toBe('Tweede versie');
  });

  it('an HR curator named by the user may change café sessions organised by others', async () => {
    const anna = await install('Anna de Vries');
    const hr = await install('Hanna HR');
    const cafe = await anna.repos.sessions.create({
      title: 'Netwerkcafé feedback', theme: 'Feedback', start: '2026-03-14T15:30', minutes: 120, location: 'Leiden', onlineLink: '',
      organiserIds: [anna.meId!], plgId: null, description: '', preparation: '', capacity: 30, programme: [], attendees: [], notes: '', outcomes: '', actions: [],
    });
    const other = await install('Cas Kok');
    await send(anna, other);
    await send(anna, hr);
    await hr.repos.sessions.update(cafe.id, { location: 'Utrecht' });
    expect((await send(hr, other)).summary).toMatchObject({ updated: 0, suggestions: 1 });
    await tamper(other, LOCAL.trustedKeys, hr.install.installId, (k) => ({ ...k, curator: true }));
    await hr.repos.sessions.update(cafe.id, { location: 'Amersfoort' });
    expect((await send(hr, other)).summary).toMatchObject({ updated: 1 });
    expect(other.repos.sessions.get(cafe.id).location).toBe('Amersfoort');
  });
});

describe('keys', () => {
  it("takes a colleague's new key that their confirmed key vouches for, and no other", async () => {
    const anna = await install('Anna de Vries');
    const bram = await install('Bram Ünal');
    const r = await anna.repos.research.create(research([anna.meId!]));
    await send(anna, bram);
    await rotateSigningKey(fileKeyVault(anna.dataDir), anna.dataDir, anna.install.installId);
    await anna.repos.research.update(r.id, { title: 'Na de nieuwe sleutel' });
    const file = path.join(await tempDir(), 'rotated.mnw');
    const exported = await exportBundle(anna, { kind: 'all' }, file);
    expect(await inspectBundle(bram, file)).toMatchObject({ signature: { kind: 'known', rotated: true } });
    expect(await importBundle(bram, file)).toMatchObject({ updated: 1 });
    expect(bram.repos.research.get(r.id).title).toBe('Na de nieuwe sleutel');
    expect(trustedKeys(bram.store).find((k) => k.id === anna.install.installId)?.fingerprint).toBe(exported.fingerprint);

    // A new key that nobody vouches for (another computer posing as Anna's) must be confirmed by hand.
    const other = path.join(await tempDir(), 'other-key.mnw');
    await fs.writeFile(other, bundle({ manifest: (m) => void (m.exporter = { installId: anna.install.installId, memberId: anna.meId }) }));
    expect(await inspectBundle(bram, other)).toMatchObject({ signature: { kind: 'key_changed' } });
    await expect(importBundle(bram, other)).rejects.toMatchObject({ code: 'key_not_accepted' });
  });
});

describe('edits are never lost in silence', () => {
  it('edit against delete is a conflict for the one who edited; the pick is final, also against old bundles', async () => {
    const laptop = await install('Anna de Vries');
    const desktop = await install();
    const r = await laptop.repos.research.create(research([laptop.meId!]));
    await send(laptop, desktop);
    await desktop.settings.update({ meId: laptop.meId });
    await send(desktop, laptop);

    await laptop.repos.research.remove(r.id);
    await desktop.repos.research.update(r.id, { title: 'Nog bewerkt' });
    const fromLaptop = await send(laptop, desktop);
    expect(fromLaptop.summary).toMatchObject({ conflicts: 1 });
    expect(listConflicts(desktop)).toEqual([expect.objectContaining({ recordId: r.id, field: 'deleted', local: expect.objectContaining({ value: false }), incoming: expect.objectContaining({ value: true }) })]);
    // The desktop holds the conflict; the laptop, whose deletion won, has the edit kept inside the tombstone.
    expect((await send(desktop, laptop)).summary).toMatchObject({ conflicts: 0 });
    expect(laptop.repos.research.findAny(r.id)).toMatchObject({ deleted: true, title: 'Nog bewerkt' });

    // Restore with the edit: the record comes back, with it, everywhere.
    await resolveConflict(desktop, listConflicts(desktop)[0]!.id, 'local');
    expect(desktop.repos.research.get(r.id).title).toBe('Nog bewerkt');
    await send(desktop, laptop);
    expect(laptop.repos.research.get(r.id).title).toBe('Nog bewerkt');
    expect(listConflicts(laptop)).toEqual([]);

    // The laptop's old bundle again: no conflict reopens, nothing changes.
    const state = sharedState(desktop);
    expect(await importBundle(desktop, fromLaptop.file, { acceptKey: true })).toMatchObject({ conflicts: 0, updated: 0, deleted: 0 });
    expect(listConflicts(desktop)).toEqual([]);
    expect(sharedState(desktop)).toBe(state);
  });
});

describe('a clock that cannot be wedged', () => {
  it('carries a full counter into the time part instead of breaking the stamp format', () => {
    const clock = new HybridClock('0123456789abcdef', () => 1_000);
    clock.observe(formatHlc({ ms: 5_000, counter: 0xffff, node: 'fedcba9876543210' }));
    const next = clock.tick();
    expect(next).toBe(formatHlc({ ms: 5_001, counter: 0, node: '0123456789abcdef' }));
    expect(parseHlc(next).ms).toBe(5_001);
  });

  it('refuses stamps beyond the allowed skew, and doctor repairs an overflowed stamp already stored', async () => {
    const app = await install('Anna de Vries');
    const file = path.join(await tempDir(), 'ahead.mnw');
    const stamp = formatHlc({ ms: Date.now() + 23 * 3600_000, counter: 0xffff, node: 'a1b2c3d4e5f60718' });
    const records = seedRecords();
    records.plgs[0] = { ...records.plgs[0]!, rev: stamp, fieldRevs: { name: stamp } };
    await fs.writeFile(file, bundle({ records }));
    const before = await hashDir(app.dataDir);
    await expect(importBundle(app, file, { acceptKey: true })).rejects.toMatchObject({ code: 'stamp_in_future' });
    expect(await hashDir(app.dataDir)).toEqual(before);

    // A store an older version wedged: a five-digit counter.
    const me = app.store.get('members', app.meId!)!;
    const wedged = `${String(Date.now()).padStart(13, '0')}-10000-${app.install.installId}`;
    await app.store.commit([{ kind: 'put', collection: 'members', record: { ...me, rev: wedged, fieldRevs: { ...(me.fieldRevs as object), bio: wedged } } }]);
    expect(await repairStamps(app)).toBe(1);
    const repaired = app.store.get('members', app.meId!)!;
    expect(repaired.rev).toMatch(/^\d{13}-0000-/);
    await expect(app.repos.members.update(app.meId!, { bio: 'Weer te bewaren' })).resolves.toMatchObject({ bio: 'Weer te bewaren' });
  });
});

describe('demo data and identity', () => {
  it('gives each install its own demo ids, and removing the demo keeps me, my records and tombstones', async () => {
    const a = await install();
    const b = await install();
    await seedDemo(a.store, a.repos, 20);
    await seedDemo(b.store, b.repos, 20);
    const ids = (app: AppContext) => new Set(app.repos.members.list().map((m) => m.id));
    expect([...ids(a)].filter((id) => ids(b).has(id))).toEqual([]);

    const me = a.repos.members.list()[0]!;
    await a.settings.update({ meId: me.id });
    const myResearch = a.repos.research.list().find((r) => r.authorIds.includes(me.id)) ?? (await a.repos.research.create(research([me.id])));
    const gone = a.repos.members.list()[1]!;
    await a.repos.members.remove(gone.id, memberFields({ name: 'Verwijderd profiel', email: '' }));

    await removeDemo(a.store, me.id);
    expect(a.repos.members.list().map((m) => m.id)).toEqual([me.id]);
    expect(a.repos.members.get(me.id).demo).toBe(false);
    expect(a.repos.research.find(myResearch.id)).toBeDefined();
    expect(a.repos.members.findAny(gone.id)?.deleted).toBe(true);
  });
});
