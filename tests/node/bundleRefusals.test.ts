import { readFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES } from '../../shared/bundle';
import { openApp } from '../../main/core/app';
import { BundleRefusal, importBundle, inspectBundle } from '../../main/core/bundle';
import { FIXTURE_DIR, FIXTURES, SEED_FILE } from '../fixtures/makeBadBundles';
import { hashDir } from './helpers/bundles';
import { useTempDirs } from './helpers/tempDirs';

const tempDir = useTempDirs('mnw-bundle-bad-');
const expected = JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'expected.json'), 'utf8')) as Record<string, string>;

const refusalOf = (run: Promise<unknown>) =>
  run.then(
    () => 'accepted',
    (error: unknown) => (error instanceof BundleRefusal ? error.code : `crashed: ${String(error)}`),
  );

describe('hostile and broken bundles', () => {
  it('has a committed corpus of at least 40, one per failure, matching its generator', async () => {
    const files = (await fs.readdir(FIXTURE_DIR)).filter((f) => f.endsWith('.mnw') && f !== SEED_FILE).sort();
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(expected).sort()).toEqual(files);
    expect(Object.fromEntries(FIXTURES.map(([file, code]) => [file, code]))).toEqual(expected);
    for (const code of Object.values(expected)) expect(REFUSAL_CODES).toContain(code);
  });

  it('refuses each with its own reason and leaves the data directory byte-identical', async () => {
    const dataDir = await tempDir();
    const app = await openApp({ dataDir });
    // A populated install that trusts the seed's key: the corpus is built on the seed.
    const seeded = await importBundle(app, path.join(FIXTURE_DIR, SEED_FILE), { acceptKey: true });
    expect(seeded).toMatchObject({ added: 6, conflicts: 0, signature: { kind: 'unknown' } });
    expect(app.repos.members.list().map((m) => m.name).sort()).toEqual(['Anna de Vries', 'Bram Ünal']);
    const before = await hashDir(dataDir);

    const imported: Record<string, string> = {};
    const inspected: Record<string, string> = {};
    for (const file of Object.keys(expected)) {
      imported[file] = await refusalOf(importBundle(app, path.join(FIXTURE_DIR, file)));
      inspected[file] = await refusalOf(inspectBundle(app, path.join(FIXTURE_DIR, file)));
    }
    expect(imported).toEqual(expected);
    // Inspecting refuses the same files, except a changed key: that is shown as a warning, not refused.
    expect(inspected).toEqual({ ...expected, 'key-changed.mnw': 'accepted' });
    expect(await hashDir(dataDir)).toEqual(before);
    await app.close();
  });

  it('refuses a file larger than a bundle may be without reading it', async () => {
    const dataDir = await tempDir();
    const app = await openApp({ dataDir });
    const huge = path.join(await tempDir(), 'huge.mnw');
    await fs.writeFile(huge, '');
    await fs.truncate(huge, 101 * 1024 * 1024); // sparse: costs no disk
    const before = await hashDir(dataDir);
    expect(await refusalOf(importBundle(app, huge))).toBe('file_too_large');
    expect(await hashDir(dataDir)).toEqual(before);
    await app.close();
  });
});
