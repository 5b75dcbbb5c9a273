import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle, importBundle } from '../../main/core/bundle';
import { readBundle } from '../../main/core/bundle/readBundle';
import { NO_CONTRIBUTOR } from '../../main/core/bundle/scope';
import { useTempDirs } from './helpers/tempDirs';
import { emptyGoalLinks, noLinks } from '../../shared/domain';
import { activityFields } from './activityFixtures';
import { entryFields, goalFields, popFields } from './learningFixtures';
import { addMember, call, failure } from './researchFixtures';
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
  it('is issued by a colleague from the same PLG for a goal marked behaald in a shared POP, never by the teacher or an outsider', async () => {
    const app = await openAt(await tempDir());
    const [sanne, bram, ilse] = await colleagues(app, ['Sanne de Vries', 'Bram Ünal', 'Ilse Kok']);
    const plg = await app.repos.plgs.create({ name: 'PLG Feedback', description: '', institutions: [] });
    for (const m of [sanne!, bram!]) await app.repos.members.update(m.id, { plgIds: [plg.id] });
    const view = await call(app, 'pop:save', popFields({ visibility: 'netwerk', goals: [goalFields({ status: 'bezig' })] }));
    const goalId = view.pop!.goals[0]!.id;
    const refused = await failure(app, 'badges:issueForGoal', { goalId });
    expect(refused.code).toBe('forbidden'); // my own goal
    expect(refused.issues?.[0]?.code).toBe('own_goal');
    await call(app, 'settings:update', { meId: bram!.id });
    const early = await failure(app, 'badges:issueForGoal', { goalId });
    expect([early.code, early.issues?.[0]?.code]).toEqual(['invalid_input', 'not_reached']);
    await call(app, 'settings:update', { meId: sanne!.id });
    await call(app, 'pop:save', { ...popFields({ visibility: 'netwerk' }), goals: [{ ...view.pop!.goals[0]!, status: 'behaald' }] });
    await call(app, 'settings:update', { meId: ilse!.id });
    expect((await failure(app, 'badges:issueForGoal', { goalId })).issues?.[0]?.code).toBe('no_shared_plg');
    await call(app, 'settings:update', { meId: bram!.id });
    const badge = await call(app, 'badges:issueForGoal', { goalId });
    expect(badge).toMatchObject({ memberId: sanne!.id, source: 'pop_doel', sourceId: goalId, name: 'POP-doel behaald: Formatief handelen in mijn lessen' });
    expect(await call(app, 'badges:verify', { jws: badge.jws })).toMatchObject({ valid: true, subject: `urn:uuid:${sanne!.id}` });
    expect((await call(app, 'badges:list', { memberId: sanne!.id })).map((b) => b.id)).toEqual([badge.id]);
    await app.close();
  });

  it('is not for a goal in a private POP: a colleague neither sees the goal nor issues its badge', async () => {
    const app = await openAt(await tempDir());
    const [sanne, bram] = await colleagues(app, ['Sanne de Vries', 'Bram Ünal']);
    const plg = await app.repos.plgs.create({ name: 'PLG Feedback', description: '', institutions: [] });
    for (const m of [sanne!, bram!]) await app.repos.members.update(m.id, { plgIds: [plg.id] });
    const view = await call(app, 'pop:save', popFields({ visibility: 'prive', goals: [goalFields({ status: 'behaald' })] }));
    const goalId = view.pop!.goals[0]!.id;
    // I see my reached goal, its sharing state and whom to ask; I cannot issue it myself.
    expect(await call(app, 'badges:forGoals', { memberId: sanne!.id })).toEqual({
      plgs: ['PLG Feedback'],
      goals: [{ goalId, title: 'Formatief handelen in mijn lessen', end: '2026-06-30', shared: false, badge: null, block: 'own_goal' }],
    });
    await call(app, 'settings:update', { meId: bram!.id });
    expect((await call(app, 'badges:forGoals', { memberId: sanne!.id })).goals).toEqual([]);
    const refused = await failure(app, 'badges:issueForGoal', { goalId });
    expect([refused.code, refused.issues?.[0]?.code]).toEqual(['forbidden', 'not_shared']);
    expect(app.repos.badges.count()).toBe(0);
    await app.close();
  });

  it('shows a PLG colleague the reached goals of a shared POP to issue, an outsider none, and the owner the badge once issued', async () => {
    const app = await openAt(await tempDir());
    const [sanne, bram, ilse] = await colleagues(app, ['Sanne de Vries', 'Bram Ünal', 'Ilse Kok']);
    const plg = await app.repos.plgs.create({ name: 'PLG Feedback', description: '', institutions: [] });
    for (const m of [sanne!, bram!]) await app.repos.members.update(m.id, { plgIds: [plg.id] });
    const view = await call(app, 'pop:save', popFields({ visibility: 'netwerk', goals: [goalFields({ status: 'behaald' }), goalFields({ title: 'Nog bezig', status: 'bezig' })] }));
    const goalId = view.pop!.goals[0]!.id;
    await call(app, 'settings:update', { meId: ilse!.id });
    expect((await call(app, 'badges:forGoals', { memberId: sanne!.id })).goals.map((g) => [g.title, g.block])).toEqual([['Formatief handelen in mijn lessen', 'no_shared_plg']]);
    await call(app, 'settings:update', { meId: bram!.id });
    expect((await call(app, 'badges:forGoals', { memberId: sanne!.id })).goals.map((g) => [g.goalId, g.block, g.badge])).toEqual([[goalId, null, null]]);
    const badge = await call(app, 'badges:issueForGoal', { goalId });
    // Issuing twice gives the same badge back.
    expect((await call(app, 'badges:issueForGoal', { goalId })).id).toBe(badge.id);
    await call(app, 'settings:update', { meId: sanne!.id });
    const mine = await call(app, 'badges:forGoals', { memberId: sanne!.id });
    expect(mine.goals[0]).toMatchObject({ goalId, shared: true, block: 'own_goal', badge: { id: badge.id, jws: badge.jws } });
    await app.close();
  });
});

