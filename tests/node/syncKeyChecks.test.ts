import { describe, expect, it, vi } from 'vitest';
import { openApp, type AppContext } from '../../main/core/app';
import type * as WeakKeys from '../../main/core/bundle/weakKeys';
import { syncPass } from '../../main/core/sync';
import { useTempDirs } from './helpers/tempDirs';
import { addMember } from './researchFixtures';

/** Every weak-key check made (an elliptic-curve multiplication each), counted around the real one. */
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../main/core/bundle/weakKeys', async (importOriginal) => {
  const real = await importOriginal<typeof WeakKeys>();
  return {
    isWeakPublicKey: (raw: Uint8Array) => {
      checks.count++;
      return real.isWeakPublicKey(raw);
    },
  };
});

const tempDir = useTempDirs('mnw-sync-keys-');

async function counted(run: () => Promise<unknown>): Promise<number> {
  checks.count = 0;
  await run();
  return checks.count;
}

describe('keys in a shared folder with many installs', () => {
  it("checks each colleague's key once, when it is confirmed, not again for every segment or every other colleague", async () => {
    const folder = await tempDir();
    const reader = await openApp({ dataDir: await tempDir() });
    const writers: AppContext[] = [];
    try {
      for (let i = 0; i < 6; i++) {
        const app = await openApp({ dataDir: await tempDir() });
        writers.push(app);
        await addMember(app, `Docent ${i}`);
        await syncPass(app, folder);
      }
      // Six installs met for the first time: one check each.
      expect(await counted(() => syncPass(reader, folder))).toBe(6);
      for (const [i, app] of writers.entries()) {
        await addMember(app, `Collega ${i}`);
        await syncPass(app, folder);
      }
      // Six more segments, each signed and verified, from keys confirmed before: no key is checked again.
      let read = 0;
      expect(
        await counted(async () => {
          read = (await syncPass(reader, folder)).read;
        }),
      ).toBe(0);
      expect(read).toBe(6);
      expect(reader.repos.members.list()).toHaveLength(12);
    } finally {
      await Promise.all([reader, ...writers].map((app) => app.close()));
    }
  });
});
