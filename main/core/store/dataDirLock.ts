import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'masternetwerk.lock';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(`The data directory ${dataDir} is in use by another Masternetwerk process (pid ${holderPid}).`);
  }
}

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

/**
 * Only one process may write a data directory. The lock file names the
 * holder's pid; a lock whose process is gone (after a crash or kill -9) is
 * stale and taken over. mtime-based locks (proper-lockfile) would refuse a
 * restart for seconds after a crash, which is exactly when users reopen.
 */
export async function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>> {
  const file = path.join(dataDir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(file, JSON.stringify(mine), { flag: 'wx' });
      return async () => {
        await fs.rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readLock(file);
    if (!holder && (await isYoung(file))) throw new DataDirLockedError(dataDir, 0); // being written right now
    if (holder && holder.host === mine.host && isAlive(holder.pid) && holder.pid !== process.pid) {
      throw new DataDirLockedError(dataDir, holder.pid);
    }
    await fs.rm(file, { force: true });
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}

async function readLock(file: string): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<LockInfo>;
    return typeof info.pid === 'number' && typeof info.host === 'string' ? (info as LockInfo) : null;
  } catch {
    return null; // a half-written lock file is stale
  }
}

async function isYoung(file: string): Promise<boolean> {
  const stat = await fs.stat(file).catch(() => null);
  return stat !== null && Date.now() - stat.mtimeMs < 2_000;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
