import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle, importBundle } from '../../main/core/bundle';
import { readBundle } from '../../main/core/bundle/readBundle';
import { NO_CONTRIBUTOR } from '../../main/core/bundle/scope';
import { useTempDirs } from './helpers/tempDirs';
import { entryFields, goalFields, popFields } from './learningFixtures';
import { call, failure } from './researchFixtures';
import { colleagues, createSession, openAt } from './sessionsFixtures';

const tempDir = useTempDirs('mnw-learning-');

describe('the leerlog', () => {
  it('keeps an entry private to its owner, with institution and a contributor token from the app', async () => {
    const app = await openAt(await tempDir());
    const [sanne, bram] = await colleagues(app, ['Sanne de Vries', 'Bram Ünal']);
    const first = await call(app, 'learning:save', { fields: entryFields() });
    const second = await call(app, 'learning:save', { fields: entryFields({ title: 'Artikel gelezen', kind: 'bronnen', date: '2026-02-20' }) });
    expect(first).toMatchObject({ ownerId: sanne!.id, institution: sanne!.institution, visibility: 'prive', kind: 'interactie' });
    expect(first.contributor).toMatch(/^[0-9a-f]{32}$/);
    expect(second.contributor).toBe(first.contributor);
    expect((await call(app, 'learning:list', {})).items.map((e) => e.title)).toEqual(['Artikel gelezen', 'Gesprek met praktijkopleiders']);

    // Another colleague neither sees nor changes it.
    await call(app, 'settings:update', { meId: bram!.id });
    expect((await failure(app, 'learning:get', { id: first.id })).code).toBe('not_found');
    expect((await failure(app, 'learning:save', { id: first.id, fields: entryFields({ title: 'Overschreven' }) })).code).toBe('forbidden');
    expect((await call(app, 'learning:list', {})).total).toBe(0);
    const bramsOwn = await call(app, 'learning:save', { fields: entryFields() });
    expect(bramsOwn.contributor).not.toBe(first.contributor);
    await app.close();
  });

  it('refuses a kind outside the eleven and an empty title, storing nothing', async () => {
    const app = await openAt(await tempDir());
    await colleagues(app, ['Sanne de Vries']);
    const bad = await failure(app, 'learning:save', { fields: { ...entryFields(), kind: 'feestje' } });
    expect(bad.code).toBe('invalid_input');
    expect(bad.issues).toEqual([expect.objectContaining({ path: 'fields.kind', code: 'invalid_value' })]);
    expect((await failure(app, 'learning:save', { fields: entryFields({ title: ' ' }) })).issues?.[0]?.path).toBe('fields.title');
    expect((await failure(app, 'learning:list', { period: { from: '2026-05-01', to: '2026-01-01' } })).issues?.[0]?.code).toBe('end_before_start');
    expect(app.repos.learning.count()).toBe(0);
    await app.close();
  });

  it('logs a café with one click, pre-filled by my part in it; a second click gives the same entry', async () => {
    const app = await openAt(await tempDir());
    const [sanne, bram, ilse] = await colleagues(app, ['Sanne de Vries', 'Bram Ünal', 'Ilse Kok']);
    const session = await createSession(app, { organiserIds: [ilse!.id] });
    await call(app, 'sessions:saveProgramme', {
      id: session.id,
      programme: [{ kind: 'presentatie', title: 'Exit tickets in de praktijk', minutes: 30, presenterIds: [sanne!.id], researchIds: [], questionIds: [] }],
    });
    await call(app, 'sessions:register', { id: session.id, attendee: { kind: 'member', memberId: bram!.id } });

    const presented = await call(app, 'learning:logSession', { sessionId: session.id });
    expect(presented).toMatchObject({
      title: 'Gepresenteerd op netwerkcafé: Netwerkcafé Formatief handelen',
      date: '2026-03-14',
      kind: 'interactie',
      visibility: 'prive',
      links: { sessionId: session.id },
    });
    expect(presented.happened).toContain('Mijn bijdrage: Exit tickets in de praktijk.');
    expect((await call(app, 'learning:logSession', { sessionId: session.id })).id).toBe(presented.id);

    await call(app, 'settings:update', { meId: bram!.id });
    expect(await call(app, 'learning:logSession', { sessionId: session.id })).toMatchObject({ title: 'Netwerkcafé bijgewoond: Netwerkcafé Formatief handelen', kind: 'formele_samenwerking' });
    await call(app, 'settings:update', { meId: ilse!.id });
    expect((await failure(app, 'learning:logSession', { sessionId: session.id })).code).toBe('forbidden');
    await app.close();
  });
});

