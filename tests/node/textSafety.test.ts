import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/contract';
import { COLLECTION_NAMES, COLLECTIONS, emptyMemberFields, MemberFields } from '../../shared/domain';
import { openApp, type AppContext } from '../../main/core/app';
import { importBundle } from '../../main/core/bundle';
import { dispatch } from '../../main/core/dispatch';
import { createHandlers } from '../../main/core/handlers';
import type { StoredRecord } from '../../main/core/store/documentStore';
import { bundle, IDS, seedRecords } from '../fixtures/makeBadBundles';
import { useTempDirs } from './helpers/tempDirs';

const tempDir = useTempDirs('mnw-text-');

/** NUL, ESC (a terminal escape), DEL, a C1 control, right-to-left override, isolates, marks and an embedding. */
const HOSTILE = '\u0000\u001b[31m\u007f\u0085\u202e\u2066\u2069\u200e\u200f\u202a';
const nameWith = (text: string) => `Anna${text} de Vries`;

async function call<C extends keyof Handlers>(app: AppContext, channel: C, input?: unknown) {
  const result = await dispatch(createHandlers(app), channel, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as Awaited<ReturnType<Handlers[C]>>;
}

describe('control and bidi characters in text fields', () => {
  it('are stripped from names, titles, tags and links by the schemas; long text keeps its line breaks and tabs', () => {
    const member = MemberFields.parse({ ...emptyMemberFields(), name: nameWith(HOSTILE), institution: `ROC\u202e Rijnland`, expertise: [`feed\u0000back`], offers: ['\u2067coaching\u2069'], bio: `Regel 1\n\tRegel 2\u0000\u001b\u202e` });
    expect(member.name).toBe('Anna[31m de Vries');
    expect(member.institution).toBe('ROC Rijnland');
    expect(member.expertise).toEqual(['feedback']);
    expect(member.offers).toEqual(['coaching']);
    expect(member.bio).toBe('Regel 1\n\tRegel 2');
    // A tab in a one-line field becomes a space, a line break there is still refused (with its own message).
    expect(MemberFields.parse({ ...emptyMemberFields(), name: 'Anna\tde Vries', institution: 'ROC' }).name).toBe('Anna de Vries');
    expect(MemberFields.safeParse({ ...emptyMemberFields(), name: 'Anna\nde Vries', institution: 'ROC' }).error?.issues[0]?.message).toBe('single_line');
    // What is left after stripping still has to be long enough.
    expect(MemberFields.safeParse({ ...emptyMemberFields(), name: `A\u0000\u202e\u2066\u200f`, institution: 'ROC' }).success).toBe(false);

    const seed = seedRecords();
    const research = COLLECTIONS.research.record.parse({ ...seed.research[0], title: `Feedback\u202e in de praktijk`, links: [`https://school.nl/\u0000x`], attachments: [{ ...(seed.research[0]!.attachments as object[])[0], name: 'verslag\u202efdp.exe' }] });
    expect(research.title).toBe('Feedback in de praktijk');
    expect(research.links).toEqual(['https://school.nl/x']);
    expect(research.attachments[0]!.name).toBe('verslagfdp.exe');
    const session = COLLECTIONS.sessions.record.parse({
      ...seed.sessions[0],
      title: `Netwerkcafé\u0007`,
      programme: [{ ...(seed.sessions[0]!.programme as object[])[0], title: 'Res\u202eultaten' }],
      attendees: [{ id: IDS.item, memberId: null, name: `Gast\u001b`, email: '', status: 'aangemeld', registeredAt: '2026-03-01T10:00:00.000Z' }],
    });
    expect([session.title, session.programme[0]!.title, session.attendees[0]!.name]).toEqual(['Netwerkcafé', 'Resultaten', 'Gast']);
  });

  it('come out of a profile saved over IPC', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const saved = await call(app, 'members:save', { fields: { ...emptyMemberFields(), name: nameWith(HOSTILE), institution: 'ROC Rijnland', team: `Zorg\u202e` } });
    expect(saved).toMatchObject({ name: 'Anna[31m de Vries', team: 'Zorg' });
    expect(app.repos.members.get(saved.id)).toMatchObject({ name: 'Anna[31m de Vries', team: 'Zorg' });
    await app.close();
  });

  it('come out of records imported from a bundle', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const records = seedRecords();
    records.members[0]!.name = nameWith(HOSTILE);
    records.questions[0]!.title = `Hoe geef je\u202e feedback?`;
    const file = path.join(await tempDir(), 'hostile-names.mnw');
    await fs.writeFile(file, bundle({ records }));
    expect(await importBundle(app, file)).toMatchObject({ added: 6 });
    expect(app.repos.members.get(IDS.anna).name).toBe('Anna[31m de Vries');
    expect(app.repos.questions.get(IDS.question).title).toBe('Hoe geef je feedback?');
    await app.close();
  });

  it('in data stored before this rule still load and pass every schema (stripped, not refused)', async () => {
    const dataDir = await tempDir();
    let app = await openApp({ dataDir });
    const saved = await call(app, 'members:save', { fields: { ...emptyMemberFields(), name: 'Anna de Vries', institution: 'ROC Rijnland' } });
    // Written as an older version would have: straight into the store, no schema in between.
    await app.store.put('members', { ...saved, name: nameWith(HOSTILE) } as unknown as StoredRecord);
    await app.close();

    app = await openApp({ dataDir });
    const stored = app.repos.members.get(saved.id);
    for (const c of COLLECTION_NAMES) for (const r of app.repos[c].listAll()) expect(COLLECTIONS[c].record.safeParse(r).success).toBe(true);
    expect(COLLECTIONS.members.record.parse(stored).name).toBe('Anna[31m de Vries');
    // Editing it works, and the edit is stored clean.
    const edited = await call(app, 'members:save', { id: saved.id, fields: { ...emptyMemberFields(), name: stored.name, institution: 'ROC Rijnland', team: 'Zorg' } });
    expect(edited).toMatchObject({ name: 'Anna[31m de Vries', team: 'Zorg' });
    await app.close();
  });
});
