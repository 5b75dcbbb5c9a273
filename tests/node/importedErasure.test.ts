import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, type AppContext } from '../../main/core/app';
import { exportBundle, importBundle, inspectBundle, undoLastImport } from '../../main/core/bundle';
import { useTempDirs } from './helpers/tempDirs';
import { addMember, call } from './researchFixtures';
import { createSession } from './sessionsFixtures';

const tempDir = useTempDirs('mnw-imported-erasure-');

const SANNE = { name: 'Sanne de Vries', email: 'sanne@rijnland.example.nl' };

/** Every commit is one journal line: counting them tells how many commits an action made. */
async function commits(app: AppContext): Promise<number> {
  const journals = (await fs.readdir(app.dataDir)).filter((f) => /^journal-\d+\.jsonl$/.test(f));
  const lines = await Promise.all(journals.map(async (f) => (await fs.readFile(path.join(app.dataDir, f), 'utf8')).split('\n').filter(Boolean).length));
  return lines.reduce((a, b) => a + b, 0);
}

const attendeeList = (app: AppContext, sessionId: string) => app.repos.sessions.get(sessionId).attendees.map((a) => ({ name: a.name, email: a.email, memberId: a.memberId, status: a.status }));

describe('an erasure that arrives in a bundle', () => {
  it("also erases the person from this install's attendee lists, in the import's one commit, and undo brings them back", async () => {
    const a = await openApp({ dataDir: await tempDir() });
    const b = await openApp({ dataDir: await tempDir() });
    const work = await tempDir();
    const sanne = await addMember(a, SANNE.name, { email: SANNE.email });
    const first = path.join(work, 'eerst.mnw');
    await exportBundle(a, { kind: 'all' }, first);
    await importBundle(b, first);

    // On b, HR keeps the attendee lists of two cafés: Sanne as a colleague, and registered once more as a guest with her e-mail.
    const cafe = await createSession(b, { title: 'Netwerkcafé Feedback' });
    const other = await createSession(b, { title: 'Netwerkcafé Onderzoek' });
    await call(b, 'sessions:register', { id: cafe.id, attendee: { kind: 'member', memberId: sanne.id } });
    await call(b, 'sessions:register', { id: cafe.id, attendee: { kind: 'guest', name: 'Gast Een', email: 'gast@voorbeeld.nl' } });
    await call(b, 'sessions:register', { id: other.id, attendee: { kind: 'guest', name: 'S. de Vries', email: 'SANNE@rijnland.example.nl' } });
    const before = { cafe: attendeeList(b, cafe.id), other: attendeeList(b, other.id) };
    expect(JSON.stringify(before)).toContain('Sanne de Vries');

    // Sanne erases her profile on a; the erasure travels to b.
    await call(a, 'privacy:erase', { memberId: sanne.id });
    const erasure = path.join(work, 'gewist.mnw');
    await exportBundle(a, { kind: 'all' }, erasure);
    expect((await inspectBundle(b, erasure)).attendeesErased).toBe(2);
    const commitsBefore = await commits(b);
    expect(await importBundle(b, erasure)).toMatchObject({ deleted: 1, attendeesErased: 2 });
    expect(await commits(b)).toBe(commitsBefore + 1);

    expect(b.repos.members.find(sanne.id)).toBeUndefined();
    const after = JSON.stringify([attendeeList(b, cafe.id), attendeeList(b, other.id)]);
    for (const personal of [SANNE.name, SANNE.email, 'SANNE@rijnland.example.nl', 'S. de Vries', sanne.id]) expect(after).not.toContain(personal);
    // The entries stay as anonymous places (as a local erasure leaves them), other attendees are untouched.
    expect(attendeeList(b, cafe.id)).toEqual([
      { name: 'Verwijderd profiel', email: '', memberId: null, status: 'aangemeld' },
      { name: 'Gast Een', email: 'gast@voorbeeld.nl', memberId: null, status: 'aangemeld' },
    ]);
    // Importing the same erasure again finds nothing more to erase.
    expect((await inspectBundle(b, erasure)).attendeesErased).toBe(0);

    await undoLastImport(b);
    expect(b.repos.members.get(sanne.id)).toMatchObject(SANNE);
    expect({ cafe: attendeeList(b, cafe.id), other: attendeeList(b, other.id) }).toEqual(before);
    await Promise.all([a.close(), b.close()]);
  });
});
