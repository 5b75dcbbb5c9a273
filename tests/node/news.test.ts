import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openApp, type AppContext } from '../../main/core/app';
import { newsSince } from '../../main/core/news/newsSince';
import type { NewsItem } from '../../shared/contract';
import { activityFields } from './activityFixtures';
import { exchange } from './helpers/bundles';
import { useTempDirs } from './helpers/tempDirs';
import { addMember, call, researchFields } from './researchFixtures';
import { sessionDetails } from './sessionsFixtures';

const tempDir = useTempDirs('mnw-news-');

/** The clock of every install in this file: the app stamps changes with it. */
const at = (time: string) => vi.setSystemTime(new Date(`2026-05-04T${time}:00.000Z`));
const SINCE = '2026-05-04T09:00:00.000Z';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * Sanne's desktop (here) and Bram's laptop. Before Sanne's last visit (09:00)
 * she asked a question, organises two cafés with Bram, wrote research with
 * him, and Cor registered; after it, Bram works on his laptop and Sanne
 * imports his bundle.
 */
async function twoInstalls() {
  const work = await tempDir();
  at('08:00');
  const desk = await openApp({ dataDir: await tempDir() });
  const sanne = await addMember(desk, 'Sanne de Vries', { email: 'sanne@rijnland.nl' });
  const bram = await addMember(desk, 'Bram Ünal', { email: 'bram@rijnland.nl' });
  const cor = await addMember(desk, 'Cor Jansen', { email: 'cor@rijnland.nl' });
  await call(desk, 'settings:update', { meId: sanne.id });
  const question = await call(desk, 'questions:save', { fields: { title: 'Hoe geef je feedback op stage?', body: 'Tips?', tags: [], area: null } });
  await call(desk, 'questions:answer', { questionId: question.id, body: 'Ik begin zelf met exit tickets.' });
  const cafe = await call(desk, 'sessions:save', { fields: sessionDetails({ title: 'Netwerkcafé Feedback', start: '2026-06-11T15:30', organiserIds: [sanne.id, bram.id] }) });
  await call(desk, 'sessions:register', { id: cafe.id, attendee: { kind: 'member', memberId: cor.id } });
  const bramsCafe = await call(desk, 'sessions:save', { fields: sessionDetails({ title: 'Netwerkcafé Stage', start: '2026-06-18T15:30', organiserIds: [bram.id] }) });
  const research = await call(desk, 'research:save', { fields: researchFields([sanne.id, bram.id], { title: 'Feedback tijdens de stage' }) });

  const laptop = await openApp({ dataDir: await tempDir() });
  await exchange(desk, laptop, work);
  await call(laptop, 'settings:update', { meId: bram.id });
  return { work, desk, laptop, sanne, bram, cor, question, cafe, bramsCafe, research };
}

const summary = (items: NewsItem[]) =>
  items.map((i) => {
    switch (i.kind) {
      case 'answer':
        return `answer ${i.questionTitle} ${i.at}`;
      case 'registration':
        return `registration ${i.sessionTitle}: ${i.names.join(', ')}`;
      case 'action':
        return `action ${i.sessionTitle}: ${i.text}`;
      case 'change':
        return `change ${i.collection} ${i.title}${i.isNew ? ' (new)' : ''}${i.deleted ? ' (deleted)' : ''} [${i.fields.join(', ')}]`;
      case 'suggestion':
        return `suggestion ${i.collection} ${i.title} from ${i.from} [${i.fields.join(', ')}]`;
    }
  });

