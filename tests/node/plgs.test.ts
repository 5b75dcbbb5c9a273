import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppContext } from '../../main/core/app';
import { exportBundle, importBundle } from '../../main/core/bundle';
import { generateDemo } from '../../main/core/demo/generateDemo';
import type { PlgFieldsInput } from '../../shared/domain';
import { bundle, IDS, seedRecords } from '../fixtures/makeBadBundles';
import { activityFields } from './activityFixtures';
import { exchange } from './helpers/bundles';
import { bundleScript } from './helpers/childScript';
import { useTempDirs } from './helpers/tempDirs';
import { addMember, call, failure, researchFields } from './researchFixtures';
import { createSession, openAt } from './sessionsFixtures';

const tempDir = useTempDirs('mnw-plgs-');

const plgFields = (overrides: Partial<PlgFieldsInput> = {}): PlgFieldsInput => ({
  name: 'PLG Formatief handelen',
  description: 'Docenten uit vijf instellingen onderzoeken formatief handelen.',
  institutions: ['ROC Rijnland', 'Albeda'],
  ...overrides,
});

/** Anna ("me") and Bram are members, Bram coordinates; Els is in another PLG, Dewi in none. */
async function network(app: AppContext) {
  const plg = await call(app, 'plgs:save', { fields: plgFields() });
  const other = await call(app, 'plgs:save', { fields: plgFields({ name: 'PLG Digitale didactiek' }) });
  const member = (name: string, plgIds: string[]) => addMember(app, name, { email: `${name.split(' ')[0]!.toLowerCase()}@rijnland.nl`, plgIds });
  const anna = await member('Anna de Vries', [plg.id]);
  const bram = await member('Bram Ünal', [plg.id]);
  const els = await member('Els Elders', [other.id]);
  const dewi = await member('Dewi Jansen', []);
  await call(app, 'settings:update', { meId: anna.id });
  const coordinated = await call(app, 'plgs:save', { id: plg.id, fields: plgFields({ coordinatorIds: [bram.id] }) });
  return { anna, bram, els, dewi, plg: coordinated, other };
}

