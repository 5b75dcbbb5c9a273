import { z } from 'zod';
import { IsoDateTime } from './domain';
import { InstallId } from './ids';

/**
 * What the shared-folder sync (docs/sync.md) tells its callers: the report of
 * one pass (the CLI's `sync --json`), and the status the settings page shows.
 * Problems travel as codes; the UI maps them to Dutch, the CLI to English.
 */

export const SYNC_SKIP_CODES = [
  /** Not a file or folder this app writes (a note, a stray document). */
  'foreign_file',
  /** A copy the sync service made of a segment (`name (1).mnw`, `.sync-conflict-…`). */
  'conflict_copy',
  /** The file could not be read as a bundle: still arriving, damaged or hostile. Tried again later. */
  'unreadable',
  /** Changes dated more than ten minutes ahead of this computer's clock (BUNDLE_LIMITS.futureStampMs). Tried again later. */
  'in_future',
  /** A segment that says it comes from another install than the folder it is in, or another sequence number. */
  'wrong_place',
  /** Not signed, or signed with another key than this install's earlier segments. */
  'bad_key',
  /** A segment that does not continue the one before it: two installs write under one id. */
  'chain_broken',
  /**
   * Signed by an install this one never saw, for a colleague whose key is confirmed from another
   * install: most likely their second computer, possibly someone posing as them. Waits until the
   * user compares the fingerprint with the colleague and confirms it (`sync:confirmKey`).
   */
  'new_key',
] as const;
export const SyncSkipCode = z.enum(SYNC_SKIP_CODES);
export type SyncSkipCode = z.infer<typeof SyncSkipCode>;

/** For `new_key`: the install asking to be trusted, the colleague it says it belongs to, and its key's fingerprint. */
export const NewKey = z.object({ installId: InstallId, memberId: z.string().nullable(), name: z.string(), fingerprint: z.string() });
export type NewKey = z.infer<typeof NewKey>;

export const SyncSkip = z.object({ file: z.string(), code: SyncSkipCode, reason: z.string(), newKey: NewKey.optional() });
export type SyncSkip = z.infer<typeof SyncSkip>;

export const SYNC_ERROR_CODES = [
  'folder_missing',
  'folder_readonly',
  'disk_full',
  'write_failed',
  /** Another install writes under this install's id (a copied data directory): writing stops. */
  'duplicate_install',
] as const;
export const SyncErrorCode = z.enum(SYNC_ERROR_CODES);
export type SyncErrorCode = z.infer<typeof SyncErrorCode>;

export const SyncProblem = z.object({ code: SyncErrorCode, message: z.string() });
export type SyncProblem = z.infer<typeof SyncProblem>;

/** One pass: segments written and read, what they changed, what was skipped and why. */
export const SyncReport = z.object({
  /** Segments this install wrote. */
  written: z.number(),
  /** Other installs' segments read and checked. */
  read: z.number(),
  /** Of those, the segments that changed something here. */
  applied: z.number(),
  /** Changes by non-owners that became suggestions (from the import summary). */
  suggestions: z.number(),
  /** New conflicts, to pick from as after a hand import. */
  conflicts: z.number(),
  skipped: z.array(SyncSkip),
  /** A problem that stopped part of the pass (the folder is gone, read-only, full, or shared by a copied install). */
  error: SyncProblem.nullable(),
});
export type SyncReport = z.infer<typeof SyncReport>;

/** A pass that is running: how many of the other installs' folders it has read so far (a newcomer's first pass takes seconds). */
export const SyncProgress = z.object({ installsRead: z.number().int().min(0), installs: z.number().int().min(0) });
export type SyncProgress = z.infer<typeof SyncProgress>;

export const SyncStatus = z.object({
  folder: z.string().nullable(),
  paused: z.boolean(),
  installId: InstallId,
  /** Whether this install's watcher runs (the app), as opposed to a stored setting only. */
  watching: z.boolean(),
  lastSyncAt: IsoDateTime.nullable(),
  /** Segments of other installs in the folder not applied yet. */
  waiting: z.number(),
  /** Segments this install wrote so far. */
  ownSegments: z.number(),
  /** Other installs seen in the folder. */
  installs: z.number(),
  error: SyncProblem.nullable(),
  /** Files skipped, each listed once until it changes. */
  skipped: z.array(SyncSkip),
  /** Set while a pass runs. */
  progress: SyncProgress.nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;