describe('the POP', () => {
  it('refuses a goal that ends before it starts and stores nothing; progress comes from steps, actions and entries', async () => {
    const app = await openAt(await tempDir());
    const [sanne] = await colleagues(app, ['Sanne de Vries']);
    const bad = await failure(app, 'pop:save', popFields({ goals: [goalFields({ start: '2026-06-01', end: '2026-01-01' })] }));
    expect(bad.issues).toEqual([expect.objectContaining({ path: 'goals.0.end', code: 'end_before_start' })]);
    expect(app.repos.pop.count()).toBe(0);

    const session = await createSession(app, { organiserIds: [sanne!.id] });
    const report = await call(app, 'sessions:saveReport', {
      id: session.id,
      notes: '',
      outcomes: '',
      actions: [
        { text: 'Rubric delen', ownerId: sanne!.id, due: null, status: 'klaar' },
        { text: 'Tweede ronde', ownerId: sanne!.id, due: null, status: 'open' },
      ],
    });
    const entry = await call(app, 'learning:save', { fields: entryFields() });
    const view = await call(app, 'pop:save', popFields({
      goals: [goalFields({
        steps: [{ text: 'Lezen', due: '2026-02-01', done: true }, { text: 'Proberen', due: null, done: false }],
        links: { learningIds: [entry.id], wants: ['formatief evalueren'], actionIds: report.actions.map((a) => a.id), activityIds: [] },
      })],
    }));
    const goalId = view.pop!.goals[0]!.id;
    expect(view.progress).toEqual([{ goalId, stepsDone: 1, steps: 2, actionsDone: 1, actions: 2, learning: 1, wants: 1, activities: 0, share: 0.5 }]);
    // Planned on 1 September 2022: renewed by 1 September 2026; the test clock says 1 March 2026.
    expect(view).toMatchObject({ renewalDue: '2026-09-01', renewalOverdue: false });
    expect(view.choices.actions.map((a) => a.title)).toEqual(['Rubric delen (Netwerkcafé Formatief handelen)', 'Tweede ronde (Netwerkcafé Formatief handelen)']);

    // An entry that links to the goal counts too; saving again keeps the goal's id.
    await call(app, 'learning:save', { fields: entryFields({ title: 'Intervisie', links: { ...entryFields().links, goalId } }) });
    const again = await call(app, 'pop:save', { ...popFields(), goals: [{ ...view.pop!.goals[0]!, status: 'behaald' }] });
    expect(again.pop!.goals[0]!.id).toBe(goalId);
    expect(again.progress[0]!.learning).toBe(2);
    expect(app.repos.pop.count()).toBe(1);
    await app.close();
  });
});

describe('what leaves the machine', () => {
  it('a bundle carries no private entry or POP; an aggregate entry only its kind, team, month and token', async () => {
    const a = await openAt(await tempDir());
    const [sanne] = await colleagues(a, ['Sanne de Vries']);
    await call(a, 'learning:save', { fields: entryFields({ title: 'Heel persoonlijk' }) });
    const aggregate = await call(a, 'learning:save', { fields: entryFields({ title: 'Alleen tellen', date: '2026-02-17', visibility: 'aggregaat' }) });
    const shared = await call(a, 'learning:save', { fields: entryFields({ title: 'Voor iedereen', visibility: 'netwerk' }) });
    const deletedPrivate = await call(a, 'learning:save', { fields: entryFields({ title: 'Weg ermee' }) });
    await call(a, 'learning:delete', { id: deletedPrivate.id });
    await call(a, 'pop:save', popFields());
    const file = path.join(await tempDir(), 'alles.mnw');
    await exportBundle(a, { kind: 'all' }, file);

    const bundle = await readBundle(file, { now: new Date() });
    expect(bundle.manifest.formatVersion).toBe(3);
    expect(bundle.records.pop).toEqual([]);
    const ids = bundle.records.learning.map((r) => r.id).sort();
    expect(ids).toEqual([aggregate.id, shared.id].sort());
    const text = JSON.stringify(bundle.records);
    // Neither the private entries (the deleted one included) nor the aggregate entry's text.
    for (const secret of ['Heel persoonlijk', 'Weg ermee', 'Alleen tellen']) expect(text).not.toContain(secret);
    expect(text.match(/Studenten willen eerder feedback/g)).toHaveLength(1); // the network-shared entry's answer only
    const counted = bundle.records.learning.find((r) => r.id === aggregate.id)!;
    expect(counted).toMatchObject({ ownerId: null, title: '', happened: '', withWhom: '', kind: 'interactie', date: '2026-02-01', contributor: aggregate.contributor, visibility: 'aggregaat' });
    expect(Object.keys(counted.fieldRevs).sort()).toEqual(['contributor', 'institution', 'kind', 'team', 'visibility']);
    const open = bundle.records.learning.find((r) => r.id === shared.id)!;
    expect(open).toMatchObject({ ownerId: sanne!.id, title: 'Voor iedereen', contributor: NO_CONTRIBUTOR });

    // The receiving install counts the aggregate entry but cannot read it as an entry.
    // Stamps come from the real clock: the receiver runs on it too.
    const b = await openAt(await tempDir(), new Date());
    await importBundle(b, file, { acceptKey: true });
    expect(b.repos.learning.count()).toBe(2);
    await colleagues(b, ['Hélène de Boer']);
    expect((await failure(b, 'learning:get', { id: aggregate.id })).code).toBe('not_found');
    expect((await call(b, 'learning:get', { id: shared.id })).entry.title).toBe('Voor iedereen');
    await a.close();
    await b.close();
  });

  it('"Mijn gegevens" exports my entries, POP and badges, and erasing the profile clears them', async () => {
    const app = await openAt(await tempDir());
    const [sanne] = await colleagues(app, ['Sanne de Vries']);
    await call(app, 'learning:save', { fields: entryFields({ title: 'Mijn leermoment' }) });
    await call(app, 'pop:save', popFields());
    const exported = await call(app, 'privacy:export', { memberId: sanne!.id });
    expect(exported.counts).toMatchObject({ learning: 1, pop: 1, badges: 0 });
    expect(JSON.parse(exported.text).learningLog[0].title).toBe('Mijn leermoment');
    const erased = await call(app, 'privacy:erase', { memberId: sanne!.id });
    expect(erased.learningRecords).toBe(2);
    expect(app.repos.learning.count()).toBe(0);
    expect(app.repos.pop.count()).toBe(0);
    expect(JSON.stringify(app.repos.learning.listAll())).not.toContain('Mijn leermoment');
    expect(JSON.stringify(app.repos.pop.listAll())).not.toContain('Formatief handelen in mijn lessen');
    await app.close();
  });
});

