import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../main/core/app';
import { indexFile } from '../../main/core/search/persist';
import { bundleScript } from './helpers/childScript';
import { useTempDirs } from './helpers/tempDirs';
import { addMember, call, researchFields } from './researchFixtures';

const tempDir = useTempDirs('mnw-search-cli-');
let cli: string;
beforeAll(async () => {
  cli = await bundleScript(path.join(__dirname, '../../main/cli/index.ts'));
});

function run(args: string[], stdin?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input: stdin });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, json: () => JSON.parse(result.stdout) };
}

interface Brief {
  type: string;
  id: string;
  title: string;
  score: number;
  why: Array<{ field: string; words: string[]; via: string }>;
}

/** A small network: an expert on formatief handelen with her research, a colleague without, and a café. */
async function network() {
  const dataDir = await tempDir();
  const app = await openApp({ dataDir });
  const hélène = await addMember(app, "Hélène 't Hart", { expertise: ['formatief handelen'], offers: ['feedback geven'] });
  const jan = await addMember(app, 'Jan van der Berg', { institution: 'Da Vinci College', expertise: ['klassenmanagement'] });
  const research = await call(app, 'research:save', { fields: researchFields([hélène.id], { title: 'Formatief handelen in de beroepspraktijk' }) });
  const session = await app.repos.sessions.create({
    title: 'Café over differentiëren', theme: 'differentiatie', start: '2026-03-14T15:30', minutes: 120, location: 'Leiden', onlineLink: '',
    organiserIds: [], plgId: null, description: '', preparation: '', capacity: null, notes: '', outcomes: '', actions: [], attendees: [], programme: [],
  });
  await app.close();
  return { dataDir, hélène, jan, research, session };
}

