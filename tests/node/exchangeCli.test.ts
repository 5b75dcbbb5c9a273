import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../main/core/app';
import { bundle as fixtureBundle, FIXTURE_DIR, phantomTombstones, seedRecords } from '../fixtures/makeBadBundles';
import { hashDir } from './helpers/bundles';
import { bundleScript } from './helpers/childScript';
import { useTempDirs } from './helpers/tempDirs';
import { call } from './researchFixtures';
import { colleagues, createSession, openAt } from './sessionsFixtures';

const tempDir = useTempDirs('mnw-exchange-cli-');
let cli: string;
beforeAll(async () => {
  cli = await bundleScript(path.join(__dirname, '../../main/cli/index.ts'));
});

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, json: () => JSON.parse(result.stdout) };
}

/** HR's data directory: a session with a presenter, an organiser, a programme and attendees. */
async function hrInstall() {
  const dataDir = await tempDir();
  const app = await openAt(dataDir);
  const [hr, presenter] = await colleagues(app, ['Sanne de Vries', 'Ümit Ünal']);
  const session = await createSession(app, { organiserIds: [hr!.id], capacity: 20 });
  await call(app, 'sessions:saveProgramme', {
    id: session.id,
    programme: [{ kind: 'presentatie', title: 'Feedback in de stage', minutes: 30, presenterIds: [presenter!.id], researchIds: [], questionIds: [] }],
  });
  await call(app, 'sessions:register', { id: session.id, attendee: { kind: 'guest', name: 'Gast Persoon', email: 'gast@voorbeeld.nl' } });
  await app.close();
  return { dataDir, sessionId: session.id, hrId: hr!.id };
}

describe('export and import on the command line', () => {
  it('exports a session bundle that another install dry-runs, imports once, then finds unchanged', async () => {
    const hr = await hrInstall();
    const bundle = path.join(await tempDir(), 'cafe.mnw');
    const exported = run('--data', hr.dataDir, 'export', '--session', hr.sessionId, '--out', bundle, '--json');
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.json()).toMatchObject({ scope: { kind: 'session', id: hr.sessionId }, records: 3, signed: true });

    const member = await tempDir();
    run('--data', member, 'doctor'); // creates an empty data directory
    const before = await hashDir(member);
    const dry = run('--data', member, 'import', bundle, '--dry-run', '--json');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.json()).toMatchObject({ added: 3, updated: 0, unchanged: 0, conflicts: 0, deleted: 0, signature: { kind: 'unknown' }, dryRun: true });
    expect(await hashDir(member)).toEqual(before);

    const first = run('--data', member, 'import', bundle, '--json');
    expect(first.json()).toMatchObject({ added: 3, updated: 0, unchanged: 0, conflicts: 0, deleted: 0 });
    const sessions = run('--data', member, 'list', 'sessions', '--json').json() as { id: string; title: string; attendees: unknown[] }[];
    expect(sessions).toEqual([expect.objectContaining({ id: hr.sessionId, title: 'Netwerkcafé Formatief handelen', attendees: [] })]);

    const again = run('--data', member, 'import', bundle, '--json');
    expect(again.json()).toMatchObject({ added: 0, updated: 0, unchanged: 3, conflicts: 0, deleted: 0 });

    // Undo restores the state from before the import that changed something.
    const undone = run('--data', member, 'undo-import', '--json');
    expect(undone.code, undone.stderr).toBe(0);
    expect(run('--data', member, 'list', 'sessions', '--json').json()).toEqual([]);
  });

  it('refuses broken and hostile bundles with their reason code and exit code 4, leaving the data directory byte-identical', async () => {
    const dir = await tempDir();
    const member = await tempDir();
    run('--data', member, 'seed', '--demo', '--members', '10');
    const before = await hashDir(member);

    const notZip = path.join(dir, 'niet-een-pakket.mnw');
    writeFileSync(notZip, 'Naam;E-mail\r\nAnna;anna@voorbeeld.nl\r\n');
    const refusedNotZip = run('--data', member, 'import', notZip, '--json');
    expect(refusedNotZip.code).toBe(4);
    expect(refusedNotZip.json().error.code).toBe('not_zip');
    expect(refusedNotZip.stderr).toMatch(/Refused: The file is not a bundle/);

    // A few of the hostile corpus (tests/fixtures/bad-bundles), each with its own reason, also with --dry-run.
    const expected = JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'expected.json'), 'utf8')) as Record<string, string>;
    for (const file of ['bad-signature-altered.mnw', 'zip-slip-parent.mnw', 'hash-mismatch-records.mnw', 'forbidden-proto.mnw', 'format-version-future.mnw']) {
      const refused = run('--data', member, 'import', path.join(FIXTURE_DIR, file), '--json');
      expect([file, refused.code, refused.json().error.code]).toEqual([file, 4, expected[file]]);
      expect(run('--data', member, 'import', path.join(FIXTURE_DIR, file), '--dry-run').code).toBe(4);
    }
    expect(await hashDir(member)).toEqual(before);
  });

  it('needs exactly one scope and valid ids to export', async () => {
    const hr = await hrInstall();
    const out = path.join(await tempDir(), 'x.mnw');
    const none = run('--data', hr.dataDir, 'export', '--out', out, '--json');
    expect(none.code).toBe(2);
    expect(none.json().error.code).toBe('invalid_input');
    expect(run('--data', hr.dataDir, 'export', '--all', '--session', hr.sessionId, '--out', out).code).toBe(2);
    expect(run('--data', hr.dataDir, 'export', '--ids', 'not-an-id', '--out', out).code).toBe(2);
    const missing = run('--data', hr.dataDir, 'export', '--session', '0190a0a0-0000-7000-8000-000000000000', '--out', out, '--json');
    expect(missing.code).toBe(1);
    expect(missing.json().error.code).toBe('not_found');
  });
});

