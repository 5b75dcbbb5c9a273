import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../main/core/app';
import type { Platform } from '../../main/core/platform';
import { useTempDirs } from './helpers/tempDirs';
import { addMember, base64, call, pdfBytes, researchFields } from './researchFixtures';

const tempDir = useTempDirs('mnw-open-');
const tmpdirBefore = process.env.TMPDIR;
afterEach(() => {
  if (tmpdirBefore === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = tmpdirBefore;
});

describe('opening an attachment', () => {
  it('copies it into a fresh private folder, never through a symlink planted in the temp folder', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const me = await addMember(app, 'Kees de Vries');
    const bytes = pdfBytes(300);
    const pdf = await call(app, 'attachments:add', { name: 'Rapport.pdf', dataBase64: base64(bytes) });
    const result = await call(app, 'research:save', { fields: researchFields([me.id], { attachments: [pdf] }) });

    // Another user of the machine plants links where the copies used to go, a fixed path under the temp folder.
    const temp = await tempDir();
    const attacker = await tempDir();
    process.env.TMPDIR = temp;
    await fs.symlink(attacker, path.join(temp, 'masternetwerk-bijlagen'));
    await fs.mkdir(path.join(attacker, pdf.sha256.slice(0, 16)));
    await fs.symlink(path.join(attacker, 'gestolen.pdf'), path.join(attacker, pdf.sha256.slice(0, 16), 'Rapport.pdf'));

    const opened: string[] = [];
    const platform: Platform = { openExternal: async () => false, openPath: async (file) => (opened.push(file), true) };
    expect(await call(app, 'attachments:open', { researchId: result.id, sha256: pdf.sha256 }, platform)).toEqual({ opened: true });
    expect(await call(app, 'attachments:open', { researchId: result.id, sha256: pdf.sha256 }, platform)).toEqual({ opened: true });

    expect(await fs.readdir(attacker, { recursive: true })).toEqual([pdf.sha256.slice(0, 16), path.join(pdf.sha256.slice(0, 16), 'Rapport.pdf')]);
    await expect(fs.stat(path.join(attacker, 'gestolen.pdf'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(opened).toHaveLength(2);
    expect(opened[0]).not.toBe(opened[1]);
    for (const file of opened) {
      expect(path.basename(file)).toBe('Rapport.pdf');
      expect(await fs.readFile(file)).toEqual(bytes);
      expect((await fs.realpath(file)).startsWith(`${await fs.realpath(temp)}${path.sep}`)).toBe(true);
      const fileStat = await fs.lstat(file);
      expect(fileStat.isFile()).toBe(true);
      expect(fileStat.mode & 0o777).toBe(0o600);
      // Every folder between the temp folder and the file is a real folder only this user can enter.
      for (let dir = path.dirname(file); dir !== temp; dir = path.dirname(dir)) {
        const dirStat = await fs.lstat(dir);
        expect(dirStat.isDirectory() && !dirStat.isSymbolicLink()).toBe(true);
        expect(dirStat.mode & 0o777).toBe(0o700);
        expect(dirStat.uid).toBe(process.getuid!());
      }
    }
    await app.close();
  });
});
