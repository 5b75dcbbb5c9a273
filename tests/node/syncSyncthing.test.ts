import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp, type AppContext } from '../../main/core/app';
import { syncPass } from '../../main/core/sync';
import { sharedState } from './helpers/bundles';
import { SYNCTHING, SyncthingCluster } from './helpers/syncthing';
import { useTempDirs } from './helpers/tempDirs';
import { addMember, call } from './researchFixtures';

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

  const hanna = await addMember(a, 'Hanna de Wit');
  const bram = await addMember(b, 'Bram Öztürk');
  await addMember(c, 'Chris Jansen');
  await syncAll();
  for (const app of apps) expect(names(app)).toEqual(['Bram Öztürk', 'Chris Jansen', 'Hanna de Wit']);

  await a.repos.members.update(bram.id, { team: 'Techniek' });
  await syncAll();
  for (const app of apps) expect(app.repos.members.get(bram.id).team).toBe('Techniek');

  await b.repos.members.update(hanna.id, { team: 'Zorg' });
  await c.repos.members.update(hanna.id, { team: 'Economie' });
  const reports = await syncAll();
  expect(reports.reduce((n, r) => n + r.conflicts, 0)).toBeGreaterThan(0);
  for (const app of [b, c]) {
    const conflicts = await call(app, 'conflicts:list');
    expect(conflicts).toEqual([expect.objectContaining({ recordId: hanna.id, field: 'team' })]);
    expect([conflicts[0]!.local.value, conflicts[0]!.incoming.value].sort()).toEqual(['Economie', 'Zorg']);
  }

  await c.repos.members.remove(bram.id);
  await syncAll();
  for (const app of apps) expect(names(app)).toEqual(['Chris Jansen', 'Hanna de Wit']);
  expect(sharedState(b)).toEqual(sharedState(a));
  expect(sharedState(c)).toEqual(sharedState(a));
}