describe('calendar and spreadsheet commands', () => {
  it('writes an .ics file for a session', async () => {
    const hr = await hrInstall();
    const out = path.join(await tempDir(), 'cafe.ics');
    const result = run('--data', hr.dataDir, 'ics', '--session', hr.sessionId, '--out', out, '--json');
    expect(result.code, result.stderr).toBe(0);
    // Long lines are folded (RFC 5545): a line break followed by a space continues the line.
    const text = readFileSync(out, 'utf8').replace(/\r\n /g, '');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('SUMMARY:Netwerkcafé Formatief handelen');
    expect(text).toContain('Presentatie: Feedback in de stage (Ümit Ünal)');
    expect(run('--data', hr.dataDir, 'ics', '--session', '0190a0a0-0000-7000-8000-000000000000', '--out', out).code).toBe(1);
  });

  it('exports and imports attendee lists, and adds colleagues from an HR sheet', async () => {
    const hr = await hrInstall();
    const dir = await tempDir();
    const csv = path.join(dir, 'deelnemers.csv');
    expect(run('--data', hr.dataDir, 'attendees', 'export', '--session', hr.sessionId, csv, '--json').json()).toMatchObject({ attendees: 1 });
    expect(readFileSync(csv, 'utf8')).toContain('Gast Persoon;gast@voorbeeld.nl;aangemeld');

    const sheet = path.join(dir, 'nieuw.csv');
    writeFileSync(sheet, '\uFEFFNaam;E-mail;Status\r\nGast Persoon;gast@voorbeeld.nl;afgemeld\r\nNieuwe Gast;nieuw@voorbeeld.nl;\r\nKapot;kapot;\r\n');
    const dry = run('--data', hr.dataDir, 'attendees', 'import', '--session', hr.sessionId, sheet, '--dry-run', '--json');
    expect(dry.json()).toMatchObject({ dryRun: true, added: 1, updated: 1, skipped: 1, problems: [{ line: 4, code: 'invalid_email' }] });
    const imported = run('--data', hr.dataDir, 'attendees', 'import', '--session', hr.sessionId, sheet, '--json');
    expect(imported.code, imported.stderr).toBe(0);
    const app = await openApp({ dataDir: hr.dataDir, readOnly: true });
    expect(app.repos.sessions.get(hr.sessionId).attendees.map((a) => [a.name, a.status])).toEqual([
      ['Gast Persoon', 'afgemeld'],
      ['Nieuwe Gast', 'aangemeld'],
    ]);
    await app.close();

    const hrSheet = path.join(dir, 'hr.csv');
    writeFileSync(hrSheet, 'Naam;E-mail;Instelling;Team;Expertise\r\nJoke Smit;joke@voorbeeld.nl;ROC Rijnland;Zorg;feedback\r\n;leeg@voorbeeld.nl;ROC;;\r\n');
    const membersDry = run('--data', hr.dataDir, 'members', 'import', hrSheet, '--dry-run', '--json');
    expect(membersDry.json()).toMatchObject({ dryRun: true, added: 1, skipped: 1, ids: [], problems: [{ line: 3, code: 'required_missing', field: 'name' }] });
    const members = run('--data', hr.dataDir, 'members', 'import', hrSheet, '--json');
    expect(members.json().ids).toHaveLength(1);
    expect((run('--data', hr.dataDir, 'list', 'members', '--json').json() as { name: string }[]).map((m) => m.name)).toContain('Joke Smit');

    const noColumns = path.join(dir, 'fout.csv');
    writeFileSync(noColumns, 'Iets;Anders\r\n1;2\r\n');
    const refused = run('--data', hr.dataDir, 'members', 'import', noColumns, '--json');
    expect(refused.code).toBe(1);
    expect(refused.json().error.code).toBe('missing_columns');
  });

  it('says what it left out: the attendees a bundle carried, and deletions of records never seen here', async () => {
    const records = seedRecords();
    records.sessions[0]!.attendees = [
      { id: '01940000-0000-7000-8000-000000000091', memberId: null, name: 'Gast Persoon', email: 'gast@voorbeeld.nl', status: 'aangemeld', registeredAt: '2026-03-01T10:00:00.000Z' },
    ];
    records.plgs.push(...phantomTombstones(2));
    const file = path.join(await tempDir(), 'met-gasten.mnw');
    writeFileSync(file, fixtureBundle({ records }));
    const member = await tempDir();
    const dry = run('--data', member, 'import', file, '--dry-run', '--json');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.json()).toMatchObject({ added: 6, unchanged: 2, phantomTombstones: 2, attendeesDropped: 1, attendeesErased: 0 });
    const text = run('--data', member, 'import', file);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Left out 1 attendee(s) the bundle carried: attendee lists are never imported.');
    expect(text.stdout).toContain('Kept 2 deletion(s) of records this install never had, so they stay deleted.');
  });
});