describe('activities linked from the leerlog and the POP', () => {
  it('offers the activities I take part in, shows the link on the entry, and lists on the activity only what the viewer may see', async () => {
    const app = await openAt(await tempDir());
    const [sanne, bram] = await colleagues(app, ['Sanne de Vries', 'Bram Ünal']);
    const mine = await call(app, 'activities:save', { fields: activityFields([sanne!.id]) });
    const theirs = await call(app, 'activities:save', { fields: activityFields([bram!.id], { title: 'Werkplaats onderzoek' }) });
    expect((await call(app, 'learning:choices')).activities).toEqual([{ id: mine.id, title: 'Ontwikkeldriedaagse Zorg en Welzijn' }]);
    expect((await call(app, 'pop:get')).choices.activities.map((a) => a.id)).toEqual([mine.id]);

    const link = { ...noLinks(), activityId: mine.id };
    const secret = await call(app, 'learning:save', { fields: entryFields({ title: 'Privé geleerd', links: link }) });
    await call(app, 'learning:save', { fields: entryFields({ title: 'Alleen geteld', links: link, visibility: 'aggregaat' }) });
    await call(app, 'learning:save', { fields: entryFields({ title: 'Gedeeld geleerd', links: link, visibility: 'netwerk', date: '2026-02-01' }) });
    expect((await call(app, 'learning:get', { id: secret.id })).titles[mine.id]).toBe('Ontwikkeldriedaagse Zorg en Welzijn');
    const view = await call(app, 'pop:save', popFields({ goals: [goalFields({ links: { ...emptyGoalLinks(), activityIds: [mine.id] } })] }));

    const forMe = await call(app, 'learning:linkedToActivity', { id: mine.id });
    // Newest first, then by title.
    expect(forMe.entries.map((e) => [e.title, e.mine])).toEqual([
      ['Alleen geteld', true],
      ['Privé geleerd', true],
      ['Gedeeld geleerd', true],
    ]);
    expect(forMe.goals).toEqual([{ id: view.pop!.goals[0]!.id, title: 'Formatief handelen in mijn lessen', status: 'bezig', mine: true, ownerId: sanne!.id, ownerName: 'Sanne de Vries' }]);

    // A colleague sees only the entry shared with the network; not the private one, not the aggregate-only one, not a private POP's goal.
    await call(app, 'settings:update', { meId: bram!.id });
    const forBram = await call(app, 'learning:linkedToActivity', { id: mine.id });
    expect(forBram.entries.map((e) => [e.title, e.mine, e.ownerName])).toEqual([['Gedeeld geleerd', false, 'Sanne de Vries']]);
    expect(forBram.goals).toEqual([]);
    // Shared with the network, the goal shows too; another activity has nothing.
    await call(app, 'settings:update', { meId: sanne!.id });
    await call(app, 'pop:save', { ...popFields({ visibility: 'netwerk' }), goals: view.pop!.goals });
    await call(app, 'settings:update', { meId: bram!.id });
    expect((await call(app, 'learning:linkedToActivity', { id: mine.id })).goals.map((g) => [g.title, g.mine])).toEqual([['Formatief handelen in mijn lessen', false]]);
    expect(await call(app, 'learning:linkedToActivity', { id: theirs.id })).toEqual({ entries: [], goals: [] });
    expect((await failure(app, 'learning:linkedToActivity', { id: secret.id })).code).toBe('not_found');
    await app.close();
  });

  it('keeps a linked activity among the POP choices after I leave it', async () => {
    const app = await openAt(await tempDir());
    const [sanne, bram] = await colleagues(app, ['Sanne de Vries', 'Bram Ünal']);
    const activity = await call(app, 'activities:save', { fields: activityFields([sanne!.id, bram!.id]) });
    await call(app, 'pop:save', popFields({ goals: [goalFields({ links: { ...emptyGoalLinks(), activityIds: [activity.id] } })] }));
    await call(app, 'activities:save', { id: activity.id, fields: activityFields([bram!.id]) });
    expect((await call(app, 'learning:choices')).activities).toEqual([]);
    expect((await call(app, 'pop:get')).choices.activities.map((a) => a.id)).toEqual([activity.id]);
    await app.close();
  });
});