describe('search on the command line', () => {
  it('answers a query as [{type,id,title,score,why}], Dutch-aware, with --type and --limit', async () => {
    const { dataDir, hélène, research, session } = await network();

    const cafe = run(['--data', dataDir, 'search', 'cafe', '--json']);
    expect(cafe.code).toBe(0);
    const found = cafe.json() as Brief[];
    expect(found[0]).toEqual({ type: 'sessions', id: session.id, title: 'Café over differentiëren', score: expect.any(Number), why: expect.any(Array) });
    expect(Object.keys(found[0]!).sort()).toEqual(['id', 'score', 'title', 'type', 'why']);

    // A typo in a colleague's expertise still finds her, and says how.
    const typo = run(['--data', dataDir, 'search', 'formatif', '--type', 'collega', '--json']).json() as Brief[];
    expect(typo.map((r) => r.id)).toEqual([hélène.id]);
    expect(typo[0]!.why).toContainEqual({ field: 'expertise', words: ['formatief'], via: 'typo' });

    const both = run(['--data', dataDir, 'search', 'formatief handelen', '--json']).json() as Brief[];
    expect(both.map((r) => r.id)).toEqual(expect.arrayContaining([hélène.id, research.id]));
    const one = run(['--data', dataDir, 'search', 'formatief handelen', '--limit', '1', '--json']).json() as Brief[];
    expect(one).toEqual([both[0]]);

    const human = run(['--data', dataDir, 'search', 'differentieren']);
    expect(human.stdout).toContain('Café over differentiëren');
    expect(run(['--data', dataDir, 'search', 'zzzqqq']).stdout.trim()).toBe('No results for "zzzqqq".');
  });

  it('--batch reads one query per line and prints one JSON line per query with tookMs', async () => {
    const { dataDir, hélène, session } = await network();
    const batch = run(['--data', dataDir, 'search', '--batch', '--json'], 'cafe\n\nformatif\r\nklassenmanagement\nzzzqqq\n');
    expect(batch.code).toBe(0);
    const lines = batch.stdout.trim().split('\n').map((line) => JSON.parse(line) as { query: string; tookMs: number; count: number; results: Brief[] });
    expect(lines.map((l) => l.query)).toEqual(['cafe', 'formatif', 'klassenmanagement', 'zzzqqq']);
    for (const line of lines) {
      expect(line.tookMs).toBeGreaterThanOrEqual(0);
      expect(line.tookMs).toBeLessThan(10_000);
      expect(line.count).toBe(line.results.length);
    }
    expect(lines[0]!.results[0]!.id).toBe(session.id);
    expect(lines[1]!.results.map((r) => r.id)).toContain(hélène.id);
    expect(lines[3]!.results).toEqual([]);
    // The same answers as one query at a time.
    expect(lines[2]!.results).toEqual(run(['--data', dataDir, 'search', 'klassenmanagement', '--json']).json());
  });

  it('--batch reports a bad line on its own line and exits non-zero, answering the others', async () => {
    const { dataDir } = await network();
    const batch = run(['--data', dataDir, 'search', '--batch', '--json'], `${'x'.repeat(501)}\ncafe\n`);
    expect(batch.code).toBe(1);
    const [bad, good] = batch.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(bad.error).toEqual({ code: 'invalid_input', message: 'The query is too long (at most 500 characters).' });
    expect(good.results.length).toBeGreaterThan(0);
  });

  it('experts ranks colleagues by evidence and lists it', async () => {
    const { dataDir, hélène, jan, research } = await network();
    const experts = run(['--data', dataDir, 'experts', 'formatief handelen', '--json']);
    expect(experts.code).toBe(0);
    const list = experts.json() as Array<{ member: { id: string; name: string; institution: string }; score: number; evidence: Array<{ kind: string; id: string; text: string }> }>;
    expect(list.map((e) => e.member.name)).toEqual(["Hélène 't Hart"]);
    expect(list[0]!.member).toEqual({ id: hélène.id, name: "Hélène 't Hart", institution: 'ROC Rijnland' });
    expect(list[0]!.evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'expertise', text: 'formatief handelen' }),
        expect.objectContaining({ kind: 'research', id: research.id, text: 'Formatief handelen in de beroepspraktijk' }),
      ]),
    );
    expect(list.some((e) => e.member.id === jan.id)).toBe(false);

    const human = run(['--data', dataDir, 'experts', 'formatief handelen']).stdout;
    expect(human).toMatch(/1\. Hélène 't Hart \(ROC Rijnland\)/);
    expect(human).toMatch(/research\s+Formatief handelen in de beroepspraktijk/);
    expect(run(['--data', dataDir, 'experts', 'sterrenkunde']).stdout.trim()).toBe('Nobody in the network shows evidence of knowing "sterrenkunde".');
  });

  it('fails with a clear English message and a non-zero exit on bad input', async () => {
    const { dataDir } = await network();
    const nothing = run(['--data', dataDir, 'search', '--json']);
    expect(nothing.code).toBe(2);
    expect(nothing.json().error).toEqual({ code: 'invalid_input', message: 'Give something to search for, e.g. search "formatief handelen", or use --batch.' });
    expect(run(['--data', dataDir, 'search', '   ']).stderr).toContain('Give something to search for');

    const both = run(['--data', dataDir, 'search', 'cafe', '--batch']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--batch reads its queries from stdin; leave out the query argument.');

    const badType = run(['--data', dataDir, 'search', 'cafe', '--type', 'koffie']);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toContain('Choose one of: members, research, questions, sessions');

    for (const limit of ['0', '201', 'veel', '2.5']) {
      const bad = run(['--data', dataDir, 'search', 'cafe', '--limit', limit]);
      expect(bad.code, `--limit ${limit}`).toBe(2);
      expect(bad.stderr).toContain('Give a whole number from 1 to 200.');
    }

    const long = run(['--data', dataDir, 'search', 'x'.repeat(501), '--json']);
    expect(long.code).toBe(2);
    expect(long.json().error.message).toBe('The query is too long (at most 500 characters).');

    const noTopic = run(['--data', dataDir, 'experts', ' ', '--json']);
    expect(noTopic.code).toBe(2);
    expect(noTopic.json().error.message).toBe('Give a topic to look for.');
    expect(run(['--data', dataDir, 'experts']).code).not.toBe(0);
  });

  it('builds no search index for a command that does not search, and keeps the one a search built', async () => {
    const { dataDir, hélène } = await network();
    await rm(indexFile(dataDir), { force: true });
    expect(run(['--data', dataDir, 'list', 'members', '--json']).code).toBe(0);
    expect(existsSync(indexFile(dataDir))).toBe(false);
    const first = run(['--data', dataDir, 'search', 'formatief', '--type', 'collega', '--json']);
    expect((first.json() as Brief[]).map((r) => r.id)).toEqual([hélène.id]);
    expect(existsSync(indexFile(dataDir))).toBe(true);
    // The next search reads it and answers the same.
    expect(run(['--data', dataDir, 'search', 'formatief', '--type', 'collega', '--json']).stdout).toBe(first.stdout);
  });
});