describe('a PLG and what relates to it', () => {
  it('lists its members, coordinators, cafés and activities, and the research and questions of its people or linked from its cafés and activities', async () => {
    const app = await openAt(await tempDir());
    const { anna, els, dewi, plg, other } = await network(app);

    const byAnna = await call(app, 'research:save', { fields: researchFields([anna.id], { title: 'Feedback tijdens de stage' }) });
    await call(app, 'research:save', { fields: researchFields([anna.id], { title: 'Nog een concept', draft: true }) });
    const presented = await call(app, 'research:save', { fields: researchFields([dewi.id], { title: 'Peer-feedback in de bol', year: 2025 }) });
    await call(app, 'research:save', { fields: researchFields([els.id], { title: 'Onderzoek buiten de PLG' }) });
    const asked = await call(app, 'questions:save', { fields: { title: 'Hoe geef je feedback op stage?', body: '', tags: [], area: null } });
    await call(app, 'settings:update', { meId: dewi.id });
    const dewisQuestion = await call(app, 'questions:save', { fields: { title: 'Wie gebruikt exit tickets?', body: '', tags: [], area: null } });
    await call(app, 'questions:save', { fields: { title: 'Een vraag zonder band met de PLG', body: '', tags: [], area: null } });
    await call(app, 'settings:update', { meId: anna.id });

    const cafe = await createSession(app, { title: 'Netwerkcafé Feedback', plgId: plg.id, organiserIds: [els.id] });
    await call(app, 'sessions:saveProgramme', {
      id: cafe.id,
      programme: [{ kind: 'presentatie', title: 'Uit het onderzoek', minutes: 30, presenterIds: [dewi.id], researchIds: [presented.id], questionIds: [] }],
    });
    await createSession(app, { title: 'Netwerkcafé Digitaal', plgId: other.id });
    const activity = await call(app, 'activities:save', { fields: activityFields([els.id], { title: 'Werkplaats exit tickets', plgId: plg.id, questionIds: [dewisQuestion.id] }) });
    await call(app, 'activities:save', { fields: activityFields([els.id], { title: 'Elders bezig', plgId: other.id }) });

    const detail = await call(app, 'plgs:get', { id: plg.id });
    const names = (ids: string[]) => ids.map((id) => detail.people.find((p) => p.id === id)?.name);
    expect(names(detail.plg.coordinatorIds)).toEqual(['Bram Ünal']);
    // By surname: Ünal before (de) Vries.
    expect(names(detail.memberIds)).toEqual(['Bram Ünal', 'Anna de Vries']);
    expect(detail.sessions.map((s) => s.session.title)).toEqual(['Netwerkcafé Feedback']);
    expect(names(detail.sessions[0]!.session.organiserIds)).toEqual(['Els Elders']);
    expect(detail.activities.map((a) => a.title)).toEqual(['Werkplaats exit tickets']);
    // Newest year first; the draft and Els's own research are not the PLG's.
    expect(detail.research.map((r) => [r.title, r.byItsPeople, r.linkedFrom.map((l) => l.title)])).toEqual([
      ['Peer-feedback in de bol', false, ['Netwerkcafé Feedback']],
      ['Feedback tijdens de stage', true, []],
    ]);
    expect(detail.research.find((r) => r.id === byAnna.id)?.authorIds).toEqual([anna.id]);
    expect(detail.questions.map((q) => [q.title, q.byItsPeople, q.linkedFrom.map((l) => `${l.type}:${l.id}`)]).sort()).toEqual(
      [
        ['Hoe geef je feedback op stage?', true, []],
        ['Wie gebruikt exit tickets?', false, [`activities:${activity.id}`]],
      ].sort(),
    );
    expect(detail.questions.find((q) => q.id === asked.id)?.authorId).toBe(anna.id);

    const summaries = await call(app, 'plgs:summaries');
    expect(summaries.map((s) => [s.plg.name, s.members, s.mine, s.coordinators.map((c) => c.name), s.activities, s.nextSession?.title ?? null])).toEqual([
      ['PLG Digitale didactiek', 1, false, [], 1, 'Netwerkcafé Digitaal'],
      ['PLG Formatief handelen', 2, true, ['Bram Ünal'], 1, 'Netwerkcafé Feedback'],
    ]);
    await app.close();
  });

  it('refuses a coordinator without a profile at the field, and names each coordinator once', async () => {
    const app = await openAt(await tempDir());
    const { bram } = await network(app);
    const unknown = '01940000-0000-7000-8000-000000000099';
    const refused = await failure(app, 'plgs:save', { fields: plgFields({ coordinatorIds: [bram.id, unknown] }) });
    expect(refused).toMatchObject({ code: 'invalid_input', issues: [{ path: 'fields.coordinatorIds.1', code: 'unknown_member' }] });
    const saved = await call(app, 'plgs:save', { fields: plgFields({ coordinatorIds: [bram.id, bram.id] }) });
    expect(saved.coordinatorIds).toEqual([bram.id]);
    await app.close();
  });
});

describe('who may change a PLG', () => {
  it('its coordinators; a colleague on another install sees no right to edit and is refused', async () => {
    const work = await tempDir();
    const hr = await openApp({ dataDir: await tempDir() });
    const { anna, bram, plg } = await network(hr);
    // Made on this install: HR (the creating install) may change it, whoever "me" is.
    expect((await call(hr, 'plgs:get', { id: plg.id })).mayEdit).toBe(true);

    const elsewhere = await openApp({ dataDir: await tempDir() });
    await exchange(hr, elsewhere, work);
    await call(elsewhere, 'settings:update', { meId: anna.id });
    expect((await call(elsewhere, 'plgs:get', { id: plg.id })).mayEdit).toBe(false);
    const refused = await failure(elsewhere, 'plgs:save', { id: plg.id, fields: plgFields({ name: 'PLG Anna', coordinatorIds: [anna.id] }) });
    expect(refused.code).toBe('forbidden');
    expect(elsewhere.repos.plgs.get(plg.id).name).toBe('PLG Formatief handelen');

    await call(elsewhere, 'settings:update', { meId: bram.id });
    expect((await call(elsewhere, 'plgs:get', { id: plg.id })).mayEdit).toBe(true);
    const changed = await call(elsewhere, 'plgs:save', { id: plg.id, fields: plgFields({ description: 'Nu ook met Anna.', coordinatorIds: [bram.id, anna.id] }) });
    expect(changed.coordinatorIds).toEqual([bram.id, anna.id]);
    await hr.close();
    await elsewhere.close();
  });

  it('a PLG travels with its coordinators, who own it on the other install', async () => {
    const hr = await openApp({ dataDir: await tempDir() });
    const { bram, plg } = await network(hr);
    const file = path.join(await tempDir(), 'plg.mnw');
    await exportBundle(hr, { kind: 'selection', ids: [plg.id] }, file);
    const other = await openApp({ dataDir: await tempDir() });
    await importBundle(other, file, { acceptKey: true });
    expect(other.repos.plgs.get(plg.id).coordinatorIds).toEqual([bram.id]);
    expect(other.repos.members.get(bram.id).name).toBe('Bram Ünal');
    await hr.close();
    await other.close();
  });
});

