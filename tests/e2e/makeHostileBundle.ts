// Writes a signed bundle whose every displayed text is hostile, as another
// install would export it, and prints the ids of its records as JSON.
// Run by tests/e2e/xss.spec.ts (through tsx, which loads the core's JSON
// imports): node --import tsx tests/e2e/makeHostileBundle.ts <file.mnw>
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { emptyMemberFields, MemberFields, type Member } from '../../shared/domain';
import { openApp } from '../../main/core/app';
import { exportBundle } from '../../main/core/bundle';
import { dispatch } from '../../main/core/dispatch';
import { createHandlers } from '../../main/core/handlers';
import { ALL_VECTORS, SHORT_VECTORS, VECTORS } from './hostileVectors';

/** A PNG, so an attachment with a hostile name can be stored. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4e40000000049454e44ae426082', 'hex');

export interface HostileIds {
  memberIds: string[];
  researchId: string;
  questionId: string;
  sessionId: string;
}

/**
 * A signed bundle, as another install would export it, whose every text is
 * hostile. Records are written straight to the repositories (as a crafted
 * bundle could hold them): only the schemas every import checks apply, not
 * the extra checks of the forms (https-only links).
 */
async function writeHostileBundle(target: string): Promise<HostileIds> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mnw-hostile-'));
  const app = await openApp({ dataDir: path.join(dir, 'data') });
  try {
    const handlers = createHandlers(app);
    const plg = await app.repos.plgs.create({ name: VECTORS[0], description: ALL_VECTORS, institutions: [VECTORS[1], VECTORS[9]] });
    const members: Member[] = [];
    for (const [i, vector] of VECTORS.entries()) {
      const fields = MemberFields.parse({
        ...emptyMemberFields(),
        name: vector,
        email: `collega${i}@evil.example`,
        institution: VECTORS[(i + 1) % VECTORS.length],
        team: VECTORS[(i + 2) % VECTORS.length],
        function: VECTORS[(i + 3) % VECTORS.length],
        masterDegree: { programme: VECTORS[(i + 4) % VECTORS.length], institute: VECTORS[(i + 5) % VECTORS.length], year: 2020 },
        expertise: [...SHORT_VECTORS, 'feedback'],
        offers: SHORT_VECTORS,
        wants: SHORT_VECTORS,
        bio: ALL_VECTORS.slice(0, 2_000),
        plgIds: [plg.id],
      });
      members.push(await app.repos.members.create(fields));
    }
    const [author, partner] = members as [Member, Member];
    const added = await dispatch(handlers, 'attachments:add', { name: `${SHORT_VECTORS[0]}.png`, dataBase64: PNG.toString('base64') });
    if (!added.ok) throw new Error(added.error.message);
    const research = await app.repos.research.create({
      title: VECTORS[1],
      question: ALL_VECTORS.slice(0, 2_000),
      summary: ALL_VECTORS,
      method: ALL_VECTORS,
      findings: ALL_VECTORS,
      status: 'afgerond',
      area: 'onderzoek',
      initiative: 'samen',
      institution: VECTORS[2],
      year: 2025,
      tags: SHORT_VECTORS,
      authorIds: [author.id],
      partnerIds: [partner.id],
      // Links must pass the research schema every import checks (https or a DOI): a javascript: link cannot arrive in a bundle at all.
      links: ['https://evil.example/rapport'],
      attachments: [added.value as never],
      draft: false,
    });
    const question = await app.repos.questions.create({
      title: VECTORS[2],
      body: ALL_VECTORS,
      tags: SHORT_VECTORS,
      area: 'vakinhoud',
      authorId: author.id,
      status: 'open',
      answers: VECTORS.slice(0, 5).map((vector, i) => ({
        id: `0190a0a0-0000-7000-8000-00000000000${i}`,
        authorId: members[i]!.id,
        body: `${vector}\n\n${ALL_VECTORS}`,
        createdAt: '2026-01-01T10:00:00.000Z',
      })),
      acceptedAnswerId: null,
    });
    const session = await app.repos.sessions.create({
      title: VECTORS[3],
      theme: VECTORS[4],
      start: '2099-03-14T15:30',
      minutes: 120,
      location: VECTORS[7],
      onlineLink: VECTORS[5],
      organiserIds: [author.id],
      plgId: plg.id,
      description: ALL_VECTORS,
      preparation: ALL_VECTORS,
      capacity: 30,
      programme: VECTORS.slice(0, 6).map((vector, i) => ({
        id: `0190a0a0-0000-7000-8000-0000000001${String(i).padStart(2, '0')}`,
        kind: 'presentatie' as const,
        title: vector,
        minutes: 10,
        presenterIds: [members[i]!.id],
        researchIds: [research.id],
        questionIds: [question.id],
      })),
      attendees: [],
      notes: ALL_VECTORS,
      outcomes: ALL_VECTORS,
      actions: VECTORS.slice(0, 6).map((vector, i) => ({
        id: `0190a0a0-0000-7000-8000-0000000002${String(i).padStart(2, '0')}`,
        text: vector,
        ownerId: members[i]!.id,
        due: '2099-04-01',
        status: 'open' as const,
      })),
    });
    const file = path.join(dir, 'vijandig.mnw');
    await exportBundle(app, { kind: 'all' }, file);
    await copyFile(file, target);
    return { memberIds: members.map((m) => m.id), researchId: research.id, questionId: question.id, sessionId: session.id };
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
}


const target = process.argv[2];
if (!target) throw new Error('usage: makeHostileBundle.ts <file.mnw>');
console.log(JSON.stringify(await writeHostileBundle(target)));
