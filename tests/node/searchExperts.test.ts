import { describe, expect, it } from 'vitest';
import { emptyMemberFields, MemberFields, type MemberFieldsInput } from '../../shared/domain';
import { openApp, type AppContext } from '../../main/core/app';
import { dispatch } from '../../main/core/dispatch';
import { createHandlers } from '../../main/core/handlers';
import { useTempDirs } from './helpers/tempDirs';

const tempDir = useTempDirs('mnw-experts-');
const member = (overrides: Partial<MemberFieldsInput>) => MemberFields.parse({ ...emptyMemberFields(), institution: 'ROC Rijnland Vakcollege', ...overrides });

async function call(app: AppContext, channel: 'search:experts' | 'search:marketplace' | 'search:query', input?: unknown) {
  const result = await dispatch(createHandlers(app), channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as never;
}

describe('finding a colleague by expertise', () => {
  it('ranks people by evidence and lists it: profile, research, accepted answers, café presentations', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const anouk = await app.repos.members.create(member({ name: 'Anouk de Vries', expertise: ['formatief handelen'], offers: ['formatief handelen'] }));
    const bram = await app.repos.members.create(member({ name: 'Bram Jansen', expertise: ['klassenmanagement'] }));
    const chantal = await app.repos.members.create(member({ name: 'Chantal Bos', expertise: ['intervisie'], bio: 'Ik lees graag over formatief handelen.' }));
    const dirk = await app.repos.members.create(member({ name: 'Dirk Smit', expertise: ['pedagogisch handelen'] }));
    const study = await app.repos.research.create({
      title: 'Formatieve evaluatie in de techniekles', question: '', summary: '', method: '', findings: '', status: 'afgerond', area: 'vakinhoud',
      initiative: 'docent', institution: 'ROC Rijnland Vakcollege', year: 2024, tags: [], authorIds: [bram.id], partnerIds: [anouk.id],
      links: [], attachments: [], draft: false,
    });
    const answerId = '0190a000-0000-7000-8000-000000000001';
    await app.repos.questions.create({
      title: 'Wie heeft ervaring met formatief evalueren?', body: '', tags: [], area: null, authorId: bram.id, status: 'beantwoord',
      answers: [{ id: answerId, authorId: anouk.id, body: 'Exit tickets werken goed.', createdAt: new Date().toISOString() }], acceptedAnswerId: answerId,
    });
    await app.repos.sessions.create({
      title: 'Netwerkcafé Feedback die werkt', theme: '', start: '2026-03-14T15:30', minutes: 120, location: '', onlineLink: '', organiserIds: [],
      plgId: null, description: '', preparation: '', capacity: null, notes: '', outcomes: '', actions: [], attendees: [],
      programme: [{ id: '0190a000-0000-7000-8000-000000000002', kind: 'presentatie', title: 'Onderzoek uit het netwerk', minutes: 30, presenterIds: [bram.id], researchIds: [study.id], questionIds: [] }],
    });

    const { experts } = (await call(app, 'search:experts', { topic: 'formatief handelen' })) as { experts: Array<{ member: { name: string }; evidence: Array<{ kind: string; text: string }> }> };
    const names = experts.map((e) => e.member.name);
    expect(names.slice(0, 2)).toEqual(['Anouk de Vries', 'Bram Jansen']);
    expect(experts[0]!.evidence.map((e) => e.kind).sort()).toEqual(['answer', 'expertise', 'offer', 'research']);
    expect(experts[1]!.evidence.map((e) => `${e.kind}: ${e.text}`)).toEqual([
      'research: Formatieve evaluatie in de techniekles',
      'presentation: Netwerkcafé Feedback die werkt: Onderzoek uit het netwerk',
    ]);
    expect(names).not.toContain(chantal.name); // a mention in a bio is not expertise
    expect(names).not.toContain(dirk.name); // "pedagogisch handelen" is another topic
    // A typo in the topic still finds the expert.
    const { experts: typo } = (await call(app, 'search:experts', { topic: 'formatif handelen' })) as { experts: Array<{ member: { name: string } }> };
    expect(typo[0]?.member.name).toBe('Anouk de Vries');
    await app.close();
  });

  it('finds a topic that begins an expertise and says how many colleagues know it, not the limit', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    for (let i = 0; i < 25; i++) await app.repos.members.create(member({ name: `Collega ${String(i).padStart(2, '0')}`, expertise: ['ondernemerschap'] }));
    await app.repos.members.create(member({ name: 'Zeno Onder', expertise: ['onderwijskunde'] }));
    const found = (await call(app, 'search:experts', { topic: 'ondernemer', limit: 20 })) as { total: number; experts: Array<{ member: { name: string }; evidence: Array<{ text: string }> }> };
    expect(found.total).toBe(25);
    expect(found.experts).toHaveLength(20);
    expect(found.experts[0]!.evidence[0]!.text).toBe('ondernemerschap');
    expect(found.experts.map((e) => e.member.name)).not.toContain('Zeno Onder');
    await app.close();
  });
});

describe('the marketplace board', () => {
  it("ties wants to other members' offers across institutions, shows shared offers and wants nobody offers", async () => {
    const app = await openApp({ dataDir: await tempDir() });
    await app.repos.members.create(member({ name: 'Eline Visser', offers: ['coaching van collega’s', 'formatief handelen'], wants: ['AI verantwoord inzetten'] }));
    await app.repos.members.create(member({ name: 'Frank Mulder', institution: 'Friese Poort Campus', offers: ['formatief evalueren'], wants: ['collega’s coachen'] }));
    await app.repos.members.create(member({ name: 'Gerrit Bos', offers: ['peer-feedback'], wants: ['formatief handelen'] }));
    await app.repos.members.create(member({ name: 'Hans Kok', offers: ['rubrics'], wants: ['formatief handelen'], fieldVisibility: { wants: 'prive' } }));

    const board = (await call(app, 'search:marketplace')) as {
      matches: Array<{ want: { text: string; members: Array<{ name: string }> }; offers: Array<{ text: string; members: Array<{ name: string }>; because: string[] }>; acrossInstitutions: boolean }>;
      sharedOffers: Array<{ text: string; count: number }>;
      unmetWants: Array<{ text: string }>;
    };
    const coach = board.matches.find((m) => m.want.text === 'collega’s coachen')!;
    expect(coach.offers.map((o) => o.members.map((p) => p.name))).toEqual([['Eline Visser']]);
    expect(coach.acrossInstitutions).toBe(true);
    expect(coach.offers[0]!.because).toContain('coach…');
    const formative = board.matches.find((m) => m.want.members.some((p) => p.name === 'Gerrit Bos'))!;
    expect(formative.want.members.map((p) => p.name)).toEqual(['Gerrit Bos']); // Hans keeps his wants private
    expect(formative.offers[0]!.members.map((p) => p.name).sort()).toEqual(['Eline Visser', 'Frank Mulder']);
    expect(board.sharedOffers).toEqual([expect.objectContaining({ count: 2 })]); // formatief handelen = formatief evalueren
    expect(board.unmetWants.map((w) => w.text)).toEqual(['AI verantwoord inzetten']);
    await app.close();
  });
});
