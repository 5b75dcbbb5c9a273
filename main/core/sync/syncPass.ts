import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SyncErrorCode, SyncProblem, SyncProgress, SyncReport } from '../../../shared/sync';
import type { AppContext } from '../app';
import type { KeyVault } from '../bundle';
import { readOthers, type ReadTally } from './readSegments';
import { readWriter, saveSync } from './state';
import { checkOwnFolder, writeSegment } from './writeSegment';

export interface PassOptions {
  vault?: KeyVault;
  /** Read only (paused writing is not a thing: a pause stops the whole pass). */
  write?: boolean;
  recordsPerSegment?: number;
  /** Told after each other install's folder is read. */
  onProgress?: (progress: SyncProgress) => void;
}

export interface PassResult extends SyncReport {
  waiting: number;
  installs: number;
}

const MESSAGES: Record<SyncErrorCode, string> = {
  folder_missing: 'The shared folder cannot be reached (offline, or the drive is not connected); nothing was synced.',
  folder_readonly: 'The shared folder is read-only here: changes were not written (they stay on this computer and go with the next sync).',
  disk_full: 'The shared folder is full: changes were not written (they stay on this computer and go with the next sync).',
  write_failed: 'Writing to the shared folder failed: changes stay on this computer and go with the next sync.',
  duplicate_install: 'Another install writes under this install id (a copied data directory). Give this install a new id before it writes again.',
};

export const problem = (code: SyncErrorCode, detail?: string): SyncProblem => ({ code, message: detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code] });

function writeProblem(error: unknown): SyncProblem {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return problem('folder_readonly', code);
  if (code === 'ENOSPC' || code === 'EDQUOT') return problem('disk_full', code);
  if (code === 'ENOENT') return problem('folder_missing');
  return problem('write_failed', error instanceof Error ? error.message : String(error));
}

/**
 * One sync pass over the shared folder: check our own folder for a second
 * writer, write our changes as the next segment, then read everyone else's.
 * Every failure is reported in the result; local data is never at stake
 * (a failed write leaves the changes to go with the next segment).
 */
export async function syncPass(app: AppContext, folder: string, options: PassOptions = {}): Promise<PassResult> {
  const result: PassResult = { written: 0, read: 0, applied: 0, suggestions: 0, conflicts: 0, skipped: [], error: null, waiting: 0, installs: 0 };
  const stat = await fs.stat(folder).catch(() => null);
  if (!stat?.isDirectory()) return { ...result, error: problem('folder_missing') };

  let writer = readWriter(app);
  if (!writer.duplicate) {
    const own = await checkOwnFolder(path.join(folder, app.install.installId), writer, app.install.installId, app.records.now()).catch(() => ({ duplicate: false, lost: false }));
    if (own.duplicate) {
      writer = { ...writer, duplicate: true };
      await saveSync(app, writer);
    } else if (options.write !== false) {
      try {
        result.written += await writeSegment(app, folder, { vault: options.vault, snapshot: own.lost, recordsPerSegment: options.recordsPerSegment });
      } catch (error) {
        result.error = writeProblem(error);
      }
    }
  }
  if (writer.duplicate) result.error = problem('duplicate_install', app.install.installId);

  let tally: ReadTally;
  try {
    tally = await readOthers(app, folder, options.onProgress);
  } catch (error) {
    // The folder went away between the checks (an unmounted drive): report, keep what was applied.
    return { ...result, error: result.error ?? problem('folder_missing', (error as NodeJS.ErrnoException).code) };
  }
  const { read, applied, suggestions, conflicts, skipped, waiting, installs } = tally;
  return { ...result, read, applied, suggestions, conflicts, skipped, waiting, installs };
}