describe('search', () => {
  it('finds an entry shared with the network, never a private or aggregate-only one', async () => {
    const app = await openAt(await tempDir());
    await colleagues(app, ['Sanne de Vries']);
    const shared = await call(app, 'learning:save', { fields: entryFields({ title: 'Kalibreren van proeves', visibility: 'netwerk' }) });
    await call(app, 'learning:save', { fields: entryFields({ title: 'Kalibreren in het geheim', visibility: 'prive' }) });
    const counted = await call(app, 'learning:save', { fields: entryFields({ title: 'Kalibreren alleen geteld', visibility: 'aggregaat' }) });
    const hits = (await call(app, 'search:query', { text: 'kalibreren' })).filter((r) => r.type === 'learning');
    expect(hits.map((h) => h.id)).toEqual([shared.id]);
    // Browsing by type alone shows the same, and making an entry private takes it out at once.
    expect((await call(app, 'search:query', { text: '', types: ['learning'] })).map((h) => h.id)).toEqual([shared.id]);
    await call(app, 'learning:save', { id: shared.id, fields: entryFields({ title: 'Kalibreren van proeves', visibility: 'prive' }) });
    expect((await call(app, 'search:query', { text: 'kalibreren' })).filter((r) => r.type === 'learning')).toEqual([]);
    expect(counted.visibility).toBe('aggregaat');
    await app.close();
  });
});

describe('a badge for a POP goal', () => {
  it('is issued by a colleague from the same PLG for a goal marked behaald, never by the teacher or an outsider', async () => {
    const app = await openAt(await tempDir());
    const [sanne, bram, ilse] = await colleagues(app, ['Sanne de Vries', 'Bram Ünal', 'Ilse Kok']);
    const plg = await app.repos.plgs.create({ name: 'PLG Feedback', description: '', institutions: [] });
    for (const m of [sanne!, bram!]) await app.repos.members.update(m.id, { plgIds: [plg.id] });
    const view = await call(app, 'pop:save', popFields({ goals: [goalFields({ status: 'bezig' })] }));
    const goalId = view.pop!.goals[0]!.id;
    expect((await failure(app, 'badges:issueForGoal', { goalId })).code).toBe('forbidden'); // my own goal
    await call(app, 'settings:update', { meId: bram!.id });
    expect((await failure(app, 'badges:issueForGoal', { goalId })).code).toBe('invalid_input'); // not reached yet
    await call(app, 'settings:update', { meId: sanne!.id });
    await call(app, 'pop:save', { ...popFields(), goals: [{ ...view.pop!.goals[0]!, status: 'behaald' }] });
    await call(app, 'settings:update', { meId: ilse!.id });
    expect((await failure(app, 'badges:issueForGoal', { goalId })).code).toBe('forbidden'); // not in the PLG
    await call(app, 'settings:update', { meId: bram!.id });
    const badge = await call(app, 'badges:issueForGoal', { goalId });
    expect(badge).toMatchObject({ memberId: sanne!.id, source: 'pop_doel', sourceId: goalId, name: 'POP-doel behaald: Formatief handelen in mijn lessen' });
    expect(await call(app, 'badges:verify', { jws: badge.jws })).toMatchObject({ valid: true, subject: `urn:uuid:${sanne!.id}` });
    expect((await call(app, 'badges:list', { memberId: sanne!.id })).map((b) => b.id)).toEqual([badge.id]);
    await app.close();
  });
});
