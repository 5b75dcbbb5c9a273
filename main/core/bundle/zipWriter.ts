import { randomBytes } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** False stores the bytes as they are (deflate by default). */
  compress?: boolean;
}

/**
 * Writes a zip next to `outFile` and renames it into place, so a reader never
 * sees half a bundle. `check` sees the finished file first; when it throws,
 * nothing is left behind.
 */
export async function writeZip(outFile: string, entries: readonly ZipEntry[], mtime: Date, check?: (file: string) => Promise<void>): Promise<number> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) zip.addBuffer(entry.data, entry.name, { mtime, mode: 0o100644, compress: entry.compress ?? true });
  zip.end();
  const temp = `${outFile}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await pipeline(zip.outputStream, createWriteStream(temp));
    const handle = await fs.open(temp, 'r+');
    await handle.sync().finally(() => handle.close());
    await check?.(temp);
    await fs.rename(temp, outFile);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  return (await fs.stat(outFile)).size;
}
