import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openApp, type AppContext } from '../../main/core/app';
import { exportBundle, importBundle } from '../../main/core/bundle';
import { exchange, sharedState } from './helpers/bundles';
import { useTempDirs } from './helpers/tempDirs';

const tempDir = useTempDirs('mnw-converge-');

type Command =
  | { kind: 'create'; at: number; name: string }
  | { kind: 'edit'; at: number; record: number; field: 'name' | 'description'; value: string }
  | { kind: 'delete'; at: number; record: number }
  | { kind: 'send'; from: number; to: number };

const install = fc.integer({ min: 0, max: 2 });
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), at: install, name: fc.constantFrom('PLG Feedback', 'PLG Onderzoek', 'PLG Ünal') }),
  fc.record({
    kind: fc.constant('edit' as const),
    at: install,
    record: fc.nat(),
    field: fc.constantFrom('name' as const, 'description' as const),
    value: fc.constantFrom('Coöperatie', 'Hélène', "'t Hart", 'van der Berg'),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: install, record: fc.nat() }),
  fc.record({ kind: fc.constant('send' as const), from: install, to: install }).filter((c) => c.from !== c.to),
);

async function run(apps: AppContext[], work: string, commands: Command[]): Promise<void> {
  for (const c of commands) {
    if (c.kind === 'send') {
      await exchange(apps[c.from]!, apps[c.to]!, work);
      continue;
    }
    const plgs = apps[c.at]!.repos.plgs;
    // Honest installs change what they own: a PLG without coordinators belongs to the install that made it.
    const live = plgs
      .list()
      .filter((p) => p.origin === apps[c.at]!.install.installId)
      .sort((x, y) => x.id.localeCompare(y.id));
    if (c.kind === 'create') await plgs.create({ name: c.name, description: '', institutions: [] });
    else if (live.length === 0) continue;
    else if (c.kind === 'edit') await plgs.update(live[c.record % live.length]!.id, { [c.field]: c.value });
    else await plgs.remove(live[c.record % live.length]!.id);
  }
}

describe('three installs exchanging bundles in random order', () => {
  it('converge to the same records in any import order, and re-importing changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 4, maxLength: 14 }), async (commands) => {
        const apps = [await openApp({ dataDir: await tempDir() }), await openApp({ dataDir: await tempDir() }), await openApp({ dataDir: await tempDir() })];
        const work = await tempDir();
        try {
          await run(apps, work, commands);
          // Order independence: A then B equals B then A on two fresh installs.
          const [fromA, fromB] = [path.join(work, 'a.mnw'), path.join(work, 'b.mnw')];
          await exportBundle(apps[0]!, { kind: 'all' }, fromA);
          await exportBundle(apps[1]!, { kind: 'all' }, fromB);
          const ab = await openApp({ dataDir: await tempDir() });
          const ba = await openApp({ dataDir: await tempDir() });
          for (const file of [fromA, fromB]) await importBundle(ab, file, { acceptKey: true });
          for (const file of [fromB, fromA]) await importBundle(ba, file, { acceptKey: true });
          expect(sharedState(ab)).toBe(sharedState(ba));
          await Promise.all([ab.close(), ba.close()]);

          // Everyone sends to everyone: afterwards each install has seen every change.
          for (let from = 0; from < 3; from++) for (let to = 0; to < 3; to++) if (from !== to) await exchange(apps[from]!, apps[to]!, work);
          const [first, ...rest] = apps.map(sharedState);
          for (const state of rest) expect(state).toBe(first);

          const file = path.join(work, 'again.mnw');
          await exportBundle(apps[0]!, { kind: 'all' }, file);
          for (const app of apps) {
            expect(await importBundle(app, file)).toMatchObject({ added: 0, updated: 0, deleted: 0, conflicts: 0, undoable: false });
            expect(sharedState(app)).toBe(first);
          }
        } finally {
          await Promise.all(apps.map((a) => a.close()));
        }
      }),
      { numRuns: 30 },
    );
  });
});
