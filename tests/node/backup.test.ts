import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../main/core/app';
import { makeBackup, restoreBackup } from '../../main/core/backup';
import { useTempDirs } from './helpers/tempDirs';
import { addMember, call, failure } from './researchFixtures';

const tempDir = useTempDirs('mnw-backup-');

describe('backups of the data directory', () => {
  it('zips the data at a consistent point while saves go on, and restores it into a new folder that opens with every record', async () => {
    const dataDir = await tempDir();
    const app = await openApp({ dataDir });
    for (let i = 0; i < 20; i++) await addMember(app, `Collega ${i}`);
    const out = path.join(await tempDir(), 'reservekopie.zip');
    await addMember(app, 'Vlak ervoor');
    // A save running alongside the backup is wholly in it, or wholly not.
    const [made] = await Promise.all([makeBackup(app, out), addMember(app, 'Tegelijk')]);
    expect(made.files).toBeGreaterThan(1);
    await app.close();

    const target = path.join(await tempDir(), 'teruggezet');
    const restored = await restoreBackup(out, target, dataDir);
    expect(restored.dataDir).toBe(target);
    expect(await readdir(target)).not.toContain('masternetwerk.lock');
    const copy = await openApp({ dataDir: target });
    const names = copy.repos.members.list().map((m) => m.name);
    expect(names).toContain('Vlak ervoor');
    expect(names).toContain('Collega 19');
    expect(names.length - (names.includes('Tegelijk') ? 1 : 0)).toBe(21);
    await copy.close();
  });

  it('never restores over the data in use or into a folder with files, and refuses a file that is no backup, leaving nothing behind', async () => {
    const dataDir = await tempDir();
    const app = await openApp({ dataDir });
    await addMember(app, 'Anna Zwart');
    const out = path.join(await tempDir(), 'reservekopie.zip');
    await makeBackup(app, out);
    expect((await failure(app, 'backup:restore', { dataBase64: Buffer.from('x').toString('base64'), targetDir: dataDir })).issues?.[0]?.code).toBe('current_data_dir');
    const full = await tempDir();
    await writeFile(path.join(full, 'iets.txt'), 'bestaand');
    await expect(restoreBackup(out, full, dataDir)).rejects.toThrow(/not empty/);
    const fresh = path.join(await tempDir(), 'nieuw');
    const notBackup = await failure(app, 'backup:restore', { dataBase64: Buffer.from('geen zip').toString('base64'), targetDir: fresh });
    expect(notBackup.issues?.[0]?.code).toBe('not_backup');
    expect(existsSync(fresh)).toBe(false);
    await mkdir(fresh);
    // Through the app's own channels: make, then restore into the empty folder.
    const zip = await call(app, 'backup:make');
    expect(zip.fileName).toMatch(/^masternetwerk-reservekopie-\d{4}-\d{2}-\d{2}\.zip$/);
    expect((await call(app, 'backup:restore', { dataBase64: zip.dataBase64, targetDir: fresh })).dataDir).toBe(fresh);
    await app.close();
  });
});
