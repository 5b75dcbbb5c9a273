import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { InstallId } from '../../shared/ids';

const InstallFile = z.object({ installId: InstallId, createdAt: z.string() });
export type Install = z.infer<typeof InstallFile>;

/** The identity of this copy of the app; created once per data directory. */
export async function loadOrCreateInstall(dataDir: string, readOnly = false): Promise<Install> {
  const file = path.join(dataDir, 'install.json');
  try {
    return InstallFile.parse(JSON.parse(await fs.readFile(file, 'utf8')));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (!missing && !readOnly) {
      // Keep the damaged file for inspection; a new identity is safe (records keep their own origin).
      await fs.rename(file, `${file}.damaged-${Date.now()}`).catch(() => undefined);
    }
  }
  const install: Install = { installId: randomBytes(8).toString('hex'), createdAt: new Date().toISOString() };
  if (!readOnly) await writeInstall(dataDir, install);
  return install;
}

async function writeInstall(dataDir: string, install: Install): Promise<void> {
  await writeFileAtomic(path.join(dataDir, 'install.json'), JSON.stringify(install, null, 2), { fsync: true });
}

/** A new identity for this data directory (it was copied from another install's). */
export async function renewInstall(dataDir: string): Promise<Install> {
  const install: Install = { installId: randomBytes(8).toString('hex'), createdAt: new Date().toISOString() };
  await writeInstall(dataDir, install);
  return install;
}
