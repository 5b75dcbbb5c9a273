import { describe, expect, it } from 'vitest';
import { emptyMemberFields, MemberFields, type MemberFieldsInput, type QuestionFields, type ResearchFields } from '../../shared/domain';
import type { SearchResult } from '../../shared/search/schema';
import { openApp, type AppContext } from '../../main/core/app';
import { removeDemo } from '../../main/core/demo/seedDemo';
import { useTempDirs } from './helpers/tempDirs';

const tempDir = useTempDirs('mnw-search-');

const member = (overrides: Partial<MemberFieldsInput>) => MemberFields.parse({ ...emptyMemberFields(), institution: 'ROC Rijnland Vakcollege', ...overrides });

const research = (authorId: string, overrides: Partial<ResearchFields>): ResearchFields => ({
  title: 'Onderzoek',
  question: '',
  summary: '',
  method: '',
  findings: '',
  status: 'lopend',
  area: 'onderzoek',
  initiative: 'docent',
  institution: 'ROC Rijnland Vakcollege',
  year: 2024,
  tags: [],
  authorIds: [authorId],
  partnerIds: [],
  links: [],
  attachments: [],
  draft: false,
  ...overrides,
});

const question = (authorId: string, overrides: Partial<QuestionFields>): QuestionFields => ({
  title: 'Een vraag aan het netwerk',
  body: '',
  tags: [],
  area: null,
  authorId,
  status: 'open',
  answers: [],
  acceptedAnswerId: null,
  ...overrides,
});

async function network(): Promise<AppContext> {
  const app = await openApp({ dataDir: await tempDir() });
  const ans = await app.repos.members.create(member({ name: 'Ümit Ünal', expertise: ['beoordelingspraktijk', 'examinering'], institution: 'Coöperatie MBO Brabant-Oost' }));
  await app.repos.members.create(member({ name: "Hélène 't Hart", expertise: ['loopbaanoriëntatie (LOB)'], bio: 'Ik begeleid collega’s bij de BPV.' }));
  await app.repos.members.create(member({ name: 'Jan van der Berg', expertise: ['onderwijsontwikkeling', 'co-teaching'] }));
  await app.repos.research.create(research(ans.id, { title: 'Feedbackgesprekken in de beroepspraktijkvorming', summary: 'Studenten en praktijkopleiders in het netwerkcafé.', year: 2023, status: 'afgerond' }));
  await app.repos.research.create(research(ans.id, { title: 'Formatief handelen in de techniekles', tags: ['formatief handelen'], institution: 'Friese Poort Campus' }));
  await app.repos.questions.create(question(ans.id, { title: 'Wie heeft ervaring met formatief evalueren in praktijklessen?' }));
  await app.repos.questions.create(question(ans.id, { title: 'Hoe organiseren jullie intervisie binnen het opleidingsteam?', body: 'In ons team willen we intervisie elke zes weken.' }));
  return app;
}

const titles = (results: SearchResult[]) => results.map((r) => r.title);
const search = (app: AppContext, text: string, extra: object = {}) => app.search.search({ text, limit: 10, ...extra });

