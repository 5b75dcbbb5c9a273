import { promises as fs } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Adapter } from 'lowdb';

export const BACKUP_COUNT = 3;

export const backupPath = (file: string, n: number) => `${file}.bak${n}`;

/**
 * A lowdb adapter whose writes survive a crash at any moment: the new content
 * goes to a uniquely named temporary file, is fsynced and renamed over the
 * old one (write-file-atomic). Before that, the previous good file is kept as
 * `.bak1` (older ones shift to `.bak2`, `.bak3`), so a file damaged later —
 * by a disk, a sync tool or a person — can be restored.
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly isValid: (data: unknown) => data is T,
  ) {}

  /** The parsed file, or null when it is missing. Throws when it is unreadable or invalid. */
  async read(): Promise<T | null> {
    return readValidJson(this.file, this.isValid);
  }

  async write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    await this.rotateBackups();
    await writeFileAtomic(this.file, text, { fsync: true });
    await fsyncDirectory(path.dirname(this.file));
  }

  /** The newest backup that parses and validates, with its modification time. */
  async readNewestGoodBackup(): Promise<{ data: T; backup: string; savedAt: Date } | null> {
    for (let n = 1; n <= BACKUP_COUNT; n++) {
      const backup = backupPath(this.file, n);
      try {
        const data = await readValidJson(backup, this.isValid);
        if (data !== null) return { data, backup, savedAt: (await fs.stat(backup)).mtime };
      } catch {
        // a damaged backup: try the next older one
      }
    }
    return null;
  }

  private async rotateBackups(): Promise<void> {
    if (!(await exists(this.file))) return;
    for (let n = BACKUP_COUNT - 1; n >= 1; n--) {
      await fs.rename(backupPath(this.file, n), backupPath(this.file, n + 1)).catch(ignoreMissing);
    }
    // A hard link keeps the current file in place while it becomes .bak1.
    await fs.link(this.file, backupPath(this.file, 1)).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') {
        await fs.rm(backupPath(this.file, 1));
        await fs.link(this.file, backupPath(this.file, 1));
      } else {
        await fs.copyFile(this.file, backupPath(this.file, 1));
      }
    });
  }
}

export class DamagedFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${path.basename(file)} is damaged: ${reason}`);
  }
}

async function readValidJson<T>(file: string, isValid: (data: unknown) => data is T): Promise<T | null> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (text.trim() === '') throw new DamagedFileError(file, 'empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new DamagedFileError(file, 'not valid JSON (truncated or overwritten)');
  }
  if (!isValid(data)) throw new DamagedFileError(file, 'unexpected structure');
  return data;
}

export async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error;
}

export async function fsyncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; rename is durable enough there.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
