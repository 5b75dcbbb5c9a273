import { open, rm } from 'node:fs/promises';
import path from 'node:path';
import { vi } from 'vitest';

/** Counts the fsyncs of every open file from now on (FileHandle.prototype.sync): what waiting for the disk costs. Call mockRestore() after. */
export async function countFsyncs(scratchDir: string) {
  const file = path.join(scratchDir, '.fsync-probe');
  const probe = await open(file, 'w');
  const prototype = Object.getPrototypeOf(probe) as { sync: () => Promise<void> };
  await probe.close();
  await rm(file);
  return vi.spyOn(prototype, 'sync');
}