describe('local search', () => {
  it('finds words with and without diacritics, in any case', async () => {
    const app = await network();
    expect(titles(search(app, 'cafe'))).toContain('Feedbackgesprekken in de beroepspraktijkvorming'); // the record says "netwerkcafé"
    expect(titles(search(app, 'unal'))).toEqual(['Ümit Ünal']);
    expect(titles(search(app, 'ÜNAL'))).toEqual(['Ümit Ünal']);
    expect(titles(search(app, 'helene'))).toEqual(["Hélène 't Hart"]);
    expect(titles(search(app, "'t hart"))[0]).toBe("Hélène 't Hart");
    expect(titles(search(app, 'van der berg'))[0]).toBe('Jan van der Berg');
    expect(search(app, 'cooperatie')[0]?.title).toBe('Ümit Ünal');
    await app.close();
  });

  it('finds while typing: a prefix finds the long word, and parts of compounds are found', async () => {
    const app = await network();
    expect(titles(search(app, 'onderwijso'))).toEqual(['Jan van der Berg']);
    const byPart = search(app, 'beoordeling ');
    expect(titles(byPart)).toEqual(['Ümit Ünal']);
    expect(byPart[0]?.why).toContainEqual({ field: 'expertise', words: ['beoordelingspraktijk'], via: 'compound' });
    expect(titles(search(app, 'praktijk '))).toContain('Ümit Ünal'); // the tail of beoordelingspraktijk
    await app.close();
  });

  it('forgives one typo in words of five letters or more, not in shorter ones', async () => {
    const app = await network();
    const found = search(app, 'intervsie ');
    expect(found[0]?.title).toBe('Hoe organiseren jullie intervisie binnen het opleidingsteam?');
    expect(found[0]?.why.some((w) => w.via === 'typo')).toBe(true);
    expect(titles(search(app, 'formatif handelen '))).toContain('Formatief handelen in de techniekles');
    expect(search(app, 'lbo ')).toEqual([]); // "lob" with two letters swapped: too short to guess
    await app.close();
  });

  it('uses the synonym list: stage finds the BPV, LOB finds loopbaanoriëntatie, formatief evalueren finds formatief handelen', async () => {
    const app = await network();
    expect(titles(search(app, 'stage '))).toContain('Feedbackgesprekken in de beroepspraktijkvorming');
    expect(titles(search(app, 'stage '))).toContain("Hélène 't Hart"); // her bio says BPV
    expect(titles(search(app, 'lob '))).toEqual(["Hélène 't Hart"]);
    const formative = titles(search(app, 'formatief evalueren '));
    expect(formative.slice(0, 2).sort()).toEqual(['Formatief handelen in de techniekles', 'Wie heeft ervaring met formatief evalueren in praktijklessen?']);
    await app.close();
  });

  it('ranks a title match above a body match and the literal word above a synonym', async () => {
    const app = await network();
    const intervisie = search(app, 'intervisie ');
    expect(intervisie[0]?.title).toBe('Hoe organiseren jullie intervisie binnen het opleidingsteam?');
    const formatief = titles(search(app, 'formatief handelen '));
    expect(formatief[0]).toBe('Formatief handelen in de techniekles'); // literal, before the synonym "formatief evalueren"
    await app.close();
  });

  it('marks the matched words so they can be highlighted, and says why a record was found', async () => {
    const app = await network();
    const [hit] = search(app, 'formatief hand');
    expect(hit?.title).toBe('Formatief handelen in de techniekles');
    const marked = hit!.highlights.title.map(([s, e]) => hit!.title.slice(s, e));
    expect(marked).toEqual(['Formatief', 'handelen']);
    expect(hit!.why).toContainEqual({ field: 'title', words: ['handelen'], via: 'prefix' });
    await app.close();
  });

  it('combines text with filters: type, institution, year, status, tag', async () => {
    const app = await network();
    expect(titles(search(app, 'formatief', { types: ['research'] }))).toEqual(['Formatief handelen in de techniekles']);
    expect(titles(search(app, 'formatief type:vragen'))).toEqual(['Wie heeft ervaring met formatief evalueren in praktijklessen?']);
    expect(titles(search(app, 'feedback', { filters: { institution: 'Friese Poort' } }))).toEqual([]);
    expect(titles(search(app, '', { filters: { institution: 'Friese Poort' } }))).toEqual(['Formatief handelen in de techniekles']);
    expect(titles(search(app, 'jaar:2023 status:afgerond'))).toEqual(['Feedbackgesprekken in de beroepspraktijkvorming']);
    expect(titles(search(app, 'tag:formatief'))).toEqual(['Formatief handelen in de techniekles']);
    await app.close();
  });

  it('follows every store commit without a rebuild: new, changed, deleted and purged records', async () => {
    const app = await network();
    const created = await app.repos.members.create(member({ name: 'Saskia Bakker', expertise: ['taalontwikkelend lesgeven'] }));
    expect(titles(search(app, 'taalontwikkelend'))).toEqual(['Saskia Bakker']);
    await app.repos.members.update(created.id, { expertise: ['rekenen in de beroepscontext'] });
    expect(search(app, 'taalontwikkelend')).toEqual([]);
    expect(titles(search(app, 'rekenen'))).toEqual(['Saskia Bakker']);
    await app.repos.members.remove(created.id);
    expect(search(app, 'rekenen')).toEqual([]); // tombstones never appear

    const demo = app.repos.members.build(member({ name: 'Demo Docent', expertise: ['burgerschap'] }), { demo: true });
    await app.store.put('members', demo as never);
    expect(search(app, 'burgerschap')[0]).toMatchObject({ title: 'Demo Docent', demo: true });
    expect(search(app, 'burgerschap', { filters: { demo: false } })).toEqual([]);
    await removeDemo(app.store);
    expect(search(app, 'burgerschap')).toEqual([]);
    await app.close();
  });

  it('indexes a large import in the background yet never answers from a stale index, in commit order', async () => {
    const app = await network();
    const many = Array.from({ length: 1_200 }, (_, i) =>
      app.repos.members.build(member({ name: `Importcollega ${i}`, expertise: [i === 1_100 ? 'loopbaandossier' : 'werkplekleren'] })),
    );
    // As the store's change feed delivers them: a large commit, then at once a small one removing a record of it.
    app.search.change(many.map((record) => ({ type: 'members' as const, record: record as never })), true);
    app.search.change([{ id: many[1_100]!.id }], false);
    expect(search(app, 'loopbaandossier')).toEqual([]);
    expect(search(app, 'Importcollega 1199').map((r) => r.title)).toContain('Importcollega 1199');

    // And through the store: a large commit is searchable as soon as the commit resolves.
    const more = Array.from({ length: 300 }, (_, i) => app.repos.members.build(member({ name: `Nieuwkomer ${i}`, expertise: ['schoolkantine'] })));
    await app.store.commit(more.map((record) => ({ kind: 'put' as const, collection: 'members', record: record as never })));
    expect(search(app, 'schoolkantine', { limit: 50 })).toHaveLength(50);
    expect(search(app, 'Nieuwkomer 299').map((r) => r.title)).toContain('Nieuwkomer 299');
    await app.close();
  });

  it('is ready after a restart with everything that was saved', async () => {
    const dataDir = await tempDir();
    let app = await openApp({ dataDir });
    await app.repos.members.create(member({ name: 'Gülşen Çelik', expertise: ['differentiatie'] }));
    await app.close();
    app = await openApp({ dataDir });
    expect(titles(search(app, 'gulsen celik'))).toEqual(['Gülşen Çelik']);
    await app.close();
  });
});