describe('the Overzicht: leren op het werk', () => {
  /** Five teachers of Zorg log one aggregate entry each, a sixth in another month; Techniek has three. */
  async function network() {
    const app = await openAt(await tempDir());
    const people = [];
    for (const [i, team] of ['Zorg', 'Zorg', 'Zorg', 'Zorg', 'Zorg', 'Zorg', 'Techniek', 'Techniek', 'Techniek'].entries()) {
      people.push(await addMember(app, `Docent ${i}`, { team }));
    }
    for (const [i, member] of people.entries()) {
      await call(app, 'settings:update', { meId: member.id });
      await call(app, 'learning:save', { fields: entryFields({ visibility: 'aggregaat', kind: i % 2 ? 'bronnen' : 'interactie', date: i === 5 ? '2026-05-10' : '2026-02-10' }) });
    }
    await call(app, 'learning:save', { fields: entryFields({ visibility: 'prive', title: 'Niet meegeteld' }) });
    return app;
  }

  it('counts per kind per team from aggregate entries only, under the period, institution and team filters, never a group under five', async () => {
    const app = await network();
    const all = await call(app, 'overview:get', { filter: {} });
    expect(all.learning.teams).toEqual([
      { institution: 'ROC Rijnland', team: 'Techniek', suppressed: true },
      expect.objectContaining({ institution: 'ROC Rijnland', team: 'Zorg', suppressed: false, contributors: 6, total: 6, counts: expect.objectContaining({ interactie: 3, bronnen: 3, congres: 0 }) }),
    ]);
    // The same numbers as the team overview page, from the same service.
    expect(all.learning).toEqual(await call(app, 'team:overview', {}));
    // In February Zorg has exactly five teachers: shown. From May on only one: suppressed.
    const february = await call(app, 'overview:get', { filter: { from: '2026-02-01', to: '2026-02-28' } });
    expect(february.learning.teams.find((r) => r.team === 'Zorg')).toMatchObject({ suppressed: false, contributors: 5, total: 5 });
    expect(february.learning.from).toBe('2026-02-01');
    const may = await call(app, 'overview:get', { filter: { from: '2026-05-01' } });
    expect(may.learning.teams).toEqual([{ institution: 'ROC Rijnland', team: 'Zorg', suppressed: true }]);
    expect((await call(app, 'overview:get', { filter: { team: 'Techniek' } })).learning.teams).toEqual([{ institution: 'ROC Rijnland', team: 'Techniek', suppressed: true }]);
    expect((await call(app, 'overview:get', { filter: { institution: 'Albeda' } })).learning.teams).toEqual([]);
    // A leerlog has no area or PLG: those filters leave this section as it is.
    expect((await call(app, 'overview:get', { filter: { area: 'onderzoek' } })).learning).toEqual(all.learning);
    await app.close();
  });
});
