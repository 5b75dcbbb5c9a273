import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TeamOverview } from '../../shared/contract';
import { ACTIVITY_PHASES, AREAS, INITIATIVES, type Activity } from '../../shared/domain';
import { openApp } from '../../main/core/app';
import { seedDemo } from '../../main/core/demo/seedDemo';
import { activityFields } from './activityFixtures';
import { bundleScript } from './helpers/childScript';
import { useTempDirs } from './helpers/tempDirs';
import { call, failure } from './researchFixtures';
import { colleagues, openAt } from './sessionsFixtures';

const tempDir = useTempDirs('mnw-activities-');
let cli: string;
beforeAll(async () => {
  cli = await bundleScript(path.join(__dirname, '../../main/cli/index.ts'));
}, 60_000);

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, json: () => JSON.parse(result.stdout) };
}

async function demoDir(): Promise<string> {
  const dataDir = await tempDir();
  const app = await openApp({ dataDir });
  await seedDemo(app.store, app.repos, 120);
  await app.close();
  return dataDir;
}

/** The overview's activity numbers, counted here from the plain list and nothing else of the app. */
function countIndependently(list: Activity[], filter: { institution?: string; from?: string; to?: string }) {
  const kept = list.filter((a) => {
    if (filter.institution && a.institution !== filter.institution) return false;
    const start = a.startDate ?? a.createdAt.slice(0, 10);
    const end = a.endDate ?? '9999-12-31';
    return start <= (filter.to ?? '9999-12-31') && end >= (filter.from ?? '0000-01-01');
  });
  const tally = <K extends string>(keys: readonly K[], has: (a: Activity, k: K) => boolean) => Object.fromEntries(keys.map((k) => [k, kept.filter((a) => has(a, k)).length]));
  return {
    byArea: tally(AREAS, (a, k) => a.area.includes(k)),
    byPhase: tally(ACTIVITY_PHASES, (a, k) => a.phase === k),
    byInitiative: tally(INITIATIVES, (a, k) => a.initiative === k),
    withoutCollaborators: kept.filter((a) => a.collaborators.length === 0).length,
  };
}

