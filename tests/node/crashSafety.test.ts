import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../main/core/app';
import { DataDirLockedError } from '../../main/core/store/dataDirLock';
import { DocumentStore } from '../../main/core/store/documentStore';
import { syncPass } from '../../main/core/sync';
import { bundleScript, killHard, startChild } from './helpers/childScript';
import { useTempDirs } from './helpers/tempDirs';
import { addMember } from './researchFixtures';

const tempDir = useTempDirs('mnw-crash-');
const CYCLES = Number(process.env.CRASH_CYCLES ?? 100);
const LOCK_CYCLES = Number(process.env.LOCK_CYCLES ?? 20);
/** Each cycle starts a process: the stress sizes (npm run test:stress) need more than the default minute. */
const timeoutFor = (cycles: number, msPerCycle: number) => ({ timeout: 60_000 + cycles * msPerCycle });

let writeLoop: string;
let holdLock: string;
let syncPassChild: string;
beforeAll(async () => {
  syncPassChild = await bundleScript(path.join(__dirname, 'helpers/syncPassChild.ts'));
  writeLoop = await bundleScript(path.join(__dirname, 'helpers/writeLoop.ts'));
  holdLock = await bundleScript(path.join(__dirname, 'helpers/holdLock.ts'));
});

describe('crash safety', () => {
  it(`survives kill -9 during a write loop (${CYCLES} cycles): always the old or the new committed state`, timeoutFor(CYCLES, 500), async () => {
    const dir = await tempDir();
    let committed = 0;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const writer = startChild(writeLoop, [dir, String(committed)]);
      await writer.waitForLine((line) => Number(line.slice(2)) >= committed + 1 + (cycle % 7) * 3); // vary the moment
      await killHard(writer.child);
      // The last commit the child reported as durable before it died.
      const lastSeen = Math.max(committed, ...(await writer.allLines()).map((line) => Number(line.slice(2))));

      const store = await DocumentStore.open(dir, { shardCount: 16 });
      const counter = store.get('members', 'counter')?.value as number;
      // Acknowledged commits are never lost; at most the one in flight also landed.
      expect(counter).toBeGreaterThanOrEqual(lastSeen);
      expect(counter).toBeLessThanOrEqual(lastSeen + 1);
      // Both records of the last commit are there together.
      expect(store.get('members', `r${counter % 50}`)?.value).toBe(counter);
      expect(store.recoveries).toEqual([]);
      await store.close();
      committed = counter;
    }
    // Every shard file left behind is complete JSON.
    for (const name of (await readdir(dir)).filter((n) => /^shard-\d+\.json$/.test(n))) {
      expect(() => JSON.parse(readFileSync(path.join(dir, name), 'utf8'))).not.toThrow();
    }
  });

  it('survives kill -9 in the middle of a sync pass: the next pass applies the rest, each segment once', async () => {
    // Three colleagues' installs, each with a stream of one-profile segments.
    const folder = await tempDir();
    const everyone: string[] = [];
    for (const school of ['Noorderpoort', 'Alfa-college', 'Drenthe College']) {
      const app = await openApp({ dataDir: await tempDir() });
      for (let i = 1; i <= 4; i++) everyone.push((await addMember(app, `${school} docent ${i}`)).name);
      expect(await syncPass(app, folder, { recordsPerSegment: 1 })).toMatchObject({ written: 4, error: null });
      await app.close();
    }
    everyone.sort();
    // The pass commits its segments without waiting for the disk each; a kill at any point loses none of them for good.
    for (const killAfter of [1, 4, 7, 11]) {
      const newcomer = await tempDir();
      const child = startChild(syncPassChild, [newcomer, folder]);
      await child.waitForLine((line) => line === `C ${killAfter}`);
      await killHard(child.child);
      const app = await openApp({ dataDir: newcomer });
      const rest = await syncPass(app, folder, { write: false });
      expect(rest).toMatchObject({ conflicts: 0, error: null, skipped: [] });
      expect(rest.read).toBeLessThanOrEqual(12 - killAfter);
      expect(app.repos.members.list().map((m) => m.name).sort()).toEqual(everyone);
      expect(await syncPass(app, folder, { write: false })).toMatchObject({ read: 0, applied: 0, waiting: 0 });
      await app.close();
    }
  });

  it(`refuses a second process on the same data directory, and takes over after a crash (${LOCK_CYCLES} cycles)`, timeoutFor(LOCK_CYCLES, 1_500), async () => {
    const dir = await tempDir();
    for (let cycle = 0; cycle < LOCK_CYCLES; cycle++) {
      const holder = startChild(holdLock, [dir]);
      await holder.waitForLine((line) => line === 'READY');
      await expect(openApp({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
      // Reading is still possible while the app holds the lock.
      const reader = await openApp({ dataDir: dir, readOnly: true });
      await reader.close();
      await killHard(holder.child);
      const app = await openApp({ dataDir: dir });
      await app.repos.plgs.create({ name: `PLG ronde ${cycle}`, description: '', institutions: [] });
      await app.close();
    }
    const app = await openApp({ dataDir: dir, readOnly: true });
    expect(app.repos.plgs.count()).toBe(LOCK_CYCLES);
    expect(app.store.recoveries).toEqual([]);
    await app.close();
  });
});
