import { describe, expect, it } from 'vitest';
import { openApp, type AppContext } from '../../main/core/app';
import { useTempDirs } from './helpers/tempDirs';
import { addMember, call, failure, researchFields } from './researchFixtures';

const tempDir = useTempDirs('mnw-questions-');

const ask = (app: AppContext, title: string, tags: string[] = [], body = 'Wie heeft ervaring hiermee?') =>
  call(app, 'questions:save', { fields: { title, body, tags, area: 'vakinhoud' } });
const be = (app: AppContext, meId: string) => call(app, 'settings:update', { meId });

describe('the question bank', () => {
  it('asks as me, answers as another member, and only the asker accepts; all survives a restart', async () => {
    const dataDir = await tempDir();
    let app = await openApp({ dataDir });
    const asker = await addMember(app, 'Fatma Yılmaz');
    const helper = await addMember(app, 'Jan van der Berg');
    expect((await failure(app, 'questions:save', { fields: { title: 'Hoe plan je stagebezoeken?', body: '', tags: [], area: null } })).code).toBe('forbidden');

    await be(app, asker.id);
    const question = await ask(app, 'Hoe plan je stagebezoeken efficiënt?', ['stage', 'planning']);
    expect(question).toMatchObject({ authorId: asker.id, status: 'open', answers: [], acceptedAnswerId: null });

    await be(app, helper.id);
    const answered = await call(app, 'questions:answer', { questionId: question.id, body: 'Wij clusteren bezoeken per regio.' });
    const answer = answered.answers[0]!;
    expect(answer.authorId).toBe(helper.id);
    expect(answered.status).toBe('open');
    // Someone else cannot accept, edit or close the question; nothing changes.
    expect((await failure(app, 'questions:accept', { questionId: question.id, answerId: answer.id })).code).toBe('forbidden');
    expect((await failure(app, 'questions:save', { id: question.id, fields: { title: 'Gekaapte vraag', body: '', tags: [], area: null } })).code).toBe('forbidden');
    expect((await failure(app, 'questions:setStatus', { id: question.id, status: 'gesloten' })).code).toBe('forbidden');
    expect(app.repos.questions.get(question.id)).toMatchObject({ title: question.title, status: 'open', acceptedAnswerId: null });

    await be(app, asker.id);
    expect((await failure(app, 'questions:accept', { questionId: question.id, answerId: '0190a0a0-0000-7000-8000-000000000000' })).code).toBe('not_found');
    const accepted = await call(app, 'questions:accept', { questionId: question.id, answerId: answer.id });
    expect(accepted).toMatchObject({ status: 'beantwoord', acceptedAnswerId: answer.id });
    await app.close();

    app = await openApp({ dataDir });
    const { question: reloaded, people } = await call(app, 'questions:get', { id: question.id });
    expect(reloaded).toMatchObject({ status: 'beantwoord', acceptedAnswerId: answer.id, answers: [answer] });
    expect(people.map((p) => p.name).sort()).toEqual(['Fatma Yılmaz', 'Jan van der Berg']);
    // Taking the acceptance back opens the question again.
    expect(await call(app, 'questions:accept', { questionId: question.id, answerId: null })).toMatchObject({ status: 'open', acceptedAnswerId: null });
    await app.close();
  });

  it('a closed question takes no answers until the asker opens it again', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const asker = await addMember(app, 'Fatma Yılmaz');
    await be(app, asker.id);
    const question = await ask(app, 'Welke toetsvorm past bij de proeve van bekwaamheid?');
    await call(app, 'questions:setStatus', { id: question.id, status: 'gesloten' });
    expect((await failure(app, 'questions:answer', { questionId: question.id, body: 'Te laat' })).code).toBe('conflict');
    expect(app.repos.questions.get(question.id).answers).toEqual([]);
    expect((await call(app, 'questions:setStatus', { id: question.id, status: 'open' })).status).toBe('open');
    expect((await call(app, 'questions:answer', { questionId: question.id, body: 'Nu wel' })).answers).toHaveLength(1);
    await app.close();
  });

  it('lists open questions, mine, answered by me, and the ones waiting longest', async () => {
    let now = new Date('2026-01-05T09:00:00Z').getTime();
    const app = await openApp({ dataDir: await tempDir(), now: () => new Date((now += 60_000)) });
    const a = await addMember(app, 'Anna Zwart');
    const b = await addMember(app, 'Bram de Wit');
    await be(app, a.id);
    const oldest = await ask(app, 'Eerste vraag zonder antwoord');
    const second = await ask(app, 'Tweede vraag met antwoord');
    await be(app, b.id);
    const third = await ask(app, 'Derde vraag van Bram');
    await call(app, 'questions:answer', { questionId: second.id, body: 'Een antwoord van Bram' });

    const titles = async (view: string) => (await call(app, 'questions:list', { view })).items.map((q) => q.title);
    expect(await titles('open')).toEqual([third.title, second.title, oldest.title]);
    expect(await titles('mine')).toEqual([third.title]);
    expect(await titles('answeredByMe')).toEqual([second.title]);
    expect(await titles('unansweredLongest')).toEqual([oldest.title, third.title]);
    await app.close();
  });

  it('shows similar questions while typing a title, answered ones first, with the shared words', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const a = await addMember(app, 'Anna Zwart');
    await be(app, a.id);
    const open = await ask(app, 'Hoe geef je feedback op stageverslagen?');
    const answered = await ask(app, 'Feedback op stageverslagen van studenten');
    await call(app, 'questions:answer', { questionId: answered.id, body: 'Gebruik een rubric.' });
    await call(app, 'questions:accept', { questionId: answered.id, answerId: app.repos.questions.get(answered.id).answers[0]!.id });
    await ask(app, 'Roosteren van de examencommissie');

    const similar = await call(app, 'questions:similar', { title: 'Feedback geven op stageverslagen' });
    expect(similar.map((q) => q.id)).toEqual([answered.id, open.id]);
    expect(similar[0]).toMatchObject({ status: 'beantwoord', answerCount: 1, sharedWords: ['feedback', 'stageverslagen'] });
    expect(await call(app, 'questions:similar', { title: 'Feedback geven op stageverslagen', excludeId: answered.id })).toHaveLength(1);
    expect(await call(app, 'questions:similar', { title: 'Iets heel anders over de kantine' })).toEqual([]);
    // One word in common with each of them is not enough once two words could match.
    expect(await call(app, 'questions:similar', { title: 'Roosteren van feedback' })).toEqual([]);
    // A new question is found as soon as it is stored.
    const fresh = await ask(app, 'Stageverslagen nakijken met de hele sectie');
    expect((await call(app, 'questions:similar', { title: 'stageverslagen nakijken' })).map((q) => q.id)).toContain(fresh.id);
    // …and gone as soon as it is deleted.
    await call(app, 'questions:delete', { id: fresh.id });
    expect((await call(app, 'questions:similar', { title: 'stageverslagen nakijken' })).map((q) => q.id)).not.toContain(fresh.id);
    await app.close();
  });

  it('suggests who can help, with the tag, result or accepted answer that matched, never the asker', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const asker = await addMember(app, 'Anna Zwart', { expertise: ['formatief handelen'] });
    await addMember(app, 'Hélène van Dijk', { expertise: ['Formatief handelen', 'rekenen'] });
    await addMember(app, 'Kees de Vries', { offers: ['feedback'] });
    const researcher = await addMember(app, 'Ümit Ünal');
    const answerer = await addMember(app, 'Bram de Wit');
    await addMember(app, 'Piet Onbekend', { expertise: ['roosteren'] });
    const result = await call(app, 'research:save', { fields: researchFields([researcher.id], { title: 'Feedback in de beroepspraktijk', tags: ['feedback'] }) });

    await be(app, asker.id);
    const earlier = await ask(app, 'Feedback op verslagen', ['feedback']);
    await be(app, answerer.id);
    const answered = await call(app, 'questions:answer', { questionId: earlier.id, body: 'Met een rubric.' });
    await be(app, asker.id);
    await call(app, 'questions:accept', { questionId: earlier.id, answerId: answered.answers[0]!.id });
    const question = await ask(app, 'Hoe maak je formatief handelen concreet?', ['feedback']);

    const helpers = await call(app, 'questions:helpers', { id: question.id });
    const byName = Object.fromEntries(helpers.map((h) => [h.member.name, h.reasons]));
    expect(Object.keys(byName).sort()).toEqual(['Bram de Wit', 'Hélène van Dijk', 'Kees de Vries', 'Ümit Ünal']);
    expect(byName['Hélène van Dijk']).toEqual([{ kind: 'expertise', label: 'Formatief handelen' }]);
    expect(byName['Kees de Vries']).toEqual([{ kind: 'offer', label: 'feedback' }]);
    expect(byName['Ümit Ünal']).toEqual([{ kind: 'research', label: result.title, refId: result.id }]);
    expect(byName['Bram de Wit']).toEqual([{ kind: 'answer', label: earlier.title, refId: earlier.id }]);
    // Evidence on the question's tag first, in the order "Wie weet wat?" gives; a match on the question's words only after.
    const experts = await call(app, 'search:experts', { topic: 'feedback', limit: 10 });
    expect(helpers.map((h) => h.member.name)).toEqual([...experts.experts.map((e) => e.member.name).filter((n) => n !== 'Anna Zwart'), 'Hélène van Dijk']);
    await app.close();
  });

  it('ranks the evident experts on a tag first, as "Wie weet wat?" does, above colleagues matched only on words of the question', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const asker = await addMember(app, 'Anna Zwart');
    const first = await addMember(app, 'Sanne Bakker', { expertise: ['intervisie'] });
    const second = await addMember(app, 'Mehmet Kaya', { expertise: ['intervisie'] });
    for (const name of ['Lotte Jansen', 'Ruben Smit', 'Eva Mulder', 'Daan Visser', 'Iris de Boer']) await addMember(app, name, { expertise: ['stage'], offers: ['stage'] });
    await be(app, asker.id);
    const earlier = await ask(app, 'Hoe start je intervisie in een nieuw team?', ['intervisie']);
    await be(app, first.id);
    const answered = await call(app, 'questions:answer', { questionId: earlier.id, body: 'Begin met een vaste structuur.' });
    await be(app, asker.id);
    await call(app, 'questions:accept', { questionId: earlier.id, answerId: answered.answers[0]!.id });
    const question = await ask(app, 'Intervisie tijdens de stage: hoe pak je dat aan?', ['intervisie']);

    const experts = await call(app, 'search:experts', { topic: 'intervisie', limit: 10 });
    expect(experts.experts.map((e) => e.member.id)).toEqual([first.id, second.id]);
    const helpers = await call(app, 'questions:helpers', { id: question.id, limit: 7 });
    expect(helpers.slice(0, 2).map((h) => h.member.id)).toEqual([first.id, second.id]);
    expect(helpers[0]!.reasons).toEqual([
      { kind: 'expertise', label: 'intervisie' },
      { kind: 'answer', label: earlier.title, refId: earlier.id },
    ]);
    expect(helpers).toHaveLength(7);
    await app.close();
  });
});
