import { describe, expect, it } from 'vitest';
import { profileFor, type MyDataExport } from '../../shared/contract';
import { COLLECTION_NAMES, type Member } from '../../shared/domain';
import { openApp, type AppContext } from '../../main/core/app';
import { exportBundle, importBundle } from '../../main/core/bundle';
import { exchange } from './helpers/bundles';
import { useTempDirs } from './helpers/tempDirs';
import { addMember, call, researchFields } from './researchFixtures';
import { sessionDetails } from './sessionsFixtures';

const tempDir = useTempDirs('mnw-privacy-');

const SANNE = { email: 'sanne.devries@rijnland.example.nl', bio: 'Ik onderzoek feedback op stage.', function: 'Docent-onderzoeker' };

/** Every record and local collection of an install as text: what "holds no trace of" is checked against. */
const everything = (app: AppContext) =>
  JSON.stringify([...COLLECTION_NAMES, 'conflicts', 'imports', 'trustedKeys'].map((c) => app.store.all(c)));

/** Sanne (me) on one install: a result she wrote, one she helped with, a question, an answer, a café with an action. */
async function sanneAt(app: AppContext) {
  const sanne = await addMember(app, 'Sanne de Vries', SANNE);
  const jan = await addMember(app, 'Jan van der Berg', { email: 'jan@rijnland.example.nl' });
  await call(app, 'settings:update', { meId: sanne.id });
  const own = await call(app, 'research:save', { fields: researchFields([sanne.id]) });
  const helped = await call(app, 'research:save', { fields: researchFields([jan.id], { title: 'Stage en begeleiding', partnerIds: [sanne.id] }) });
  await call(app, 'research:save', { fields: researchFields([jan.id], { title: 'Niet van Sanne' }) });
  const asked = await call(app, 'questions:save', { fields: { title: 'Wie heeft een rubric voor stage?', body: '', tags: [], area: null } });
  await call(app, 'settings:update', { meId: jan.id });
  const janAsks = await call(app, 'questions:save', { fields: { title: 'Hoe plan je stagebezoeken?', body: '', tags: [], area: null } });
  await call(app, 'settings:update', { meId: sanne.id });
  await call(app, 'questions:answer', { questionId: janAsks.id, body: 'Per regio, één middag per week.' });
  const cafe = await call(app, 'sessions:save', { fields: sessionDetails({ organiserIds: [jan.id] }) });
  await call(app, 'sessions:register', { id: cafe.id, attendee: { kind: 'member', memberId: sanne.id } });
  await call(app, 'sessions:register', { id: cafe.id, attendee: { kind: 'guest', name: 'Gast Een', email: 'gast@example.nl' } });
  await call(app, 'sessions:saveReport', {
    id: cafe.id,
    notes: '',
    outcomes: '',
    actions: [{ text: 'Rubric delen', ownerId: sanne.id, due: null, status: 'open' }],
  });
  return { sanne, jan, own, helped, asked, cafe };
}

describe('Mijn gegevens: the export of everything held about me', () => {
  it('holds my profile, the research I wrote or helped with, my questions and answers, and my café sessions — and nobody else’s', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const { sanne, own, helped, asked, cafe } = await sanneAt(app);
    const exported: MyDataExport = await call(app, 'privacy:export', {});
    expect(exported.fileName).toMatch(/^mijn-gegevens-sanne-de-vries-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exported.counts).toEqual({ research: 2, questionsAsked: 1, answers: 1, sessions: 1, actions: 1, conflicts: 0, learning: 0, pop: 0, badges: 0 });
    const document = JSON.parse(exported.text);
    expect(document.profile).toMatchObject({ id: sanne.id, ...SANNE });
    expect(document.research.map((r: { id: string }) => r.id).sort()).toEqual([own.id, helped.id].sort());
    expect(document.questionsAsked.map((q: { id: string }) => q.id)).toEqual([asked.id]);
    expect(document.answersGiven[0].answers[0].body).toBe('Per regio, één middag per week.');
    expect(document.sessions).toEqual([
      expect.objectContaining({ sessionId: cafe.id, roles: ['attendee'], registrations: [expect.objectContaining({ memberId: sanne.id })], actions: [expect.objectContaining({ text: 'Rubric delen' })] }),
    ]);
    expect(exported.text).not.toContain('Niet van Sanne');
    expect(exported.text).not.toContain('gast@example.nl');
    expect(exported.text).not.toContain('jan@rijnland.example.nl');
    await app.close();
  });

  it('needs a profile of my own, or the id of a colleague (for an access request handled by HR)', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const jan = await addMember(app, 'Jan van der Berg');
    expect(await call(app, 'privacy:export').catch((e: { appError: { code: string } }) => e.appError.code)).toBe('forbidden');
    expect(JSON.parse((await call(app, 'privacy:export', { memberId: jan.id })).text).profile.name).toBe('Jan van der Berg');
    await app.close();
  });
});

