import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../main/core/app';
import { BundleRefusal, exportBundle, importBundle, inspectBundle } from '../../main/core/bundle';
import { FORMAT_VERSION, recordsEntry } from '../../main/core/bundle/limits';
import { bundle, IDS, seedRecords } from '../fixtures/makeBadBundles';
import { activityFields } from './activityFixtures';
import { hashDir } from './helpers/bundles';
import { useTempDirs } from './helpers/tempDirs';
import { call } from './researchFixtures';
import { colleagues } from './sessionsFixtures';

const tempDir = useTempDirs('mnw-bundle-versions-');
const V1_SEED = path.join(__dirname, '../fixtures/bundle-v1/seed-v1.mnw');

const refusalOf = (run: Promise<unknown>) =>
  run.then(
    () => null,
    (error: unknown) => (error instanceof BundleRefusal ? { code: error.code, message: error.message } : { code: 'crashed', message: String(error) }),
  );

/** One activity record, as another install would have exported it (stamped like the seed records). */
function activityRecord(memberIds: string[]) {
  const { rev, origin, createdAt, updatedAt } = seedRecords().plgs[0]! as { rev: string; origin: string; createdAt: string; updatedAt: string };
  const fields = activityFields(memberIds);
  const fieldRevs = Object.fromEntries(Object.keys(fields).map((k) => [k, rev]));
  return { id: '01940000-0000-7000-8000-000000000050', rev, fieldRevs, origin, createdAt, updatedAt, deleted: false, demo: false, ...fields };
}

describe('bundle format versions', () => {
  it('writes version 3 and still reads a version 1 bundle (made before activities existed)', async () => {
    expect(FORMAT_VERSION).toBe(3);
    const app = await openApp({ dataDir: await tempDir() });
    const preview = await inspectBundle(app, V1_SEED);
    expect(preview.formatVersion).toBe(1);
    expect(preview.counts.activities).toEqual({ new: 0, updated: 0, suggested: 0, unchanged: 0, conflicting: 0, deleted: 0 });
    const summary = await importBundle(app, V1_SEED, { acceptKey: true });
    expect(summary).toMatchObject({ added: 6, conflicts: 0 });
    expect(app.repos.members.list().map((m) => m.name).sort()).toEqual(['Anna de Vries', 'Bram Ünal']);
    await app.close();
  });

  it('refuses a version 1 bundle that holds activities, and a version 2 manifest without their count', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const dir = await tempDir();
    const v1WithActivities = path.join(dir, 'v1-activities.mnw');
    await fs.writeFile(v1WithActivities, bundle({ manifest: (m) => void ((m.formatVersion = 1), ['activities', 'learning', 'pop', 'badges'].forEach((c) => delete (m.counts as Record<string, unknown>)[c])) }));
    expect(await refusalOf(importBundle(app, v1WithActivities))).toMatchObject({ code: 'unexpected_entry' });
    const v2WithoutCount = path.join(dir, 'v2-no-count.mnw');
    await fs.writeFile(v2WithoutCount, bundle({ manifest: (m) => void delete (m.counts as Record<string, unknown>).activities }));
    expect(await refusalOf(importBundle(app, v2WithoutCount))).toMatchObject({ code: 'invalid_manifest' });
    await app.close();
  });

  it('carries activities from one install to another', async () => {
    const hr = await openApp({ dataDir: await tempDir() });
    const [anna, bram] = await colleagues(hr, ['Anna de Vries', 'Bram Ünal']);
    const activity = await call(hr, 'activities:save', { fields: activityFields([anna!.id, bram!.id]) });
    const file = path.join(await tempDir(), 'alles.mnw');
    await exportBundle(hr, { kind: 'selection', ids: [activity.id] }, file);
    await hr.close();

    const other = await openApp({ dataDir: await tempDir() });
    const summary = await importBundle(other, file, { acceptKey: true });
    expect(summary.added).toBe(3); // the activity and its two master teachers
    expect(other.repos.activities.get(activity.id)).toMatchObject({ title: activity.title, memberIds: [anna!.id, bram!.id] });
    await other.close();
  });

  it('refuses a bundle whose activity names a member neither install knows, and writes nothing', async () => {
    const dataDir = await tempDir();
    const app = await openApp({ dataDir });
    const before = await hashDir(dataDir);
    const unknown = '01940000-0000-7000-8000-000000000077';
    const file = path.join(await tempDir(), 'onbekend.mnw');
    const records = { ...seedRecords(), activities: [(activityRecord([IDS.anna, unknown]))] };
    await fs.writeFile(file, bundle({ records }));
    const refused = await refusalOf(importBundle(app, file, { acceptKey: true }));
    expect(refused).toMatchObject({ code: 'invalid_record' });
    expect(refused!.message).toContain(`activities[0].memberIds.1: unknown member ${unknown}`);
    expect(await hashDir(dataDir)).toEqual(before);

    // The same activity with a known member imports.
    const good = path.join(await tempDir(), 'bekend.mnw');
    await fs.writeFile(good, bundle({ records: { ...seedRecords(), activities: [(activityRecord([IDS.anna, IDS.bram]))] } }));
    expect(await refusalOf(importBundle(app, good, { acceptKey: true }))).toBeNull();
    expect(app.repos.activities.count()).toBe(1);
    expect(recordsEntry('activities')).toBe('records/activities.json');
    await app.close();
  });
});