describe('what is new for me since my last visit', () => {
  let apps: AppContext[] = [];
  afterEach(async () => {
    await Promise.all(apps.map((a) => a.close()));
    apps = [];
  });

  it('lists answers to my questions, registrations for my cafés, actions given to me, and changes and suggestions from other installs, newest first', async () => {
    const { work, desk, laptop, sanne, bram, question, cafe, bramsCafe, research } = await twoInstalls();
    apps = [desk, laptop];

    // On Bram's laptop, after Sanne's visit.
    at('10:00');
    await call(laptop, 'questions:answer', { questionId: question.id, body: 'Laat studenten elkaar feedback geven.' });
    // Attendee lists never travel in bundles (docs/bundle-format.md): registrations are made here, on Sanne's desktop.
    at('10:05');
    await call(desk, 'sessions:register', { id: cafe.id, attendee: { kind: 'member', memberId: bram.id } });
    await call(desk, 'sessions:register', { id: cafe.id, attendee: { kind: 'guest', name: 'Gast van Albeda', email: 'gast@albeda.nl' } });
    at('10:10');
    await call(laptop, 'sessions:saveReport', { id: bramsCafe.id, notes: '', outcomes: '', actions: [
      { text: 'Rubric delen met het team', ownerId: sanne.id, due: '2026-06-30', status: 'open' },
      { text: 'Al gedaan', ownerId: sanne.id, due: null, status: 'klaar' },
      { text: 'Zaal reserveren', ownerId: bram.id, due: null, status: 'open' },
    ] });
    at('10:15');
    await call(laptop, 'research:save', { id: research.id, fields: researchFields([sanne.id, bram.id], { title: 'Feedback tijdens de stage', summary: 'Aangevuld door Bram.' }) });
    at('10:20');
    await call(laptop, 'activities:save', { fields: activityFields([bram.id, sanne.id], { title: 'Werkplaats feedback' }) });
    at('10:25');
    // Bram may not change Sanne's profile: on her desktop it waits as a suggestion.
    const sanneHere = laptop.repos.members.get(sanne.id);
    await laptop.repos.members.update(sanne.id, { function: 'Docent-onderzoeker', bio: `${sanneHere.bio} Coördinator stage.` });

    at('11:00');
    await exchange(laptop, desk, work);
    // Sanne's own writes after her visit are no news to her.
    at('11:05');
    await call(desk, 'sessions:saveReport', { id: cafe.id, notes: '', outcomes: '', actions: [{ text: 'Zelf bedacht', ownerId: sanne.id, due: null, status: 'open' }] });
    await call(desk, 'questions:answer', { questionId: question.id, body: 'Nog een eigen aanvulling.' });

    const news = newsSince(desk, { meId: sanne.id, since: SINCE, ownInstalls: new Set([desk.install.installId]) });
    expect(summary(news)).toEqual([
      'suggestion members Sanne de Vries from Bram Ünal [function, bio]',
      'change activities Werkplaats feedback (new) []',
      'change research Feedback tijdens de stage [summary]',
      'action Netwerkcafé Stage: Rubric delen met het team',
      'registration Netwerkcafé Feedback: Bram Ünal, Gast van Albeda',
      'answer Hoe geef je feedback op stage? 2026-05-04T10:00:00.000Z',
    ]);
    const answer = news.find((i) => i.kind === 'answer');
    expect(answer).toMatchObject({ questionId: question.id, authorId: bram.id });

    // Seen from later on, nothing of this is new.
    expect(newsSince(desk, { meId: sanne.id, since: '2026-05-04T11:30:00.000Z', ownInstalls: new Set([desk.install.installId]) })).toEqual([]);
    // Bram sees none of it as news: he wrote it himself, on his own install.
    expect(summary(newsSince(laptop, { meId: bram.id, since: SINCE, ownInstalls: new Set([laptop.install.installId]) }))).toEqual([]);
  });

  it('a café deleted on another install is listed, without its changes', async () => {
    const { work, desk, laptop, sanne, cafe } = await twoInstalls();
    apps = [desk, laptop];
    at('10:00');
    await call(laptop, 'sessions:delete', { id: cafe.id });
    at('11:00');
    await exchange(laptop, desk, work);
    const news = newsSince(desk, { meId: sanne.id, since: SINCE, ownInstalls: new Set([desk.install.installId]) });
    expect(summary(news)).toEqual(['change sessions Netwerkcafé Feedback (deleted) []']);
  });
});

describe('the start page (start:news)', () => {
  it('counts from the opening before this one, kept in the settings; the CLI does not count as a visit', async () => {
    const dataDir = await tempDir();
    at('08:00');
    let app = await openApp({ dataDir, visit: true });
    const sanne = await addMember(app, 'Sanne de Vries', { email: 'sanne@rijnland.nl' });
    const bram = await addMember(app, 'Bram Ünal', { email: 'bram@rijnland.nl' });
    // No "me" yet: the page says how to choose one.
    expect(await call(app, 'start:news')).toEqual({ me: null, since: null, items: [], total: 0, people: [] });
    await call(app, 'settings:update', { meId: sanne.id });
    const question = await call(app, 'questions:save', { fields: { title: 'Hoe geef je feedback op stage?', body: '', tags: [], area: null } });
    // The very first visit has nothing to compare with.
    expect(await call(app, 'start:news')).toMatchObject({ me: { id: sanne.id }, since: null, items: [] });
    await app.close();

    at('09:00');
    app = await openApp({ dataDir, visit: true });
    expect(app.settings.get()).toMatchObject({ previousOpenedAt: '2026-05-04T08:00:00.000Z', lastOpenedAt: '2026-05-04T09:00:00.000Z' });
    await app.close();

    // Bram answers on this install (the shared computer in the staff room) while the CLI reads.
    at('10:00');
    app = await openApp({ dataDir });
    await call(app, 'settings:update', { meId: bram.id });
    await call(app, 'questions:answer', { questionId: question.id, body: 'Laat studenten elkaar feedback geven.' });
    await call(app, 'settings:update', { meId: sanne.id });
    await app.close();

    at('11:00');
    app = await openApp({ dataDir, visit: true });
    const news = await call(app, 'start:news');
    expect(news).toMatchObject({ me: { id: sanne.id, name: 'Sanne de Vries' }, since: '2026-05-04T09:00:00.000Z', total: 1, people: [{ id: bram.id, name: 'Bram Ünal' }] });
    expect(summary(news.items)).toEqual(['answer Hoe geef je feedback op stage? 2026-05-04T10:00:00.000Z']);
    await app.close();

    // Opening again moves "since" on: what was new at 11:00 is not new at 12:00.
    at('12:00');
    app = await openApp({ dataDir, visit: true });
    expect(await call(app, 'start:news')).toMatchObject({ since: '2026-05-04T11:00:00.000Z', items: [], total: 0 });
    await app.close();
  });
});
