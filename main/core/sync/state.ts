import { z } from 'zod';
import { Hlc } from '../../../shared/hlc';
import { InstallId } from '../../../shared/ids';
import type { AppContext } from '../app';
import type { StoredRecord } from '../store/documentStore';
import type { StoreOp } from '../store/journal';

/**
 * What the sync keeps in the local store (collection `sync`, never exported):
 * the folder and pause setting, this install's own stream, and a cursor per
 * other install. All of it in the store, so the CLI and the app agree.
 */
export const SYNC_COLLECTION = 'sync';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const SyncSettings = z.object({ id: z.literal('settings'), folder: z.string().nullable(), paused: z.boolean() });
export type SyncSettings = z.infer<typeof SyncSettings>;

/** This install's own stream in the folder. */
export const WriterState = z.object({
  id: z.literal('writer'),
  /** The last segment written (0: none yet) and its file's SHA-256. */
  seq: z.number().int().min(0),
  hash: Sha256.nullable(),
  /** The newest own stamp already carried by a segment: later ones go in the next. */
  watermark: z.union([Hlc, z.literal('')]),
  lastSnapshotSeq: z.number().int().min(0),
  previousSnapshotSeq: z.number().int().min(0),
  /** Ids this data directory wrote under before it was given a new one: its stamps still count as its own. */
  formerIds: z.array(InstallId),
  /** Set when another install writes under this id; cleared by giving this install a new id. */
  duplicate: z.boolean(),
});
export type WriterState = z.infer<typeof WriterState>;

/** How far another install's stream has been applied here. */
export const Cursor = z.object({
  id: z.string().startsWith('cursor:'),
  seq: z.number().int().min(0),
  hash: Sha256.nullable(),
  /** The key its first segment was signed with: later segments must use the same. */
  fingerprint: z.string().nullable(),
});
export type Cursor = z.infer<typeof Cursor>;

function read<T>(app: AppContext, schema: z.ZodType<T>, id: string): T | null {
  const parsed = schema.safeParse(app.store.get(SYNC_COLLECTION, id));
  return parsed.success ? parsed.data : null;
}

export const readSettings = (app: AppContext): SyncSettings => read(app, SyncSettings, 'settings') ?? { id: 'settings', folder: null, paused: false };

export const readWriter = (app: AppContext): WriterState =>
  read(app, WriterState, 'writer') ?? {
    id: 'writer',
    seq: 0,
    hash: null,
    watermark: '',
    lastSnapshotSeq: 0,
    previousSnapshotSeq: 0,
    formerIds: [],
    duplicate: false,
  };

export const cursorId = (installId: string) => `cursor:${installId}`;

export const readCursor = (app: AppContext, installId: string): Cursor =>
  read(app, Cursor, cursorId(installId)) ?? { id: cursorId(installId), seq: 0, hash: null, fingerprint: null };

export const syncPut = (record: SyncSettings | WriterState | Cursor): StoreOp => ({ kind: 'put', collection: SYNC_COLLECTION, record: record as unknown as StoredRecord });

export async function saveSync(app: AppContext, ...records: (SyncSettings | WriterState | Cursor)[]): Promise<void> {
  await app.store.commit(records.map(syncPut));
}
