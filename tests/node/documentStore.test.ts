import { mkdtemp, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentStore } from '../../main/core/store/documentStore';
import { countFsyncs } from './helpers/fsyncs';

const dirs: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mnw-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const rec = (id: string, value: number) => ({ id, value });

describe('DocumentStore', () => {
  it('keeps committed records across a reopen, with and without compaction', async () => {
    const dir = await tempDir();
    const store = await DocumentStore.open(dir, { shardCount: 8 });
    await store.put('members', rec('a', 1));
    await store.commit([
      { kind: 'put', collection: 'members', record: rec('b', 2) },
      { kind: 'put', collection: 'plgs', record: rec('c', 3) },
    ]);
    await store.put('members', rec('a', 4));
    await store.close();

    const reopened = await DocumentStore.open(dir, { shardCount: 8 });
    expect(reopened.get('members', 'a')).toEqual(rec('a', 4));
    expect(reopened.all('members')).toHaveLength(2);
    expect(reopened.get('plgs', 'c')).toEqual(rec('c', 3));
    expect(reopened.recoveries).toEqual([]);
    await reopened.close();
  });

  it('replays the journal when the process ended without compaction', async () => {
    const dir = await tempDir();
    const store = await DocumentStore.open(dir, { shardCount: 8 });
    for (let i = 0; i < 20; i++) await store.put('members', rec(`m${i}`, i));
    // no close(): as after a crash
    const reopened = await DocumentStore.open(dir, { shardCount: 8 });
    expect(reopened.count('members')).toBe(20);
    await reopened.close();
  });

  it('ignores a torn last journal line and keeps the rest', async () => {
    const dir = await tempDir();
    const store = await DocumentStore.open(dir, { shardCount: 8 });
    await store.put('members', rec('a', 1));
    await store.put('members', rec('b', 2));
    const journal = (await readdir(dir)).find((f) => f.startsWith('journal-'))!;
    const file = path.join(dir, journal);
    const { size } = await import('node:fs').then((fs) => fs.statSync(file));
    await truncate(file, size - 5);
    const reopened = await DocumentStore.open(dir, { shardCount: 8 });
    expect(reopened.get('members', 'a')).toEqual(rec('a', 1));
    expect(reopened.get('members', 'b')).toBeUndefined();
    await reopened.put('members', rec('c', 3));
    await reopened.close();
    const again = await DocumentStore.open(dir, { shardCount: 8 });
    expect(again.get('members', 'c')).toEqual(rec('c', 3));
    await again.close();
  });

  it.each([
    ['empty', ''],
    ['NUL-filled', '\0'.repeat(512)],
    ['truncated', '{"format":1,"shard":'],
  ])('restores an %s shard file from its newest good backup and says so', async (_label, content) => {
    const dir = await tempDir();
    const store = await DocumentStore.open(dir, { shardCount: 1 });
    await store.put('members', rec('a', 1));
    await store.compact();
    await store.put('members', rec('a', 2));
    await store.close(); // shard now holds a=2, its .bak1 holds a=1

    await writeFile(path.join(dir, 'shard-000.json'), content);
    const reopened = await DocumentStore.open(dir, { shardCount: 1 });
    expect(reopened.recoveries).toHaveLength(1);
    expect(reopened.recoveries[0]!.restoredFrom).toBe('shard-000.json.bak1');
    // The kept journals bring the restored backup up to date.
    expect(reopened.recoveries[0]!.complete).toBe(true);
    expect(reopened.get('members', 'a')).toEqual(rec('a', 2));
    await reopened.close();

    const healed = await DocumentStore.open(dir, { shardCount: 1 });
    expect(healed.recoveries).toEqual([]);
    expect(healed.get('members', 'a')).toEqual(rec('a', 2));
    await healed.close();
  });

  it('knows a restore is complete even after many restarts rotated the old journals away', async () => {
    const dir = await tempDir();
    let store = await DocumentStore.open(dir, { shardCount: 1 });
    await store.put('members', rec('a', 1));
    await store.compact();
    await store.put('members', rec('a', 2));
    await store.close();
    for (let i = 0; i < 5; i++) await (await DocumentStore.open(dir, { shardCount: 1 })).close();

    await writeFile(path.join(dir, 'shard-000.json'), '');
    store = await DocumentStore.open(dir, { shardCount: 1 });
    expect(store.recoveries).toEqual([expect.objectContaining({ restoredFrom: 'shard-000.json.bak1', complete: true })]);
    expect(store.get('members', 'a')).toEqual(rec('a', 2));
    await store.close();
  });

  it('compacts in the background once the journal is large, keeping every record', async () => {
    const dir = await tempDir();
    const store = await DocumentStore.open(dir, { shardCount: 4, compactAfterBytes: 2_000 });
    for (let i = 0; i < 200; i++) await store.put('members', rec(`m${i}`, i));
    await store.compact();
    const journals = (await readdir(dir)).filter((f) => f.startsWith('journal-'));
    expect(journals.length).toBeLessThanOrEqual(4);
    await store.close();
    const reopened = await DocumentStore.open(dir, { shardCount: 4 });
    expect(reopened.count('members')).toBe(200);
    expect(reopened.get('members', 'm199')).toEqual(rec('m199', 199));
    await reopened.close();
  });

  it('a run of commits not waited for shares one fsync at flush, and no snapshot is taken before it', async () => {
    const dir = await tempDir();
    const store = await DocumentStore.open(dir, { shardCount: 4, compactAfterBytes: 2_000 });
    const fsyncs = await countFsyncs(dir);
    try {
      for (let i = 0; i < 200; i++) await store.commit([{ kind: 'put', collection: 'members', record: rec(`m${i}`, i) }], { durable: false });
      expect(store.get('members', 'm199')).toEqual(rec('m199', 199));
      expect(fsyncs).not.toHaveBeenCalled();
      // Far past the size that starts a snapshot, yet none started: shards may only hold what the journal made durable.
      expect((await readdir(dir)).filter((f) => f.startsWith('journal-') || f.startsWith('shard-'))).toEqual(['journal-000001.jsonl']);
      await store.flush();
      expect(fsyncs).toHaveBeenCalledTimes(1);
      await store.compact();
      expect((await readdir(dir)).some((f) => f.startsWith('shard-'))).toBe(true);
    } finally {
      fsyncs.mockRestore();
    }
    await store.close();
    const reopened = await DocumentStore.open(dir, { shardCount: 4 });
    expect(reopened.count('members')).toBe(200);
    await reopened.close();
  });

  it('purges records for good', async () => {
    const dir = await tempDir();
    const store = await DocumentStore.open(dir, { shardCount: 2 });
    await store.put('members', rec('a', 1));
    await store.commit([{ kind: 'purge', collection: 'members', id: 'a' }]);
    await store.close();
    const reopened = await DocumentStore.open(dir, { shardCount: 2 });
    expect(reopened.get('members', 'a')).toBeUndefined();
    await reopened.close();
  });
});
