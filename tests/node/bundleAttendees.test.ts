import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHlc, parseHlc } from '../../shared/hlc';
import { openApp } from '../../main/core/app';
import { exportBundle, importBundle, inspectBundle } from '../../main/core/bundle';
import { readBundle } from '../../main/core/bundle/readBundle';
import { bundle, IDS, seedRecords } from '../fixtures/makeBadBundles';
import { useTempDirs } from './helpers/tempDirs';
import { call } from './researchFixtures';

const tempDir = useTempDirs('mnw-bundle-attendees-');

const GUEST_EMAIL = 'gast.persoon@voorbeeld.nl';
const attendees = [
  { id: '01940000-0000-7000-8000-000000000091', memberId: null, name: 'Gast Persoon', email: GUEST_EMAIL, status: 'aangemeld', registeredAt: '2026-03-01T10:00:00.000Z' },
  { id: '01940000-0000-7000-8000-000000000092', memberId: IDS.bram, name: 'Bram Ünal', email: '', status: 'aanwezig', registeredAt: '2026-03-01T10:05:00.000Z' },
];

async function write(name: string, bytes: Buffer) {
  const file = path.join(await tempDir(), name);
  await fs.writeFile(file, bytes);
  return file;
}

/** Every file of the data directory as text, to look for a value anywhere in it. */
async function dataText(dir: string): Promise<string> {
  const files = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(files.filter((f) => f.isFile()).map((f) => fs.readFile(path.join(f.parentPath, f.name), 'utf8')));
  return texts.join('\n');
}

describe('attendee lists in bundles', () => {
  it('are never taken from a bundle: the guests are dropped, and the preview and summary say how many', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const records = seedRecords();
    const session = records.sessions[0]!;
    session.attendees = attendees;
    (session.fieldRevs as Record<string, string>).attendees = session.rev as string;
    const file = await write('met-gasten.mnw', bundle({ records }));

    const preview = await inspectBundle(app, file);
    expect(preview.attendeesDropped).toBe(2);
    expect(await importBundle(app, file)).toMatchObject({ added: 6, attendeesDropped: 2 });
    const stored = app.repos.sessions.get(IDS.session);
    expect(stored.attendees).toEqual([]);
    expect(stored.fieldRevs.attendees).toBeUndefined();
    expect(await dataText(app.dataDir)).not.toContain(GUEST_EMAIL);
    await app.close();
  });

  it('here are not emptied by a bundle that sends an empty list with a newer stamp', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    await importBundle(app, await write('seed.mnw', bundle()));
    await call(app, 'sessions:register', { id: IDS.session, attendee: { kind: 'guest', name: 'Gast Persoon', email: GUEST_EMAIL } });
    const local = app.repos.sessions.get(IDS.session);
    expect(local.attendees).toHaveLength(1);

    const records = seedRecords();
    // A newer change from the exporter (the café's organiser), stamped by the exporter's install.
    const later = formatHlc({ ...parseHlc(records.sessions[0]!.rev as string), ms: parseHlc(local.rev).ms + 1_000 });
    Object.assign(records.sessions[0]!, { rev: later, fieldRevs: { ...(records.sessions[0]!.fieldRevs as object), attendees: later, theme: later }, theme: 'Nieuw thema', attendees: [] });
    const file = await write('leeg.mnw', bundle({ records }));
    expect((await inspectBundle(app, file)).attendeesDropped).toBe(0);
    await importBundle(app, file);
    const after = app.repos.sessions.get(IDS.session);
    expect(after.theme).toBe('Nieuw thema');
    expect(after.attendees.map((a) => a.email)).toEqual([GUEST_EMAIL]);
    await app.close();
  });

  it('do not leave with a deleted session either', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    await importBundle(app, await write('seed.mnw', bundle()));
    await call(app, 'sessions:register', { id: IDS.session, attendee: { kind: 'guest', name: 'Gast Persoon', email: GUEST_EMAIL } });
    await call(app, 'sessions:delete', { id: IDS.session });
    const out = path.join(await tempDir(), 'alles.mnw');
    await exportBundle(app, { kind: 'all' }, out);
    const parsed = await readBundle(out, { now: new Date() });
    const tombstone = parsed.records.sessions.find((s) => s.id === IDS.session);
    expect(tombstone).toMatchObject({ deleted: true, attendees: [] });
    expect(parsed.attendeesDropped).toBe(0);
    await app.close();
  });
});
