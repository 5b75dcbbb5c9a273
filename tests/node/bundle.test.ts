import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, type Channel, type Handlers, type OutputOf } from '../../shared/contract';
import { COLLECTION_NAMES } from '../../shared/domain';
import { openApp, type AppContext } from '../../main/core/app';
import {
  BundleRefusal,
  exportBundle,
  importBundle,
  inspectBundle,
  listConflicts,
  previewExport,
  resolveConflict,
  undoLastImport,
  type BundleProgress,
} from '../../main/core/bundle';
import { attachmentPath } from '../../main/core/bundle/attachments';
import { seedDemo } from '../../main/core/demo/seedDemo';
import { dispatch } from '../../main/core/dispatch';
import { createHandlers } from '../../main/core/handlers';
import { exchange, hashDir, memberFields, sharedState } from './helpers/bundles';
import { useTempDirs } from './helpers/tempDirs';

const tempDir = useTempDirs('mnw-bundle-');

async function installs(count = 2) {
  const apps: AppContext[] = [];
  for (let i = 0; i < count; i++) apps.push(await openApp({ dataDir: await tempDir() }));
  return { apps, work: await tempDir(), close: () => Promise.all(apps.map((a) => a.close())) };
}

/** Everything an import can touch, local collections included. */
const fullState = (app: AppContext) =>
  JSON.stringify([sharedState(app), ...['conflicts', 'trustedKeys'].map((c) => app.store.all(c).sort((x, y) => x.id.localeCompare(y.id)))]);

const researchFields = (authorId: string, overrides: Record<string, unknown> = {}) => ({
  title: 'Feedback in de beroepspraktijk',
  question: 'Wat werkt?',
  summary: '',
  method: '',
  findings: '',
  status: 'lopend' as const,
  area: 'onderzoek' as const,
  initiative: 'samen' as const,
  institution: 'ROC Rijnland',
  year: 2025,
  tags: [],
  authorIds: [authorId],
  partnerIds: [],
  links: [],
  attachments: [],
  draft: false,
  ...overrides,
});

const sessionFields = (overrides: Record<string, unknown> = {}) => ({
  title: 'Netwerkcafé feedback',
  theme: 'Feedback',
  start: '2026-03-14T15:30',
  minutes: 120,
  location: 'Leiden',
  onlineLink: '',
  organiserIds: [],
  plgId: null,
  description: '',
  preparation: '',
  capacity: 30,
  programme: [],
  attendees: [],
  notes: '',
  outcomes: '',
  actions: [],
  ...overrides,
});