describe('PLGs from before coordinators', () => {
  it('a stored PLG without coordinatorIds, and one from a version 2 bundle, read as having none', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const [seedPlg] = seedRecords().plgs;
    expect(seedPlg).not.toHaveProperty('coordinatorIds');
    const v2 = path.join(await tempDir(), 'v2.mnw');
    await fs.writeFile(v2, bundle({ manifest: (m) => void (m.formatVersion = 2) }));
    expect((await importBundle(app, v2, { acceptKey: true })).added).toBeGreaterThan(0);
    expect(app.store.get('plgs', IDS.plg)).toMatchObject({ coordinatorIds: [] });
    expect(app.store.get('plgs', IDS.plg)!.fieldRevs).not.toHaveProperty('coordinatorIds');

    // As an older version stored it.
    const stored = { ...seedPlg!, id: '01940000-0000-7000-8000-000000000071', name: 'PLG van vroeger' };
    await app.store.put('plgs', stored as never);
    expect(app.store.get('plgs', stored.id)).not.toHaveProperty('coordinatorIds');
    expect(app.repos.plgs.get(stored.id).coordinatorIds).toEqual([]);
    const detail = await call(app, 'plgs:get', { id: IDS.plg });
    expect(detail.plg.coordinatorIds).toEqual([]);
    expect(detail.memberIds).toEqual([IDS.bram, IDS.anna]);
    expect((await call(app, 'plgs:list')).map((p) => [p.name, p.coordinatorIds])).toEqual([
      ['PLG Formatief handelen', []],
      ['PLG van vroeger', []],
    ]);
    await app.close();
  });

  it('the demo gives every PLG one or two coordinators among its members', () => {
    const demo = generateDemo(120);
    expect(demo.plgs).toHaveLength(5);
    for (const plg of demo.plgs) {
      expect(plg.fields.coordinatorIds.length).toBeGreaterThanOrEqual(1);
      expect(plg.fields.coordinatorIds.length).toBeLessThanOrEqual(2);
      for (const id of plg.fields.coordinatorIds) expect(demo.members.find((m) => m.id === id)?.fields.plgIds).toContain(plg.id);
    }
    expect(new Set(demo.plgs.map((p) => p.fields.coordinatorIds.length))).toEqual(new Set([1, 2]));
  });
});

describe('the command line', () => {
  let cli: string;
  beforeAll(async () => {
    cli = await bundleScript(path.join(__dirname, '../../main/cli/index.ts'));
  });
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('`list plgs --json` gives each PLG its coordinatorIds; `plg <id>` shows its page', async () => {
    const dataDir = await tempDir();
    const app = await openAt(dataDir, new Date());
    const { bram, plg } = await network(app);
    await createSession(app, { title: 'Netwerkcafé Feedback', plgId: plg.id });
    await app.close();

    const listed = JSON.parse(run('--data', dataDir, 'list', 'plgs', '--json').stdout) as { name: string; coordinatorIds: string[] }[];
    expect(listed.map((p) => [p.name, p.coordinatorIds])).toEqual([
      ['PLG Digitale didactiek', []],
      ['PLG Formatief handelen', [bram.id]],
    ]);
    const shown = run('--data', dataDir, 'plg', plg.id, '--json');
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ plg: { id: plg.id, coordinatorIds: [bram.id] }, sessions: [{ session: { title: 'Netwerkcafé Feedback' } }] });
    expect(run('--data', dataDir, 'plg', plg.id).stdout).toContain('Coordinators: Bram Ünal\nMembers (2): Bram Ünal, Anna de Vries');
    const missing = run('--data', dataDir, 'plg', '01940000-0000-7000-8000-000000000099');
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('Error: No PLG with id 01940000-0000-7000-8000-000000000099.');
  });
});
