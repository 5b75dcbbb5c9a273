import { promises as fs } from 'node:fs';
import path from 'node:path';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { AppContext } from './app';
import { writeZip, type ZipEntry } from './bundle/zipWriter';
import { ServiceError } from './dispatch';

/**
 * A backup is the data directory as one zip, taken at the store's consistent
 * point (no commit or snapshot half-way), and restored only into a new,
 * empty directory: never over the data the app has open, so a wrong file can
 * not destroy anything. The lock file, temporary files and the search index
 * cache are left out.
 */

// The search index under cache/ is rebuilt from the records and is no data of its own.
const SKIP = /(^|\/)(masternetwerk\.lock|.*\.tmp)$|^cache\//;
/** Restoring refuses archives far beyond any real data directory (zip bombs). */
const MAX_RESTORE_BYTES = 4 * 1024 ** 3;
const MAX_ENTRIES = 100_000;

async function filesUnder(root: string, dir = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await filesUnder(root, rel)));
    else if (entry.isFile() && !SKIP.test(rel)) out.push(rel);
  }
  return out.sort();
}

export interface BackupResult {
  file: string;
  files: number;
  bytes: number;
}

/** Writes the zip to `outFile` (written next to it and renamed into place). */
export async function makeBackup(app: AppContext, outFile: string, now = new Date()): Promise<BackupResult> {
  const target = path.resolve(outFile);
  if (target.startsWith(path.resolve(app.dataDir) + path.sep)) {
    throw new ServiceError('invalid_input', 'A backup cannot be written inside the data directory it copies.', [{ path: 'out', code: 'inside_data_dir', message: target }]);
  }
  const entries = await app.store.atConsistentPoint(async () => {
    const names = await filesUnder(app.dataDir);
    const read: ZipEntry[] = [];
    for (const name of names) read.push({ name, data: await fs.readFile(path.join(app.dataDir, name)) });
    return read;
  });
  const bytes = await writeZip(target, entries, now);
  return { file: target, files: entries.length, bytes };
}

/** A file name for today's backup: `masternetwerk-reservekopie-2026-11-30.zip`. */
export const backupFileName = (now = new Date()) => `masternetwerk-reservekopie-${now.toISOString().slice(0, 10)}.zip`;

const safeName = (name: string) => name !== '' && !name.startsWith('/') && !name.includes('\\') && !name.split('/').some((part) => part === '..' || part === '' || part === '.') && !/^[a-z]:/i.test(name);

/**
 * Unpacks a backup into `targetDir`, which must be new or empty and must not
 * be the data directory in use. A file that is not a Masternetwerk backup
 * (no install.json, no journal or shard) is refused and nothing stays behind.
 */
export async function restoreBackup(zipFile: string, targetDir: string, currentDataDir: string | null): Promise<{ dataDir: string; files: number }> {
  const target = path.resolve(targetDir);
  if (currentDataDir && path.resolve(currentDataDir) === target) {
    throw new ServiceError('invalid_input', 'A backup is never restored over the data directory in use; choose a new folder.', [{ path: 'targetDir', code: 'current_data_dir', message: target }]);
  }
  const existing = await fs.readdir(target).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
  if (existing.length > 0) {
    throw new ServiceError('invalid_input', `${target} is not empty; a backup is restored into a new, empty folder.`, [{ path: 'targetDir', code: 'not_empty', message: target }]);
  }
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(zipFile, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch (error) {
    throw new ServiceError('invalid_input', `The file is not a zip archive: ${(error as Error).message}`, [{ path: 'file', code: 'not_backup', message: 'not a zip' }]);
  }
  const created = existing.length === 0;
  try {
    const entries: Entry[] = [];
    let total = 0;
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: Entry) => {
        entries.push(entry);
        total += entry.uncompressedSize;
        zip.readEntry();
      });
      zip.on('end', resolve);
      zip.on('error', reject);
      zip.readEntry();
    });
    const names = entries.map((e) => e.fileName);
    const isBackup = names.includes('install.json') && names.some((n) => /^(journal-\d+\.jsonl|shard-\d+\.json)$/.test(n));
    if (!isBackup || entries.length > MAX_ENTRIES || total > MAX_RESTORE_BYTES || !names.every((n) => n.endsWith('/') || safeName(n))) {
      throw new ServiceError('invalid_input', 'This file is not a Masternetwerk backup (made with "Reservekopie maken").', [{ path: 'file', code: 'not_backup', message: 'not a backup' }]);
    }
    await fs.mkdir(target, { recursive: true });
    let files = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const out = path.join(target, entry.fileName);
      await fs.mkdir(path.dirname(out), { recursive: true });
      const stream = await zip.openReadStreamPromise(entry);
      await fs.writeFile(out, stream);
      files++;
    }
    return { dataDir: target, files };
  } catch (error) {
    // Nothing half-restored stays behind.
    if (created) await fs.rm(target, { recursive: true, force: true });
    throw error;
  } finally {
    zip.close();
  }
}