describe('exchanging bundles between two installs', () => {
  it('carries edits both ways, reports a conflict keeping both values, and deletes by tombstone', async () => {
    const { apps: [a, b], work, close } = await installs();
    const anna = await a!.repos.members.create(memberFields({ name: 'Anna de Vries' }));
    const bram = await a!.repos.members.create(memberFields({ name: 'Bram Ünal', email: 'bram@rijnland.example.nl' }));
    // Anna works on two laptops, A and B: both speak for her, the owner of her profile.
    await a!.settings.update({ meId: anna.id });
    expect((await exchange(a!, b!, work)).summary).toMatchObject({ added: 2, updated: 0, conflicts: 0, deleted: 0 });
    expect(b!.repos.members.get(anna.id).name).toBe('Anna de Vries');
    await b!.settings.update({ meId: anna.id });

    // Both change Anna's team; B also writes her bio; A erases Bram.
    await a!.repos.members.update(anna.id, { team: 'Verpleegkunde' });
    await b!.repos.members.update(anna.id, { team: 'Techniek' });
    await b!.repos.members.update(anna.id, { bio: 'Geschreven op B' });
    await a!.repos.members.remove(bram.id, memberFields({ name: 'Verwijderd profiel', email: '' }));

    const fromA = path.join(work, 'a.mnw');
    await exportBundle(a!, { kind: 'all' }, fromA);
    const preview = await inspectBundle(b!, fromA);
    expect(preview.totals).toMatchObject({ new: 0, conflicting: 1, deleted: 1 });
    expect(preview.counts.members).toMatchObject({ conflicting: 1, deleted: 1 });
    expect(preview.items).toContainEqual(expect.objectContaining({ id: anna.id, change: 'conflicting', fields: ['team'] }));

    expect(await importBundle(b!, fromA)).toMatchObject({ conflicts: 1, deleted: 1 });
    expect(b!.repos.members.find(bram.id)).toBeUndefined();
    expect(b!.repos.members.findAny(bram.id)?.email).toBe('');
    const [onB] = listConflicts(b!);
    expect(onB).toMatchObject({ recordId: anna.id, field: 'team', local: { value: 'Techniek' }, incoming: { value: 'Verpleegkunde' } });
    expect(b!.repos.members.get(anna.id).bio).toBe('Geschreven op B'); // an edit of another field is no conflict

    expect((await exchange(b!, a!, work)).summary).toMatchObject({ conflicts: 1, deleted: 0 });
    expect(sharedState(a!)).toBe(sharedState(b!));
    expect(a!.repos.members.get(anna.id).bio).toBe('Geschreven op B');
    const kept = a!.repos.members.get(anna.id).team;
    const [onA] = listConflicts(a!);
    expect([onA!.local.value, onA!.incoming.value].sort()).toEqual(['Techniek', 'Verpleegkunde']);
    expect(['Techniek', 'Verpleegkunde']).toContain(kept);

    // B picks its own value; the pick travels, wins on A and closes A's conflict too.
    await resolveConflict(b!, onB!.id, 'local');
    expect(b!.repos.members.get(anna.id).team).toBe('Techniek');
    expect(listConflicts(b!)).toEqual([]);
    expect((await exchange(b!, a!, work)).summary).toMatchObject({ conflicts: 0, updated: 1 });
    expect(a!.repos.members.get(anna.id).team).toBe('Techniek');
    expect(listConflicts(a!)).toEqual([]);
    expect((await exchange(a!, b!, work)).summary).toMatchObject({ conflicts: 0, updated: 0, added: 0 });
    expect(sharedState(a!)).toBe(sharedState(b!));

    // The local clock moved past the imported stamps: a new edit on A sorts after B's pick.
    const edited = await a!.repos.members.update(anna.id, { team: 'Zorg' });
    expect(edited.fieldRevs.team! > b!.repos.members.get(anna.id).fieldRevs.team!).toBe(true);
    await close();
  });

  it('sends only what is shared with the network, and the export preview says exactly what', async () => {
    const { apps: [a, b], work, close } = await installs();
    const anna = await a!.repos.members.create(
      memberFields({ name: 'Anna de Vries', bio: 'Over mij', function: 'Docent', fieldVisibility: { email: 'instelling', bio: 'prive' } }),
    );
    const carla = await a!.repos.members.create(memberFields({ name: 'Carla Coöperatie', visibility: 'prive' }));
    const dirk = await a!.repos.members.create(memberFields({ name: 'Dirk Instelling', visibility: 'instelling' }));
    const draft = await a!.repos.research.create(researchFields(anna.id, { draft: true }));
    const session = await a!.repos.sessions.create(
      sessionFields({
        organiserIds: [anna.id, dirk.id],
        programme: [{ id: anna.id.replace(/.$/, '0'), kind: 'presentatie', title: 'Resultaten', minutes: 30, presenterIds: [carla.id], researchIds: [draft.id], questionIds: [] }],
        attendees: [{ id: carla.id.replace(/.$/, '1'), memberId: null, name: 'Gast Gerrit', email: 'gerrit@example.nl', status: 'aangemeld', registeredAt: '2026-03-01T10:00:00.000Z' }],
      }),
    );

    const preview = await previewExport(a!, { kind: 'session', id: session.id });
    expect(preview.members).toEqual([
      { id: anna.id, name: 'Anna de Vries', institution: 'ROC Rijnland', included: expect.arrayContaining(['name', 'institution', 'team', 'function']), withheld: ['email', 'bio'] },
    ]);
    expect(preview.members[0]!.included).not.toContain('email');
    expect(preview.left).toEqual({ members: 2, drafts: 1, attendeeLists: 1, personal: 0 });
    expect(preview.counts).toMatchObject({ sessions: 1, members: 1, research: 0 });

    const file = path.join(work, 'session.mnw');
    await exportBundle(a!, { kind: 'session', id: session.id }, file);
    const bytes = await fs.readFile(file);
    for (const secret of ['helene@rijnland', 'Over mij', 'Carla', 'Dirk', 'gerrit@example.nl', 'Gast Gerrit']) expect(bytes.includes(secret)).toBe(false);

    await importBundle(b!, file);
    expect(b!.repos.members.list().map((m) => [m.name, m.email, m.bio])).toEqual([['Anna de Vries', '', '']]);
    expect(b!.repos.sessions.get(session.id).attendees).toEqual([]);
    expect(b!.repos.research.list()).toEqual([]);

    // Blanks sent without their stamps never overwrite the owner's values on the way back.
    await exchange(b!, a!, work);
    expect(a!.repos.members.get(anna.id)).toMatchObject({ email: 'helene@rijnland.example.nl', bio: 'Over mij' });
    expect(a!.repos.sessions.get(session.id).attendees).toHaveLength(1);
    expect(listConflicts(a!)).toEqual([]);
    await close();
  });

  it('takes along what a session references, attachments included', async () => {
    const { apps: [a, b], work, close } = await installs();
    const plg = await a!.repos.plgs.create({ name: 'PLG Feedback', description: '', institutions: [] });
    const anna = await a!.repos.members.create(memberFields({ name: 'Anna de Vries', plgIds: [plg.id] }));
    const bram = await a!.repos.members.create(memberFields({ name: 'Bram Ünal' }));
    await a!.repos.members.create(memberFields({ name: 'Els Elders' })); // not referenced
    const pdf = Buffer.from('%PDF-1.4 onderzoeksverslag');
    const sha = createHash('sha256').update(pdf).digest('hex');
    await fs.mkdir(path.dirname(attachmentPath(a!.dataDir, sha)), { recursive: true });
    await fs.writeFile(attachmentPath(a!.dataDir, sha), pdf);
    const research = await a!.repos.research.create(
      researchFields(anna.id, { attachments: [{ sha256: sha, name: 'verslag.pdf', mediaType: 'application/pdf', size: pdf.length }] }),
    );
    const question = await a!.repos.questions.create({
      title: 'Hoe geef je feedback?',
      body: '',
      tags: [],
      area: null,
      authorId: bram.id,
      status: 'open',
      answers: [],
      acceptedAnswerId: null,
    });
    const session = await a!.repos.sessions.create(
      sessionFields({ programme: [{ id: plg.id.replace(/.$/, '0'), kind: 'rondetafel', title: 'Vragen', minutes: 45, presenterIds: [], researchIds: [research.id], questionIds: [question.id] }] }),
    );

    const preview = await previewExport(a!, { kind: 'session', id: session.id });
    expect(preview.counts).toEqual({ sessions: 1, research: 1, questions: 1, members: 2, plgs: 1, activities: 0, learning: 0, pop: 0, badges: 0 });
    expect(preview.attachments).toEqual({ count: 1, bytes: pdf.length, missing: 0 });

    const file = path.join(work, 'session.mnw');
    await exportBundle(a!, { kind: 'session', id: session.id }, file);
    const inspected = await inspectBundle(b!, file);
    expect(inspected.attachments).toEqual({ count: 1, bytes: pdf.length });
    await importBundle(b!, file);
    expect(await fs.readFile(attachmentPath(b!.dataDir, sha))).toEqual(pdf);
    expect(b!.repos.members.list().map((m) => m.name).sort()).toEqual(['Anna de Vries', 'Bram Ünal']);

    await undoLastImport(b!);
    await expect(fs.access(attachmentPath(b!.dataDir, sha))).rejects.toThrow();
    await close();
  });
});

