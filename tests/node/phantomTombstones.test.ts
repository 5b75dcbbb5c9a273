import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../main/core/app';
import { BundleRefusal, importBundle, inspectBundle, undoLastImport } from '../../main/core/bundle';
import { BUNDLE_LIMITS } from '../../main/core/bundle/limits';
import { bundle, phantomTombstones, seedRecords } from '../fixtures/makeBadBundles';
import { hashDir } from './helpers/bundles';
import { useTempDirs } from './helpers/tempDirs';

const tempDir = useTempDirs('mnw-phantoms-');

async function write(dir: string, name: string, bytes: Buffer) {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}

describe('tombstones of records this install never had (phantoms)', () => {
  it('counts them in the preview and the summary, keeps them, and an older copy arriving later stays deleted', async () => {
    const dataDir = await tempDir();
    const files = await tempDir();
    const app = await openApp({ dataDir });
    const phantoms = phantomTombstones(40);
    const seed = seedRecords();
    const file = await write(files, 'phantoms.mnw', bundle({ records: { ...seed, plgs: [...seed.plgs, ...phantoms] } }));

    const preview = await inspectBundle(app, file);
    expect(preview.phantomTombstones).toBe(40);
    expect(preview.totals).toMatchObject({ new: 6, unchanged: 40 });
    const summary = await importBundle(app, file);
    expect(summary).toMatchObject({ added: 6, unchanged: 40, phantomTombstones: 40 });
    expect(app.repos.plgs.findAny(phantoms[0]!.id as string)?.deleted).toBe(true);

    // The record itself arrives later, from an install that had not seen the deletion: it stays deleted.
    const live = { ...phantoms[0]!, deleted: false, name: 'Teruggekomen PLG' };
    const late = await write(files, 'late.mnw', bundle({ records: { ...seedRecords(), plgs: [live] } }));
    await importBundle(app, late);
    expect(app.repos.plgs.find(phantoms[0]!.id as string)).toBeUndefined();
    // A tombstone of a record this install has is a deletion, not a phantom.
    expect((await inspectBundle(app, file)).phantomTombstones).toBe(0);
    await app.close();
  });

  it('refuses a bundle with more than the limit, writing nothing', async () => {
    const dataDir = await tempDir();
    const app = await openApp({ dataDir });
    const seed = seedRecords();
    await importBundle(app, await write(await tempDir(), 'seed.mnw', bundle()));
    const limit = BUNDLE_LIMITS.phantomTombstones;
    const atLimit = await write(await tempDir(), 'at-limit.mnw', bundle({ records: { ...seed, plgs: phantomTombstones(limit) } }));
    expect((await inspectBundle(app, atLimit)).phantomTombstones).toBe(limit);

    const over = await write(await tempDir(), 'over.mnw', bundle({ records: { ...seed, plgs: phantomTombstones(limit + 1) } }));
    const before = await hashDir(dataDir);
    const refusal = await importBundle(app, over).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BundleRefusal);
    expect(refusal).toMatchObject({ code: 'too_many_tombstones' });
    await expect(inspectBundle(app, over)).rejects.toMatchObject({ code: 'too_many_tombstones' });
    expect(await hashDir(dataDir)).toEqual(before);
    // Undo is untouched by the refusal: the seed import can still be undone.
    expect(await undoLastImport(app)).toMatchObject({ removed: 6 });
    await app.close();
  });
});
