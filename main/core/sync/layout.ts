/**
 * The shared folder's layout (docs/sync.md): one folder per install, named by
 * its install id, holding numbered segments. Everything else is someone
 * else's: a sync service's conflict copy, its own bookkeeping, a stray file.
 */

export const INSTALL_DIR = /^[0-9a-f]{16}$/;
const SEGMENT = /^(\d{8})(\.snap)?\.mnw$/;
/** Our own half-written files: a temporary name until the rename. */
export const TEMP_PREFIX = '.part-';
/**
 * What sync services make of a file two computers changed: Dropbox/OneDrive
 * `name (1).mnw` or `name (PC's conflicted copy).mnw`, OneDrive `name-PC-naam.mnw`,
 * Syncthing `name.sync-conflict-20260314-153000-ABCDEFG.mnw`, Nextcloud `name (conflicted copy …).mnw`.
 */
const CONFLICT_COPY = /^\d{8}(\.snap)?(\.sync-conflict-.*|[ _-].+)\.mnw$/i;

export type EntryKind =
  | { kind: 'segment'; seq: number; snapshot: boolean }
  | { kind: 'conflict_copy' }
  | { kind: 'temp' }
  /** Sync services' own hidden files (`.stfolder`, `.syncthing.x.tmp`, `~$…`, `.DS_Store`): not ours to report. */
  | { kind: 'service' }
  | { kind: 'foreign' };

export function segmentName(seq: number, snapshot: boolean): string {
  return `${String(seq).padStart(8, '0')}${snapshot ? '.snap' : ''}.mnw`;
}

export function classifyEntry(name: string): EntryKind {
  const match = SEGMENT.exec(name);
  if (match) return { kind: 'segment', seq: Number(match[1]), snapshot: match[2] !== undefined };
  if (name.startsWith(TEMP_PREFIX)) return { kind: 'temp' };
  if (CONFLICT_COPY.test(name)) return { kind: 'conflict_copy' };
  if (name.startsWith('.') || name.startsWith('~') || name === 'desktop.ini' || name === 'Thumbs.db') return { kind: 'service' };
  return { kind: 'foreign' };
}

/** The segment a conflict copy was made of: `00000007.snap (1).mnw` → `00000007.snap.mnw`. */
export function originalOf(conflictCopy: string): string | null {
  const match = /^\d{8}(\.snap)?/.exec(conflictCopy);
  return match ? `${match[0]}.mnw` : null;
}

/** Folder names in the shared folder's top level that belong to sync services, not to anyone to warn about. */
export function isServiceName(name: string): boolean {
  return classifyEntry(name).kind === 'service';
}