describe('import safety', () => {
  it('undoes the last import to the exact state before it, and only when nothing changed since', async () => {
    const { apps: [a, b], work, close } = await installs();
    const anna = await a!.repos.members.create(memberFields({ name: 'Anna de Vries' }));
    const bram = await a!.repos.members.create(memberFields({ name: 'Bram Ünal' }));
    // Anna on two laptops: both own her profile, so both edits count and meet in a conflict.
    await a!.settings.update({ meId: anna.id });
    await exchange(a!, b!, work);
    await b!.settings.update({ meId: anna.id });
    await b!.repos.members.update(anna.id, { team: 'Techniek' });
    await b!.repos.plgs.create({ name: 'PLG van B', description: '', institutions: [] });
    await a!.repos.members.update(anna.id, { team: 'Verpleegkunde', bio: 'Nieuw' });
    await a!.repos.members.remove(bram.id);
    await a!.repos.members.create(memberFields({ name: 'Carla Coöperatie' }));
    const before = fullState(b!);

    const { summary } = await exchange(a!, b!, work);
    expect(summary).toMatchObject({ added: 1, conflicts: 1, deleted: 1, undoable: true });
    expect(fullState(b!)).not.toBe(before);
    // Counted in records, as the import was: anna, bram | carla (the stored conflict goes too, but is no record).
    expect(await undoLastImport(b!)).toEqual({ restored: 2, removed: 1 });
    expect(fullState(b!)).toBe(before);
    await expect(undoLastImport(b!)).rejects.toMatchObject({ code: 'not_found' });

    // After a later edit of an imported record, undo would lose that edit: refused.
    await exchange(a!, b!, work);
    await b!.repos.members.update(anna.id, { function: 'Teamleider' });
    await expect(undoLastImport(b!)).rejects.toMatchObject({ code: 'conflict' });
    expect(b!.repos.members.get(anna.id).function).toBe('Teamleider');
    await close();
  });

  it('is idempotent: the same bundle twice changes nothing the second time', async () => {
    const { apps: [a, b], work, close } = await installs();
    await seedDemo(a!.store, a!.repos, 40);
    const { file, summary } = await exchange(a!, b!, work);
    expect(summary.added).toBeGreaterThan(90);
    const after = await hashDir(b!.dataDir);
    expect(await importBundle(b!, file)).toMatchObject({ added: 0, updated: 0, conflicts: 0, deleted: 0, undoable: false });
    expect(await hashDir(b!.dataDir)).toEqual(after);
    await close();
  });

  it('reports who signed: unsigned, unknown, known, and a changed key that must be confirmed', async () => {
    const { apps: [a, b], work, close } = await installs();
    const me = await a!.repos.members.create(memberFields({ name: 'Anna de Vries' }));
    await a!.settings.update({ meId: me.id });
    const unsigned = path.join(work, 'unsigned.mnw');
    await exportBundle(a!, { kind: 'all' }, unsigned, { sign: false });
    expect((await inspectBundle(b!, unsigned)).signature).toMatchObject({ kind: 'unsigned', fingerprint: null });

    const signed = path.join(work, 'signed.mnw');
    const { fingerprint } = await exportBundle(a!, { kind: 'all' }, signed);
    expect(fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    expect((await inspectBundle(b!, signed)).signature).toMatchObject({ kind: 'unknown', fingerprint, exporterMemberId: me.id });
    await importBundle(b!, signed, { acceptKey: true });
    expect((await inspectBundle(b!, signed)).signature).toMatchObject({ kind: 'known', trusted: { name: 'Anna de Vries', fingerprint } });

    // A loses its key (a new computer, or someone posing as Anna): a strong warning, import needs confirmation.
    await fs.rm(path.join(a!.dataDir, 'keys', 'signing-key.pem'));
    await a!.repos.members.update(me.id, { team: 'Nieuw team' });
    const changed = path.join(work, 'changed.mnw');
    const second = await exportBundle(a!, { kind: 'all' }, changed);
    const status = (await inspectBundle(b!, changed)).signature;
    expect(status).toMatchObject({ kind: 'key_changed', fingerprint: second.fingerprint, trusted: { fingerprint } });
    const before = await hashDir(b!.dataDir);
    await expect(importBundle(b!, changed)).rejects.toMatchObject({ code: 'key_not_accepted' });
    expect(await hashDir(b!.dataDir)).toEqual(before);
    expect(await importBundle(b!, changed, { acceptKey: true })).toMatchObject({ updated: 1 });
    expect((await inspectBundle(b!, changed)).signature.kind).toBe('known');
    await close();
  });

  it('reports progress, and a cancelled import leaves the data directory as it was', async () => {
    const { apps: [a, b], work, close } = await installs();
    await seedDemo(a!.store, a!.repos, 60);
    const file = path.join(work, 'demo.mnw');
    await exportBundle(a!, { kind: 'all' }, file);
    const before = await hashDir(b!.dataDir);

    const controller = new AbortController();
    const seen: BundleProgress[] = [];
    const cancelled = importBundle(b!, file, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.phase === 'merging' && p.done === 1) controller.abort();
      },
    });
    await expect(cancelled).rejects.toBeInstanceOf(BundleRefusal);
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen.filter((p) => p.phase === 'reading').at(-1)).toMatchObject({ done: COLLECTION_NAMES.length, total: COLLECTION_NAMES.length });
    expect(await hashDir(b!.dataDir)).toEqual(before);
    expect(b!.repos.members.count()).toBe(0);

    const phases = new Set<string>();
    await importBundle(b!, file, { onProgress: (p) => phases.add(p.phase) });
    expect([...phases]).toEqual(['reading', 'merging', 'writing']);
    expect(b!.repos.members.count()).toBe(60);
    await close();
  });
});