describe('activities and the overview on the command line', () => {
  it('the demo has at least 60 activities over five institutions and every phase; overview --json equals a count from list activities --json', async () => {
    const dataDir = await demoDir();
    const listed = run('--data', dataDir, 'list', 'activities', '--json');
    expect(listed.code, listed.stderr).toBe(0);
    const list = listed.json() as Activity[];
    expect(list.length).toBeGreaterThanOrEqual(60);
    expect(new Set(list.map((a) => a.institution)).size).toBe(5);
    expect(new Set(list.map((a) => a.phase))).toEqual(new Set(ACTIVITY_PHASES));
    for (const a of list) {
      expect(a.area.every((x) => (AREAS as readonly string[]).includes(x))).toBe(true);
      expect(INITIATIVES).toContain(a.initiative);
      expect(a.memberIds.length).toBeGreaterThan(0);
      expect(Array.isArray(a.collaborators)).toBe(true);
    }

    const institution = list[0]!.institution;
    for (const filter of [{}, { institution }, { from: '2025-01-01', to: '2025-12-31' }, { institution, from: '2026-01-01' }]) {
      const args = Object.entries(filter).flatMap(([k, v]) => [`--${k}`, v]);
      const overview = run('--data', dataDir, 'overview', '--json', ...args);
      expect(overview.code, overview.stderr).toBe(0);
      const json = overview.json();
      // `learning` (issue 11) was added after the issue's keys, which keep their names and order.
      expect(Object.keys(json)).toEqual(['activities', 'sessions', 'questions', 'marketplace', 'isolatedMembers', 'learning']);
      expect(json.activities).toEqual(countIndependently(list, filter));
    }
    const all = run('--data', dataDir, 'overview', '--json').json();
    expect(all.activities.withoutCollaborators).toBeGreaterThan(0);
    expect(all.isolatedMembers.length).toBeGreaterThan(0);
    // Leren op het werk: the team overview's own numbers (team-overview --json), narrowed by the same filter.
    expect(all.learning).toEqual(run('--data', dataDir, 'team-overview', '--json').json());
    const period = run('--data', dataDir, 'overview', '--json', '--institution', institution, '--from', '2026-01-01').json();
    const teams = run('--data', dataDir, 'team-overview', '--json', '--from', '2026-01-01').json().teams as Array<{ institution: string }>;
    expect(period.learning.teams).toEqual(teams.filter((t) => t.institution === institution));
  }, 120_000);

  it('refuses bad filters with one English line and a non-zero exit', async () => {
    const dataDir = await demoDir();
    const reversed = run('--data', dataDir, 'overview', '--json', '--from', '2026-05-01', '--to', '2026-01-01');
    expect(reversed.code).not.toBe(0);
    expect(reversed.stderr.trim().split('\n')[0]).toBe('Error: --to (2026-01-01) is before --from (2026-05-01).');
    const badDate = run('--data', dataDir, 'report', '--out', path.join(dataDir, 'x.pdf'), '--from', '1-2-2026');
    expect(badDate.code).not.toBe(0);
    expect(badDate.stderr).toContain('--from must be a date as YYYY-MM-DD');
    const badFormat = run('--data', dataDir, 'report', '--out', path.join(dataDir, 'x.pdf'), '--format', 'xlsx');
    expect(badFormat.code).not.toBe(0);
    expect(badFormat.stderr).toContain('--format must be pdf or csv');
  }, 60_000);

  it('writes a PDF report with the charts, tables and notable activities, a short PDF for an empty period, and a Dutch-Excel CSV', async () => {
    const dataDir = await demoDir();
    const out = await tempDir();
    const pdf = path.join(out, 'rapport.pdf');
    const written = run('--data', dataDir, 'report', '--out', pdf);
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(spawnSync('pdftotext', ['-v']).error, 'pdftotext and pdfinfo (poppler-utils) read the report back').toBeUndefined();
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    for (const heading of ['Rapport: wat masteropgeleide docenten doen', 'Activiteiten per gebied', 'Activiteiten per fase', 'Initiatief per instelling', 'Netwerkcafés per maand', 'Vraagbank per maand', 'Opvallende activiteiten en hun effect op het team']) {
      expect(text).toContain(heading);
    }
    // The chart labels are vector text in the PDF, not pixels.
    expect(text).toMatch(/Vakinhoud/);
    const json = run('--data', dataDir, 'overview', '--json').json();
    expect(text).toMatch(new RegExp(`Innovatie\\s+${json.activities.byArea.innovatie}\\b`));

    // Leren op het werk: a group of five or more teachers with its counts per kind, a smaller one with no number at all.
    expect(text).toContain('Leren op het werk: leeractiviteiten per soort en team');
    const learning = json.learning as TeamOverview;
    expect(learning.teams.some((t) => t.suppressed)).toBe(true);
    expect(learning.teams.some((t) => !t.suppressed)).toBe(true);
    for (const row of learning.teams) {
      const label = `${row.institution} · ${row.team}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const counts = row.suppressed ? 'te weinig deelnemers' : learning.kinds.map((k) => row.counts[k]).join('\\s+');
      expect(text).toMatch(new RegExp(`^${label}\\s+${counts}\\s*$`, 'm'));
    }

    const empty = path.join(out, 'leeg.pdf');
    expect(run('--data', dataDir, 'report', '--out', empty, '--from', '2001-01-01', '--to', '2001-12-31').code).toBe(0);
    const emptyText = spawnSync('pdftotext', [empty, '-'], { encoding: 'utf8' }).stdout;
    expect(emptyText).toContain('Er zijn geen activiteiten, netwerkcafés, vragen of gedeelde leeractiviteiten in deze periode');
    expect(spawnSync('pdfinfo', [empty], { encoding: 'utf8' }).stdout).toMatch(/Pages:\s+1\n/);

    const csv = path.join(out, 'activiteiten.csv');
    expect(run('--data', dataDir, 'report', '--out', csv, '--format', 'csv').code).toBe(0);
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Titel;Instelling;Teams;Gebieden;Initiatief;Uitgevoerd door;Masteropgeleide docenten;Samenwerkingspartners;Fase;Start;Einde;Effect op het team;Effecttags');
    expect(lines.length - 1).toBe((run('--data', dataDir, 'list', 'activities', '--json').json() as unknown[]).length);
  }, 120_000);
});

describe('activities in the app', () => {
  it('refuses dates out of order, an area outside the four, a 10,000-character effect and an unknown member, saving nothing', async () => {
    const app = await openAt(await tempDir());
    const [anna] = await colleagues(app, ['Anna de Vries']);
    const bad = [
      [{ startDate: '2026-03-01', endDate: '2026-02-01' }, 'fields.endDate', 'end_before_start'],
      [{ area: ['sport'] }, 'fields.area.0', 'invalid_value'],
      [{ area: [] }, 'fields.area', 'too_small'],
      [{ effect: 'x'.repeat(10_000) }, 'fields.effect', 'too_big'],
      [{ memberIds: ['01940000-0000-7000-8000-000000000099'] }, 'fields.memberIds.0', 'unknown_member'],
    ] as const;
    for (const [change, path, code] of bad) {
      const error = await failure(app, 'activities:save', { fields: { ...activityFields([anna!.id]), ...change } });
      expect(error.issues?.[0]).toMatchObject({ path, code });
    }
    expect(app.repos.activities.count()).toBe(0);
    await app.close();
  });

  it('links show both ways, search finds an activity by its effect, and "Wie weet wat?" counts it as evidence', async () => {
    const app = await openAt(await tempDir());
    const [anna, bram] = await colleagues(app, ['Anna de Vries', 'Bram Ünal']);
    const research = await call(app, 'research:save', {
      fields: { title: 'Feedback in de stage', question: '', summary: '', method: '', findings: '', status: 'lopend', area: 'onderzoek', initiative: 'samen', institution: 'ROC Rijnland', year: 2025, tags: [], authorIds: [anna!.id], partnerIds: [], links: [], attachments: [], draft: false },
    });
    const saved = await call(app, 'activities:save', {
      fields: activityFields([bram!.id], { title: 'Lesson study eerste jaar', effect: 'Het team praat nu over wat studenten leren in plaats van over de lesstof.', effectTags: ['lesson study'], researchIds: [research.id] }),
    });
    expect(await call(app, 'activities:linkedTo', { id: research.id })).toEqual([{ id: saved.id, title: 'Lesson study eerste jaar', phase: 'lopend', institution: 'ROC Rijnland' }]);
    const detail = await call(app, 'activities:get', { id: saved.id });
    expect(detail.links).toEqual([{ type: 'research', id: research.id, title: 'Feedback in de stage' }]);

    const found = await call(app, 'search:query', { text: 'studenten leren', types: ['activities'], limit: 5 });
    expect(found.map((r) => r.id)).toContain(saved.id);
    const experts = await call(app, 'search:experts', { topic: 'lesson study', limit: 5 });
    const bramEvidence = experts.experts.find((e) => e.member.id === bram!.id)?.evidence ?? [];
    expect(bramEvidence).toContainEqual(expect.objectContaining({ kind: 'activity', type: 'activities', id: saved.id }));
    await app.close();
  });

  it('the click-through of a number lists exactly the records it counts', async () => {
    const dataDir = await demoDir();
    const app = await openApp({ dataDir });
    const overview = await call(app, 'overview:get', { filter: {} });
    for (const area of AREAS) expect(await call(app, 'overview:records', { filter: {}, cell: `area:${area}` })).toHaveLength(overview.activities.byArea[area]);
    expect(await call(app, 'overview:records', { filter: {}, cell: 'withoutCollaborators' })).toHaveLength(overview.activities.withoutCollaborators);
    expect((await call(app, 'overview:records', { filter: {}, cell: 'isolated' })).map((r) => r.id)).toEqual(overview.isolatedMembers);
    // Figures about fewer than 5 people are not shown.
    for (const month of overview.sessions.byMonth) for (const n of [month.registrations, month.attended, month.waitlist]) expect(n === null || n === 0 || n >= 5).toBe(true);
    await app.close();
  }, 60_000);
});

