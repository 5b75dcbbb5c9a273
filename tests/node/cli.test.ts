import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyMemberFields } from '../../shared/domain';
import { openApp } from '../../main/core/app';
import { bundleScript } from './helpers/childScript';
import { useTempDirs } from './helpers/tempDirs';

const tempDir = useTempDirs('mnw-cli-');
let cli: string;
beforeAll(async () => {
  cli = await bundleScript(path.join(__dirname, '../../main/cli/index.ts'));
});

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the command line tool', () => {
  it('seeds demo data, lists and shows records as JSON', async () => {
    const dir = await tempDir();
    const seeded = run('--data', dir, 'seed', '--demo', '--members', '50', '--json');
    expect(seeded.code).toBe(0);
    expect(JSON.parse(seeded.stdout).seeded).toMatchObject({ members: 50, research: 25, questions: 50 });

    const members = JSON.parse(run('--data', dir, 'list', 'members', '--json').stdout) as { id: string; name: string }[];
    expect(members).toHaveLength(50);
    const shown = JSON.parse(run('--data', dir, 'show', members[0]!.id, '--json').stdout);
    expect(shown).toMatchObject({ type: 'members', id: members[0]!.id, name: members[0]!.name });
    expect(run('--data', dir, 'list', 'research').stdout.trim().split('\n')).toHaveLength(25);
  });

  it('backup writes the data directory as a zip; restore unpacks it into a new directory only', async () => {
    const dir = await tempDir();
    run('--data', dir, 'seed', '--demo', '--members', '20');
    const zip = path.join(await tempDir(), 'kopie.zip');
    const made = run('--data', dir, 'backup', '--out', zip, '--json');
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ file: zip });
    const target = path.join(await tempDir(), 'terug');
    expect(run('--data', dir, 'restore', zip, '--to', target, '--json').code).toBe(0);
    expect(JSON.parse(run('--data', target, 'list', 'members', '--json').stdout)).toHaveLength(20);
    const over = run('--data', dir, 'restore', zip, '--to', dir);
    expect(over.code).not.toBe(0);
    expect(over.stderr.trim()).toBe('Error: A backup is never restored over the data directory in use; choose a new folder.');
  });

  it('re-seeding replaces the demo set and keeps the user\'s own records', async () => {
    const dir = await tempDir();
    run('--data', dir, 'seed', '--demo', '--members', '30');
    const app = await openApp({ dataDir: dir });
    const mine = await app.repos.members.create({ ...emptyMemberFields(), name: 'Eigen Profiel', institution: 'ROC Test' } as never);
    await app.close();
    run('--data', dir, 'seed', '--demo', '--members', '10');
    const names = (JSON.parse(run('--data', dir, 'list', 'members', '--json').stdout) as { id: string }[]).map((m) => m.id);
    expect(names).toHaveLength(11);
    expect(names).toContain(mine.id);
  });

  it('fails with a clear message and a non-zero exit on bad input', async () => {
    const dir = await tempDir();
    const badType = run('--data', dir, 'list', 'cafes');
    expect(badType.code).not.toBe(0);
    expect(badType.stderr).toMatch(/Choose one of: members, research/);
    const missing = run('--data', dir, 'show', '0190a0a0-0000-7000-8000-000000000000', '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error.code).toBe('not_found');
    const tooMany = run('--data', dir, 'seed', '--demo', '--members', '100001');
    expect(tooMany.code).not.toBe(0);
    expect(tooMany.stderr).toMatch(/at most 100000/);
    expect(run('--data', dir, 'seed', '--demo', '--members', 'veel').code).not.toBe(0);
  });

  it('doctor repairs a damaged data file from its backup and reports it', async () => {
    const dir = await tempDir();
    run('--data', dir, 'seed', '--demo', '--members', '20');
    run('--data', dir, 'seed', '--demo', '--members', '20'); // a second snapshot generation, so backups exist
    const shard = readdirSync(dir).find((f) => /^shard-\d+\.json$/.test(f) && readdirSync(dir).includes(`${f}.bak1`))!;
    writeFileSync(path.join(dir, shard), '\0'.repeat(100));
    const repaired = run('--data', dir, 'doctor', '--json');
    const report = JSON.parse(repaired.stdout);
    expect(report.recovered).toEqual([expect.objectContaining({ file: shard, restoredFrom: `${shard}.bak1`, complete: true })]);
    expect(report.counts.members).toBe(20);
    const again = JSON.parse(run('--data', dir, 'doctor', '--json').stdout);
    expect(again).toMatchObject({ healthy: true, recovered: [] });
  });
});