describe('through the IPC contract and the core functions the CLI uses', () => {
  it('previews, exports, inspects, imports, lists and resolves conflicts, and undoes; a refused file says why', async () => {
    const { apps: [a, b], work, close } = await installs();
    const [ha, hb] = [createHandlers(a!), createHandlers(b!)];
    const call = async <C extends Channel>(handlers: Handlers, channel: C, input?: unknown) => {
      const result = await dispatch(handlers, channel, input);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return contract[channel].output.parse(result.value) as OutputOf<C>;
    };
    const anna = await a!.repos.members.create(memberFields({ name: 'Anna de Vries' }));
    // Anna on two laptops: both own her profile.
    await a!.settings.update({ meId: anna.id });
    const file = path.join(work, 'all.mnw');
    expect((await call(ha, 'bundles:exportPreview', { scope: { kind: 'all' } })).members.map((m) => m.name)).toEqual(['Anna de Vries']);
    expect(await exportBundle(a!, { kind: 'all' }, file)).toMatchObject({ records: 1, signed: true });
    expect(await inspectBundle(b!, file)).toMatchObject({ totals: { new: 1 } });
    expect(await importBundle(b!, file, { acceptKey: true })).toMatchObject({ added: 1 });
    await b!.settings.update({ meId: anna.id });

    await a!.repos.members.update(anna.id, { team: 'Van A' });
    // B edits after A (its clock has seen A's stamp), so B's value wins and the import leaves Anna as she is.
    b!.records.clock.observe(a!.repos.members.get(anna.id).rev);
    await b!.repos.members.update(anna.id, { team: 'Van B' });
    await exportBundle(a!, { kind: 'selection', ids: [anna.id] }, file);
    expect(await importBundle(b!, file)).toMatchObject({ conflicts: 1 });
    const [conflict] = await call(hb, 'conflicts:list');
    expect(conflict).toMatchObject({ field: 'team', local: { value: 'Van B' }, incoming: { value: 'Van A' } });
    await call(hb, 'conflicts:resolve', { id: conflict!.id, pick: 'incoming' });
    expect(b!.repos.members.get(anna.id).team).toBe('Van A');
    expect(await call(hb, 'conflicts:list')).toEqual([]);

    const junk = path.join(work, 'junk.mnw');
    await fs.writeFile(junk, 'geen zip');
    await expect(importBundle(b!, junk)).rejects.toMatchObject({ code: 'not_zip' });
    await expect(inspectBundle(b!, path.join(work, 'missing.mnw'))).rejects.toMatchObject({ code: 'not_found' });

    await call(hb, 'bundles:undo');
    expect(await dispatch(hb, 'bundles:undo', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await close();
  });
});
