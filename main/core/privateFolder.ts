import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * A new folder only this user can enter: made by mkdtemp (mode 0700, a
 * random name it creates itself, so nothing another user planted in a shared
 * temporary folder — a symlink, a folder of theirs — can be in the way), and
 * checked after creation to be a real folder, owned by this user, closed to
 * others. Where the OS has no owner or mode bits (Windows) only the first
 * check applies; there the temporary folder is per user anyway.
 */
export async function makePrivateFolder(parent: string, prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(parent, prefix));
  const stat = await fs.lstat(dir);
  const uid = process.getuid?.();
  const isPrivate = stat.isDirectory() && (uid === undefined || (stat.uid === uid && (stat.mode & 0o077) === 0));
  if (!isPrivate) throw new Error(`The folder ${dir} is not private to this user.`);
  return dir;
}
