import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AnyRecord, CollectionName, RecordOf } from '../../../shared/domain';

/** Research attachments live in the data directory by content: `attachments/<sha256>`. */
export const attachmentPath = (dataDir: string, sha256: string) => path.join(dataDir, 'attachments', sha256);

export const sha256Of = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The attachment hashes live records refer to. */
export function referencedAttachments(collection: CollectionName, records: readonly AnyRecord[]): string[] {
  if (collection !== 'research') return [];
  return (records as RecordOf<'research'>[]).filter((r) => !r.deleted).flatMap((r) => r.attachments.map((a) => a.sha256));
}

/** The stored attachment, or null when missing or no longer matching its hash. */
export async function readAttachment(dataDir: string, sha256: string): Promise<Buffer | null> {
  const data = await fs.readFile(attachmentPath(dataDir, sha256)).catch(() => null);
  return data && sha256Of(data) === sha256 ? data : null;
}

export async function hasAttachment(dataDir: string, sha256: string): Promise<boolean> {
  return fs.access(attachmentPath(dataDir, sha256)).then(
    () => true,
    () => false,
  );
}

/** Writes one attachment atomically (temporary file, then rename). */
export async function writeAttachment(dataDir: string, sha256: string, data: Buffer): Promise<void> {
  const file = attachmentPath(dataDir, sha256);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  await fs.writeFile(temp, data, { flush: true });
  await fs.rename(temp, file);
}

export async function removeAttachment(dataDir: string, sha256: string): Promise<void> {
  await fs.rm(attachmentPath(dataDir, sha256), { force: true });
}
