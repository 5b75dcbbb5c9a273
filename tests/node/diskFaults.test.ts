import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyMemberFields } from '../../shared/domain';
import { openApp } from '../../main/core/app';
import { dispatch } from '../../main/core/dispatch';
import { createHandlers } from '../../main/core/handlers';
import { DocumentStore } from '../../main/core/store/documentStore';
import { useTempDirs } from './helpers/tempDirs';

const tempDir = useTempDirs('mnw-faults-');
afterEach(() => vi.restoreAllMocks());

const errno = (code: string) => Object.assign(new Error(`${code}: simulated by the test`), { code });

/** The OS refuses the next write to any open file once, as a full disk does. */
async function failNextFileWrite(code: string) {
  const probe = await fs.promises.open(__filename, 'r');
  const FileHandle = Object.getPrototypeOf(probe) as { write: (...args: unknown[]) => Promise<unknown> };
  await probe.close();
  const original = FileHandle.write;
  return vi.spyOn(FileHandle, 'write').mockImplementationOnce(async function (this: unknown, ...args: unknown[]) {
    // Half a line reaches the disk before the failure, as in real life.
    const [buffer] = args as [Buffer];
    await original.call(this, buffer.subarray(0, Math.floor(buffer.length / 2)));
    throw errno(code);
  });
}

describe('disk faults', () => {
  it('disk full during a save: the user is told, earlier data stays, the next save succeeds', async () => {
    const dataDir = await tempDir();
    const app = await openApp({ dataDir });
    const handlers = createHandlers(app);
    const fields = { ...emptyMemberFields(), name: 'Ümit Ünal', institution: 'ROC Rijnland Vakcollege' };
    const first = await dispatch(handlers, 'members:save', { fields });
    expect(first.ok).toBe(true);

    await failNextFileWrite('ENOSPC');
    const failed = await dispatch(handlers, 'members:save', { fields: { ...fields, name: 'Niet Opgeslagen' } });
    expect(failed).toMatchObject({ ok: false, error: { code: 'storage_full' } });
    expect(app.repos.members.list().map((m) => m.name)).toEqual(['Ümit Ünal']);

    const next = await dispatch(handlers, 'members:save', { fields: { ...fields, name: 'Wel Opgeslagen' } });
    expect(next.ok).toBe(true);

    // Reopen without closing, as after a crash: only the journal can bring the last save back.
    const reopened = await openApp({ dataDir });
    expect(reopened.repos.members.list().map((m) => m.name).sort()).toEqual(['Wel Opgeslagen', 'Ümit Ünal']);
    expect(reopened.store.recoveries).toEqual([]);
    await reopened.close();
    await app.store.close().catch(() => undefined);
  });

  it.each(['EPERM', 'EBUSY'])('a snapshot rename refused with %s (antivirus) loses nothing and is retried', async (code) => {
    const dir = await tempDir();
    const store = await DocumentStore.open(dir, { shardCount: 4 });
    await store.put('members', { id: 'a', value: 1 });
    const rename = vi.spyOn(fs, 'rename').mockImplementationOnce(((_from: string, _to: string, callback: (e: Error) => void) => callback(errno(code))) as never);
    await expect(store.compact()).rejects.toMatchObject({ code });
    expect(store.compactionError).toMatchObject({ code });
    rename.mockRestore();
    await store.put('members', { id: 'b', value: 2 });
    await store.compact();
    expect(store.compactionError).toBeNull();
    await store.close();

    const reopened = await DocumentStore.open(dir, { shardCount: 4 });
    expect(reopened.get('members', 'a')).toEqual({ id: 'a', value: 1 });
    expect(reopened.get('members', 'b')).toEqual({ id: 'b', value: 2 });
    expect(reopened.recoveries).toEqual([]);
    await reopened.close();
  });
});