describe('erasing a profile', () => {
  it('clears it here, with my name and e-mail in attendee lists and conflict copies, and I start again', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const { sanne, own, cafe } = await sanneAt(app);
    const result = await call(app, 'privacy:erase', { memberId: sanne.id });
    expect(result).toEqual({ id: sanne.id, attendeeEntries: 1, conflicts: 0, undoDropped: false, learningRecords: 0 });
    expect(app.settings.get().meId).toBeNull();
    const trace = everything(app);
    for (const personal of [SANNE.email, SANNE.bio, SANNE.function, 'Sanne de Vries']) expect(trace).not.toContain(personal);
    // What she wrote stays for the network, no longer linked to a name.
    expect((await call(app, 'research:get', { id: own.id })).people).toEqual([]);
    const session = (await call(app, 'sessions:get', { id: cafe.id })).session;
    expect(session.attendees.map((a) => a.name).sort()).toEqual(['Gast Een', 'Verwijderd profiel']);
    expect((await call(app, 'search:query', { text: 'Sanne' })).filter((r) => r.type === 'members')).toEqual([]);
    await app.close();
  });

  it('travels as a tombstone: the other install keeps no personal data of the profile once the next import replaces its undo record', async () => {
    const a = await openApp({ dataDir: await tempDir() });
    const b = await openApp({ dataDir: await tempDir() });
    const work = await tempDir();
    const { sanne } = await sanneAt(a);
    await exchange(a, b, work);
    expect(b.repos.members.get(sanne.id)).toMatchObject({ name: 'Sanne de Vries', email: SANNE.email, bio: SANNE.bio });

    await call(a, 'privacy:erase', { memberId: sanne.id });
    const { summary } = await exchange(a, b, work);
    expect(summary.deleted).toBe(1);
    expect(b.repos.members.find(sanne.id)).toBeUndefined();
    expect(b.repos.members.findAny(sanne.id)).toMatchObject({ deleted: true, name: 'Verwijderd profiel', email: '', bio: '', function: '' });
    const records = () => JSON.stringify(COLLECTION_NAMES.map((c) => b.store.all(c)));
    for (const personal of [SANNE.email, SANNE.bio, 'Sanne de Vries']) expect(records()).not.toContain(personal);
    expect((await call(b, 'search:query', { text: 'Sanne' })).filter((r) => r.type === 'members')).toEqual([]);
    // Until the next import, "undo last import" can still bring the profile back, so its undo record holds the old copy.
    expect(everything(b)).toContain(SANNE.email);
    await addMember(a, 'Fatima El Amrani');
    await exchange(a, b, work);
    expect(everything(b)).not.toContain(SANNE.email);
    await Promise.all([a.close(), b.close()]);
  });

  it('drops the undo record of an import that holds an old copy of the profile', async () => {
    const a = await openApp({ dataDir: await tempDir() });
    const b = await openApp({ dataDir: await tempDir() });
    const work = await tempDir();
    const jan = await addMember(a, 'Jan van der Berg', { email: 'jan@rijnland.example.nl', bio: 'Stagecoördinator' });
    await exchange(a, b, work);
    const result = await call(b, 'privacy:erase', { memberId: jan.id });
    expect(result.undoDropped).toBe(true);
    expect(everything(b)).not.toContain('Stagecoördinator');
    // A later bundle with his old profile cannot bring it back: the tombstone's stamp is newer.
    const file = `${work}/old.mnw`;
    await exportBundle(a, { kind: 'all' }, file);
    await importBundle(b, file, { acceptKey: true });
    expect(b.repos.members.find(jan.id)).toBeUndefined();
    await Promise.all([a.close(), b.close()]);
  });
});

describe('who sees which profile field', () => {
  const member = (fieldVisibility: Member['fieldVisibility'], visibility: Member['visibility'] = 'netwerk') =>
    ({ id: 'm1', name: 'Sanne', institution: 'ROC Rijnland', email: 'sanne@x.nl', function: 'Docent', masterDegree: null, bio: 'Bio', offers: ['coaching'], wants: ['data'], visibility, fieldVisibility }) as unknown as Member;
  const colleague = { meId: 'm2', institution: 'roc rijnland ' };
  const stranger = { meId: 'm3', institution: 'Albeda' };

  it('shows "alleen ik" fields only to the owner, "eigen instelling" only within the institution', () => {
    const m = member({ bio: 'prive', email: 'instelling', offers: 'netwerk' });
    expect(profileFor(m, { meId: 'm1', institution: 'Albeda' })).toEqual({ member: m, hidden: [] });
    expect(profileFor(m, colleague).hidden).toEqual(['bio']);
    expect(profileFor(m, colleague).member).toMatchObject({ bio: '', email: 'sanne@x.nl', offers: ['coaching'] });
    expect(profileFor(m, stranger).hidden).toEqual(['email', 'bio']);
    expect(profileFor(m, { meId: null, institution: '' }).hidden).toEqual(['email', 'bio']);
  });

  it('never shows a field more widely than the whole profile', () => {
    expect(profileFor(member({}, 'instelling'), stranger).hidden).toEqual(['email', 'function', 'masterDegree', 'bio', 'offers', 'wants']);
    expect(profileFor(member({ wants: 'netwerk' }, 'prive'), colleague).member).toMatchObject({ wants: [], offers: [], email: '' });
  });
});
