import { createHash } from 'node:crypto';
import { copyFile, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { emptyMemberFields, MemberFields } from '../../shared/domain';
import { openApp, type AppContext } from '../../main/core/app';
import { dispatch } from '../../main/core/dispatch';
import { createHandlers } from '../../main/core/handlers';
import { indexFile } from '../../main/core/search/persist';
import { LABELLED } from './helpers/searchRelevance';
import { useTempDirs } from './helpers/tempDirs';

const tempDir = useTempDirs('mnw-search-persist-');

const queries = [...LABELLED.map((l) => l.query), 'formatif', 'onderwijso', 'type:vraag stage', 'intervisie instelling:rijn'];
const answers = (app: AppContext) => queries.map((text) => app.search.search({ text, limit: 20 }));

/**
 * A demo network whose index is on disk, with the answers of an index built
 * from scratch on the same store (built at a start, so records are read in
 * the order a start reads them: equal scores fall the same way).
 */
async function persistedNetwork() {
  const dataDir = await tempDir();
  const seeded = await openApp({ dataDir, demoOnFirstRun: true, demoMembers: 120 });
  await seeded.searchIndex.ready;
  await seeded.close();
  await rm(indexFile(dataDir));
  const app = await openApp({ dataDir });
  await app.searchIndex.ready;
  expect(app.searchIndex.origin()).toEqual({ restored: false, reason: 'no index file' });
  const fresh = answers(app);
  await app.close();
  return { dataDir, fresh };
}

/** The app opened again; `loaded` waits for the index first (it loads in the background). */
async function reopen(dataDir: string, loaded = true) {
  const app = await openApp({ dataDir });
  if (loaded) await app.searchIndex.ready;
  return { app, origin: app.searchIndex.origin() };
}

describe('the persisted search index', () => {
  it('is restored at the next start and answers exactly as a fresh build', async () => {
    const { dataDir, fresh } = await persistedNetwork();
    const { app, origin } = await reopen(dataDir);
    expect(origin).toEqual({ restored: true });
    expect(answers(app)).toEqual(fresh);
    // It keeps following the store after a restore (and a word planned before a change is planned anew).
    expect(app.search.search({ text: 'kwantum', limit: 5 })).toEqual([]);
    const added = await app.repos.members.create(MemberFields.parse({ ...emptyMemberFields(), name: 'Zoë Zeldenrijk', institution: 'ROC Rijnland Vakcollege', expertise: ['kwantumdidactiek'] }));
    expect(app.search.search({ text: 'kwantumdidactiek', limit: 5 }).map((r) => r.id)).toEqual([added.id]);
    expect(app.search.search({ text: 'kwantum', limit: 5 }).map((r) => r.id)).toEqual([added.id]);
    await app.close();
    const again = await reopen(dataDir);
    expect(again.origin).toEqual({ restored: true });
    expect(again.app.search.search({ text: 'kwantumdidactiek', limit: 5 }).map((r) => r.id)).toEqual([added.id]);
    await again.app.close();
  });

  it.each([
    ['truncated', async (file: string) => truncate(file, Math.floor((await stat(file)).size / 2)), /checksum/],
    [
      'with one byte flipped',
      async (file: string) => {
        const bytes = await readFile(file);
        const at = Math.floor(bytes.length * 0.6);
        bytes[at] = bytes[at]! ^ 0x01;
        await writeFile(file, bytes);
      },
      /checksum/,
    ],
    ['emptied', async (file: string) => writeFile(file, ''), /not a search index/],
  ])('is not trusted when %s: rebuilt in the background, answers unchanged, and rewritten', async (_name, damage, reason) => {
    const { dataDir, fresh } = await persistedNetwork();
    await damage(indexFile(dataDir));
    const { app } = await reopen(dataDir, false);
    // Every read waits for the index to be whole, even before the background rebuild is done.
    expect(answers(app)).toEqual(fresh);
    await app.searchIndex.ready;
    expect(app.searchIndex.origin()).toMatchObject({ restored: false, reason: expect.stringMatching(reason) });
    await app.close();
    const again = await reopen(dataDir);
    expect(again.origin).toEqual({ restored: true });
    await again.app.close();
  });

  it('is not waited for: the app opens and lists colleagues while the index loads, and a search waits for it', async () => {
    const { dataDir, fresh } = await persistedNetwork();
    for (const damaged of [false, true]) {
      if (damaged) await truncate(indexFile(dataDir), 100);
      const app = await openApp({ dataDir });
      const handlers = createHandlers(app);
      // Nothing has been read yet when the app is open: the first screen does not wait for it.
      expect(app.searchIndex.origin()).toBeNull();
      expect(await dispatch(handlers, 'search:status', undefined)).toEqual({ ok: true, value: { ready: false } });
      const page = await dispatch(handlers, 'members:list', { limit: 60 });
      expect(page).toMatchObject({ ok: true, value: { total: 120 } });
      expect(app.searchIndex.origin()).toBeNull();
      const [first] = queries;
      expect(await dispatch(handlers, 'search:query', { text: first!, limit: 20 })).toEqual({ ok: true, value: fresh[0] });
      expect(await dispatch(handlers, 'search:status', undefined)).toEqual({ ok: true, value: { ready: true } });
      expect(app.searchIndex.origin()).toEqual(damaged ? { restored: false, reason: expect.stringMatching(/checksum/) } : { restored: true });
      expect(answers(app)).toEqual(fresh);
      await app.close();
    }
  });

  it('is not trusted when its words are out of order, even when the file is whole', async () => {
    const { dataDir, fresh } = await persistedNetwork();
    const bytes = await readFile(indexFile(dataDir));
    const length = bytes.readUInt32LE(8);
    const header = JSON.parse(bytes.toString('utf8', 12, 12 + length)) as { terms: string[] };
    [header.terms[0], header.terms[1]] = [header.terms[1]!, header.terms[0]!];
    Buffer.from(JSON.stringify(header), 'utf8').copy(bytes, 12);
    createHash('sha256').update(bytes.subarray(0, bytes.length - 32)).digest().copy(bytes, bytes.length - 32);
    await writeFile(indexFile(dataDir), bytes);
    const { app } = await reopen(dataDir);
    expect(answers(app)).toEqual(fresh);
    expect(app.searchIndex.origin()).toMatchObject({ restored: false, reason: expect.stringMatching(/out of order/) });
    await app.close();
  });

  it('is not trusted when older than the store: the changes made since are found', async () => {
    const { dataDir } = await persistedNetwork();
    const kept = `${indexFile(dataDir)}.old`;
    await copyFile(indexFile(dataDir), kept);
    const { app } = await reopen(dataDir);
    const added = await app.repos.members.create(MemberFields.parse({ ...emptyMemberFields(), name: 'Zoë Zeldenrijk', institution: 'ROC Rijnland Vakcollege', expertise: ['kwantumdidactiek'] }));
    await app.close();
    // As after a crash: the store went on, the index on disk did not.
    await copyFile(kept, indexFile(dataDir));
    const { app: later } = await reopen(dataDir);
    expect(later.search.search({ text: 'kwantumdidactiek', limit: 5 }).map((r) => r.id)).toEqual([added.id]);
    expect(later.searchIndex.origin()).toMatchObject({ restored: false, reason: expect.stringMatching(/older than the store/) });
    await later.close();
  });

  it('is not trusted when its records are not the store\'s, even at the same commit number', async () => {
    const withOne = async (name: string) => {
      const dataDir = await tempDir();
      const app = await openApp({ dataDir });
      await app.repos.members.create(MemberFields.parse({ ...emptyMemberFields(), name, institution: 'ROC Rijnland Vakcollege' }));
      await app.close();
      return dataDir;
    };
    const ours = await withOne('Ümit Ünal');
    const theirs = await withOne('Jan van der Berg');
    await copyFile(indexFile(theirs), indexFile(ours));
    const { app } = await reopen(ours);
    expect(app.search.search({ text: 'unal', limit: 5 }).map((r) => r.title)).toEqual(['Ümit Ünal']);
    expect(app.search.search({ text: 'berg', limit: 5 })).toEqual([]);
    expect(app.searchIndex.origin()).toMatchObject({ restored: false, reason: expect.stringMatching(/changed since the index was written/) });
    await app.close();
  });

  it('is not read by another analyser (a new record type or changed word lists): the signature differs', async () => {
    const { dataDir, fresh } = await persistedNetwork();
    const bytes = await readFile(indexFile(dataDir));
    const headerEnd = 12 + bytes.readUInt32LE(8);
    const header = bytes.toString('latin1', 12, headerEnd);
    const signature = /"signature":"([0-9a-f]+)"/.exec(header)![1]!;
    const other = Buffer.from(header.replace(signature, `${signature.slice(0, -1)}${signature.endsWith('0') ? '1' : '0'}`), 'latin1');
    other.copy(bytes, 12);
    // A well-formed file, checksum and all: only the signature tells it apart.
    createHash('sha256').update(bytes.subarray(0, bytes.length - 32)).digest().copy(bytes, bytes.length - 32);
    await writeFile(indexFile(dataDir), bytes);
    const { app } = await reopen(dataDir);
    expect(answers(app)).toEqual(fresh);
    expect(app.searchIndex.origin()).toMatchObject({ restored: false, reason: expect.stringMatching(/another version of the search analyser/) });
    await app.close();
  });

  it('drops an erased profile from the file on disk at once, not only when the app closes', async () => {
    const dataDir = await tempDir();
    const app = await openApp({ dataDir });
    const zoe = await app.repos.members.create(MemberFields.parse({ ...emptyMemberFields(), name: 'Zoë Zeldenrijk', institution: 'ROC Rijnland Vakcollege', expertise: ['kwantumdidactiek'] }));
    await app.repos.members.create(MemberFields.parse({ ...emptyMemberFields(), name: 'Jan van der Berg', institution: 'ROC Rijnland Vakcollege' }));
    await app.searchIndex.persist();
    expect((await readFile(indexFile(dataDir))).includes('zeldenrijk')).toBe(true);
    await app.repos.members.remove(zoe.id);
    await vi.waitFor(async () => expect((await readFile(indexFile(dataDir))).includes('zeldenrijk')).toBe(false), { timeout: 10_000, interval: 50 });
    expect((await readFile(indexFile(dataDir))).includes('berg')).toBe(true);
    await app.close();
  });
});
