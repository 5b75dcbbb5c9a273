import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp, type AppContext } from '../../main/core/app';
import { syncPass } from '../../main/core/sync';
import { sharedState } from './helpers/bundles';
import { SYNCTHING, SyncthingCluster } from './helpers/syncthing';
import { useTempDirs } from './helpers/tempDirs';
import { addMember, call, researchFields } from './researchFixtures';

const tempDir = useTempDirs('mnw-syncthing-');
let cluster: SyncthingCluster | null = null;
const apps: AppContext[] = [];
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
  await cluster?.stop();
});

const names = (app: AppContext) => app.repos.members.list().map((m) => m.name).sort();

describe('sync through a real Syncthing (three instances on 127.0.0.1)', () => {
  it('is installed, as .ci/run makes sure', () => {
    expect(existsSync(SYNCTHING), `${SYNCTHING} is missing: apt-get install syncthing`).toBe(true);
  });

  it('an edit on one install appears on the others, a conflicting edit on two is a visible conflict, a deletion propagates, nothing is lost', async () => {
    const root = await tempDir();
    cluster = await SyncthingCluster.start(['laptop-hanna', 'laptop-bram', 'laptop-chris'], root);
    try {
      await converge(cluster);
    } finally {
      // Before the temporary folders go (afterEach): every process this test started is stopped.
      await Promise.all(apps.splice(0).map((app) => app.close()));
      await cluster.stop();
    }
  }, 90_000);
});

async function converge(cluster: SyncthingCluster) {
  const nodes = cluster.nodes;
  for (let i = 0; i < nodes.length; i++) apps.push(await openApp({ dataDir: await tempDir() }));
  const [a, b, c] = apps as [AppContext, AppContext, AppContext];

  /** Every install writes and reads through its own Syncthing folder; twice, so what one wrote after another read also arrives. */
  const syncAll = async () => {
    const reports = [];
    for (let round = 0; round < 2; round++) {
      for (const [i, app] of apps.entries()) reports.push(await syncPass(app, nodes[i]!.folder));
      await cluster.settle();
    }
    for (const r of reports) expect(r.error).toBeNull();
    return reports;
  };

  // Each install is one colleague's ("me"): under the ownership rule an install changes what its colleague owns.
  const addMe = async (app: AppContext, name: string) => {
    const member = await addMember(app, name);
    await app.settings.update({ meId: member.id });
    return member;
  };
  const hanna = await addMe(a, 'Hanna de Wit');
  const bram = await addMe(b, 'Bram Öztürk');
  const chris = await addMe(c, 'Chris Jansen');
  await syncAll();
  for (const app of apps) expect(names(app)).toEqual(['Bram Öztürk', 'Chris Jansen', 'Hanna de Wit']);

  await a.repos.members.update(hanna.id, { team: 'Techniek' });
  let reports = await syncAll();
  for (const app of apps) expect(app.repos.members.get(hanna.id).team).toBe('Techniek');
  expect(reports.reduce((n, r) => n + r.suggestions, 0)).toBe(0); // applied as the owner's change, not suggested

  // Research Bram and Chris wrote together: both own it, and both change its title before they sync.
  const shared = await b.repos.research.create(researchFields([bram.id, chris.id]));
  await syncAll();
  for (const app of apps) expect(app.repos.research.get(shared.id).title).toBe(shared.title);
  await b.repos.research.update(shared.id, { title: 'Feedback in de zorg' });
  await c.repos.research.update(shared.id, { title: 'Feedback in de economie' });
  reports = await syncAll();
  expect(reports.reduce((n, r) => n + r.conflicts, 0)).toBeGreaterThan(0);
  expect(reports.reduce((n, r) => n + r.suggestions, 0)).toBe(0);
  for (const app of [b, c]) {
    const conflicts = await call(app, 'conflicts:list');
    expect(conflicts).toEqual([expect.objectContaining({ recordId: shared.id, field: 'title' })]);
    expect([conflicts[0]!.local.value, conflicts[0]!.incoming.value].sort()).toEqual(['Feedback in de economie', 'Feedback in de zorg']);
  }

  // Bram removes his own profile.
  await b.repos.members.remove(bram.id);
  await syncAll();
  for (const app of apps) expect(names(app)).toEqual(['Chris Jansen', 'Hanna de Wit']);
  expect(sharedState(b)).toEqual(sharedState(a));
  expect(sharedState(c)).toEqual(sharedState(a));
}
