import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApp, type AppContext } from '../../main/core/app';
import { exportBundle } from '../../main/core/bundle';
import { segmentName, SyncEngine, syncPass, type PassResult } from '../../main/core/sync';
import { readWriter } from '../../main/core/sync/state';
import type { SyncStatus } from '../../shared/sync';
import { ownChanges } from '../../main/core/sync/writeSegment';
import { sharedState } from './helpers/bundles';
import { countFsyncs } from './helpers/fsyncs';
import { bundleScript, killHard, startChild } from './helpers/childScript';
import { useTempDirs } from './helpers/tempDirs';
import { activityFields } from './activityFixtures';
import { addMember, call, researchFields } from './researchFixtures';

const tempDir = useTempDirs('mnw-sync-');
/** Watch-mode children, stopped after each test even when it timed out (vitest then skips its finally). */
const children: ChildProcess[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(children.splice(0).map((child) => killHard(child)));
});
let cli: string;
beforeAll(async () => {
  cli = await bundleScript(path.join(__dirname, '../../main/cli/index.ts'));
});

function sync(dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, '--data', dataDir, 'sync', ...args, '--once', '--json'], { encoding: 'utf8' });
  return { code: result.status, stderr: result.stderr, json: () => JSON.parse(result.stdout) as Record<string, unknown> };
}

async function withApp<T>(dataDir: string, run: (app: AppContext) => Promise<T>): Promise<T> {
  const app = await openApp({ dataDir });
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

/** Installs on data directories of their own sharing one folder, all closed after `run` whatever happens. */
type Installs<N extends 2 | 3> = N extends 2 ? [AppContext, AppContext] : [AppContext, AppContext, AppContext];
async function withInstalls<N extends 2 | 3, T>(count: N, run: (apps: Installs<N>, folder: string) => Promise<T>): Promise<T> {
  const folder = await tempDir();
  const apps: AppContext[] = [];
  try {
    for (let i = 0; i < count; i++) apps.push(await openApp({ dataDir: await tempDir() }));
    return await run(apps as Installs<N>, folder);
  } finally {
    await Promise.all(apps.map((app) => app.close()));
  }
}

/** A profile that is this install's own ("me"). */
async function addMe(app: AppContext, name: string) {
  const member = await addMember(app, name);
  await app.settings.update({ meId: member.id });
  return member;
}

const names = (app: AppContext) => app.repos.members.list().map((m) => m.name).sort();
const errno = (code: string) => Object.assign(new Error(`${code}: simulated by the test`), { code });

describe('sync through a shared folder on the command line', () => {
  it('two data directories sharing one folder converge: new profiles, an edit, a conflict and a deletion', async () => {
    const [a, b, folder] = [await tempDir(), await tempDir(), await tempDir()];
    // Each install is one colleague's ("me"): under the ownership rule an install changes what its colleague owns.
    const hanna = await withApp(a, (app) => addMe(app, 'Hanna de Wit'));
    const bram = await withApp(b, (app) => addMe(app, 'Bram Öztürk'));

    const first = sync(a, '--folder', folder);
    expect(first.code, first.stderr).toBe(0);
    expect(Object.keys(first.json()).sort()).toEqual(['applied', 'conflicts', 'read', 'skipped', 'suggestions', 'written']);
    expect(first.json()).toEqual({ written: 1, read: 0, applied: 0, suggestions: 0, conflicts: 0, skipped: [] });
    expect(sync(b, '--folder', folder).json()).toMatchObject({ written: 1, read: 1, applied: 1, conflicts: 0 });
    // The folder is remembered: no --folder from here on.
    expect(sync(a).json()).toMatchObject({ written: 0, read: 1, applied: 1 });
    expect(sync(a).json()).toMatchObject({ written: 0, read: 0, applied: 0 }); // each segment is applied once
    const state = async (dir: string) => withApp(dir, async (app) => ({ names: names(app), shared: sharedState(app) }));
    expect((await state(a)).names).toEqual(['Bram Öztürk', 'Hanna de Wit']);
    expect((await state(b)).shared).toEqual((await state(a)).shared);

    // An edit on one side appears on the other (Bram edits his own profile), applied, not a suggestion.
    await withApp(b, (app) => app.repos.members.update(bram.id, { team: 'Techniek' }));
    expect(sync(b).json()).toMatchObject({ written: 1 });
    expect(sync(a).json()).toMatchObject({ read: 1, applied: 1, suggestions: 0 });
    await withApp(a, async (app) => expect(app.repos.members.get(bram.id).team).toBe('Techniek'));

    // Research the two wrote together: both own it.
    const shared = await withApp(a, (app) => app.repos.research.create(researchFields([hanna.id, bram.id])));
    expect(sync(a).json()).toMatchObject({ written: 1 });
    expect(sync(b).json()).toMatchObject({ read: 1, applied: 1 });

    // The same field edited on both sides, each by an owner: a conflict to pick from, on each side, and no value lost.
    await withApp(a, (app) => app.repos.research.update(shared.id, { title: 'Feedback in de zorg' }));
    await withApp(b, (app) => app.repos.research.update(shared.id, { title: 'Feedback in de economie' }));
    expect(sync(a).json()).toMatchObject({ written: 1 });
    expect(sync(b).json()).toMatchObject({ written: 1, read: 1, suggestions: 0, conflicts: 1 });
    expect(sync(a).json()).toMatchObject({ read: 1, suggestions: 0, conflicts: 1 });
    for (const dir of [a, b]) {
      await withApp(dir, async (app) => {
        const [conflict] = await call(app, 'conflicts:list');
        expect(conflict).toMatchObject({ recordId: shared.id, field: 'title' });
        expect([conflict!.local.value, conflict!.incoming.value].sort()).toEqual(['Feedback in de economie', 'Feedback in de zorg']);
      });
    }
    expect((await state(b)).shared).toEqual((await state(a)).shared);

    // A deletion propagates (Bram removes his own profile).
    await withApp(b, (app) => app.repos.members.remove(bram.id));
    sync(b);
    expect(sync(a).json()).toMatchObject({ read: 1, applied: 1, suggestions: 0 });
    expect((await state(a)).names).toEqual(['Hanna de Wit']);
    expect((await state(b)).shared).toEqual((await state(a)).shared);
  });

  it('without a folder it says so in one line and exits non-zero; a vanished folder is reported, nothing changes', async () => {
    const [a, folder] = [await tempDir(), await tempDir()];
    const none = sync(a);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Error: No shared folder: give one with --folder <dir>\.\n$/);
    await withApp(a, (app) => addMember(app, 'Hanna de Wit'));
    fs.rmSync(folder, { recursive: true });
    const gone = sync(a, '--folder', folder);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/shared folder cannot be reached/);
    await withApp(a, async (app) => expect(names(app)).toEqual(['Hanna de Wit']));
  });
});

describe('sync without --once', () => {
  it('watches the folder: writes at start, reads what another install drops in, and stops cleanly on Ctrl+C', async () => {
    const [a, b, folder] = [await tempDir(), await tempDir(), await tempDir()];
    await withApp(a, (app) => addMember(app, 'Hanna de Wit'));
    const watcher = startChild(cli, ['--data', a, 'sync', '--folder', folder, '--json']);
    children.push(watcher.child);
    try {
      const first = JSON.parse(await watcher.waitForLine((l) => l.includes('"written":1'))) as Record<string, unknown>;
      expect(first).toEqual({ written: 1, read: 0, applied: 0, suggestions: 0, conflicts: 0, skipped: [] });
      await withApp(b, async (app) => {
        await addMember(app, 'Bram Öztürk');
        await syncPass(app, folder);
      });
      const next = JSON.parse(await watcher.waitForLine((l) => l.includes('"read":1'))) as Record<string, unknown>;
      expect(next).toMatchObject({ read: 1, applied: 1 });
      const exited = new Promise<number | null>((resolve) => watcher.child.once('exit', (code) => resolve(code)));
      watcher.child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      await killHard(watcher.child);
    }
    await withApp(a, async (app) => expect(names(app)).toEqual(['Bram Öztürk', 'Hanna de Wit']));
  });
});

describe('what sync services and strangers leave in the folder', () => {
  it('skips foreign files, conflict copies, half-synced and hostile segments with a reason, and syncs the rest', async () => {
    await withInstalls(3, async ([appA, appB, appC], folder) => {
      await addMember(appA, 'Hanna de Wit');
      await addMember(appB, 'Bram Öztürk');
      await syncPass(appA, folder);
      await syncPass(appB, folder);
      const dirA = path.join(folder, appA.install.installId);
      const dirB = path.join(folder, appB.install.installId);
      // What services and people leave behind.
      fs.writeFileSync(path.join(folder, 'lees mij.txt'), 'notities');
      fs.mkdirSync(path.join(folder, '.stfolder'));
      fs.copyFileSync(path.join(dirA, segmentName(1, true)), path.join(dirA, '00000001.snap (1).mnw'));
      fs.copyFileSync(path.join(dirA, segmentName(1, true)), path.join(dirA, '00000001.snap.sync-conflict-20260314-153000-ABCDEFG.mnw'));
      // B's next segment arrives half-written.
      await addMember(appB, 'Chris Jansen');
      await syncPass(appB, folder);
      const second = path.join(dirB, segmentName(2, false));
      const whole = fs.readFileSync(second);
      fs.writeFileSync(second, whole.subarray(0, whole.length >> 1));

      // Identical copies of A's own file (a careful service) do not stop A from writing.
      await addMember(appA, 'Anna Kok');
      expect(await syncPass(appA, folder)).toMatchObject({ written: 1, error: null });

      const pass = await syncPass(appC, folder);
      expect(pass.error).toBeNull();
      expect(names(appC)).toEqual(['Anna Kok', 'Bram Öztürk', 'Hanna de Wit']);
      const skipped = Object.fromEntries(pass.skipped.map((s) => [s.file, s.code]));
      expect(skipped).toEqual({
        'lees mij.txt': 'foreign_file',
        [`${appA.install.installId}/00000001.snap (1).mnw`]: 'conflict_copy',
        [`${appA.install.installId}/00000001.snap.sync-conflict-20260314-153000-ABCDEFG.mnw`]: 'conflict_copy',
        [`${appB.install.installId}/${segmentName(2, false)}`]: 'unreadable',
      });
      expect(pass.waiting).toBe(1);

      // The rest of the file arrives: it is read on the next pass.
      fs.writeFileSync(second, whole);
      expect(await syncPass(appC, folder)).toMatchObject({ read: 1, applied: 1 });
      expect(names(appC)).toEqual(['Anna Kok', 'Bram Öztürk', 'Chris Jansen', 'Hanna de Wit']);

      // A hostile file under the next number of A's stream: a bundle from elsewhere, put where A's next segment goes.
      const hostile = path.join(dirA, segmentName(3, false));
      await exportBundle(appC, { kind: 'all' }, hostile);
      await addMember(appB, 'Dirk Bakker');
      await syncPass(appB, folder);
      const next = await syncPass(appC, folder);
      expect(next.skipped.map((s) => [s.file, s.code])).toContainEqual([`${appA.install.installId}/${segmentName(3, false)}`, 'wrong_place']);
      expect(names(appC)).toContain('Dirk Bakker'); // B's stream goes on
    });
  });

  it('a symlink under a segment name (to a device that never ends) is skipped without being read', async () => {
    await withInstalls(2, async ([appA, appB], folder) => {
      await addMember(appA, 'Hanna de Wit');
      await syncPass(appA, folder);
      const stranger = path.join(folder, 'abcdefabcdefabcd');
      fs.mkdirSync(stranger);
      fs.symlinkSync('/dev/zero', path.join(stranger, segmentName(1, true)));
      const pass = await syncPass(appB, folder);
      expect(pass.skipped).toEqual([expect.objectContaining({ file: `abcdefabcdefabcd/${segmentName(1, true)}`, code: 'foreign_file' })]);
      expect(names(appB)).toEqual(['Hanna de Wit']);
    });
  });

  it('a segment signed with another key than the stream began with, or unsigned, is refused', async () => {
    await withInstalls(2, async ([appA, appB], folder) => {
      await addMember(appA, 'Hanna de Wit');
      await syncPass(appA, folder);
      await syncPass(appB, folder);
      // Someone replaces A's key and writes segment 2 as A.
      fs.rmSync(path.join(appA.dataDir, 'keys'), { recursive: true });
      await addMember(appA, 'Indringer');
      const pass = await syncPass(appA, folder);
      expect(pass.written).toBe(1);
      const read = await syncPass(appB, folder);
      expect(read.skipped).toEqual([expect.objectContaining({ file: `${appA.install.installId}/${segmentName(2, false)}`, code: 'bad_key' })]);
      expect(names(appB)).toEqual(['Hanna de Wit']);
    });
  });

  it('a newcomer gets in one pass the activities whose people are other installs\' to send', async () => {
    const [hub, newcomerDir, folder] = [await tempDir(), await tempDir(), await tempDir()];
    const owner = await openApp({ dataDir: hub });
    const teachers: AppContext[] = [];
    const newcomer = await openApp({ dataDir: newcomerDir });
    try {
      const hanna = await addMe(owner, 'Hanna de Wit');
      await syncPass(owner, folder);
      // Four colleagues each start an activity with Hanna; her profile is hers to send, not theirs.
      for (const name of ['Bram Ünal', 'Cas Kok', 'Dirk de Groot', 'Eline Smit']) {
        const teacher = await openApp({ dataDir: await tempDir() });
        teachers.push(teacher);
        await syncPass(teacher, folder);
        const me = await addMe(teacher, name);
        await call(teacher, 'activities:save', { fields: activityFields([me.id, hanna.id], { title: `Lesson study met ${name}` }) });
        await syncPass(teacher, folder);
      }
      // Whatever order the folder lists the installs in, one pass brings every activity in; the settings page sees how far it is.
      const progress: (SyncStatus['progress'] | undefined)[] = [];
      const engine = new SyncEngine(newcomer, { onChange: (status) => progress.push(status.progress) });
      await engine.configure(folder);
      const pass = (await engine.runNow())!;
      expect(newcomer.repos.activities.list().map((a) => a.title).sort()).toEqual(['Bram Ünal', 'Cas Kok', 'Dirk de Groot', 'Eline Smit'].map((n) => `Lesson study met ${n}`));
      expect(pass.skipped).toEqual([]);
      expect(progress).toContainEqual({ installsRead: 0, installs: 5 });
      expect(progress.at(-1)).toBeNull();
      expect(engine.status().progress).toBeNull();
    } finally {
      await Promise.all([owner, newcomer, ...teachers].map((app) => app.close()));
    }
  });

  it("a colleague's second computer waits until the user confirms its key, then its changes apply as theirs", async () => {
    const [a, a2, c, folder] = [await tempDir(), await tempDir(), await tempDir(), await tempDir()];
    const laptop = await openApp({ dataDir: a });
    const desktop = await openApp({ dataDir: a2 });
    const hr = await openApp({ dataDir: c });
    const engine = new SyncEngine(hr, { rescanMs: 3_600_000 });
    try {
      const anna = await addMe(laptop, 'Anna de Vries');
      await syncPass(laptop, folder);
      await engine.configure(folder);
      await engine.runNow();
      // Anna's second computer: her profile arrives there, she picks it as "me" and edits it.
      await syncPass(desktop, folder);
      await desktop.settings.update({ meId: anna.id });
      await desktop.repos.members.update(anna.id, { team: 'Techniek' });
      await syncPass(desktop, folder);

      await engine.runNow();
      const waiting = engine.status().skipped.find((s) => s.code === 'new_key');
      expect(waiting?.newKey).toMatchObject({ installId: desktop.install.installId, memberId: anna.id, name: 'Anna de Vries' });
      expect(hr.repos.members.get(anna.id).team).not.toBe('Techniek');

      // Only the fingerprint the user was shown can be confirmed.
      await expect(engine.confirmNewKey(desktop.install.installId, 'AAAA BBBB')).rejects.toThrow(/No segment/);
      const status = await engine.confirmNewKey(desktop.install.installId, waiting!.newKey!.fingerprint);
      expect(status.skipped.filter((s) => s.code === 'new_key' || s.code === 'bad_key')).toEqual([]);
      expect(hr.repos.members.get(anna.id).team).toBe('Techniek');
    } finally {
      await engine.stop();
      await Promise.all([laptop.close(), desktop.close(), hr.close()]);
    }
  });

  it('a read-only or full folder is reported; nothing local is lost and the change goes with the next pass', async () => {
    await withInstalls(2, async ([appA, appB], folder) => {
      await addMember(appA, 'Hanna de Wit');
      vi.spyOn(fs.promises, 'mkdir').mockRejectedValueOnce(errno('EROFS'));
      const readOnly = await syncPass(appA, folder);
      expect(readOnly).toMatchObject({ written: 0, error: { code: 'folder_readonly' } });
      vi.spyOn(fs.promises, 'rename').mockRejectedValueOnce(errno('ENOSPC'));
      const full = await syncPass(appA, folder);
      expect(full).toMatchObject({ written: 0, error: { code: 'disk_full' } });
      expect(fs.readdirSync(path.join(folder, appA.install.installId)).filter((n) => n.startsWith('.part-'))).toEqual([]);
      expect(names(appA)).toEqual(['Hanna de Wit']);
      vi.restoreAllMocks();
      expect(await syncPass(appA, folder)).toMatchObject({ written: 1, error: null });
      await syncPass(appB, folder);
      expect(names(appB)).toEqual(['Hanna de Wit']);
    });
  });

  it('a copied data directory (same install id) is detected; it writes nothing until it gets a new id, then nothing is lost', async () => {
    const [a, copy, b, folder] = [await tempDir(), await tempDir(), await tempDir(), await tempDir()];
    await withApp(a, async (app) => {
      await addMe(app, 'Hanna de Wit');
      await syncPass(app, folder);
    });
    // Hanna copies her data directory to a new laptop: the same install id, the same key, the same "me".
    fs.cpSync(a, copy, { recursive: true });
    const appA = await openApp({ dataDir: a });
    const appCopy = await openApp({ dataDir: copy });
    const appB = await openApp({ dataDir: b });
    try {
      expect(appCopy.install.installId).toBe(appA.install.installId);
      await addMember(appA, 'Bram Öztürk');
      expect(await syncPass(appA, folder)).toMatchObject({ written: 1, error: null });
      await addMember(appCopy, 'Chris Jansen');
      const copyPass = await syncPass(appCopy, folder);
      expect(copyPass).toMatchObject({ written: 0, error: { code: 'duplicate_install' } });
      // Still refused on the next pass: the flag is kept.
      expect(await syncPass(appCopy, folder)).toMatchObject({ written: 0, error: { code: 'duplicate_install' } });

      const { renewInstallId } = await import('../../main/core/sync');
      const renewed = await renewInstallId(appCopy);
      expect(renewed).not.toBe(appA.install.installId);
      expect(await syncPass(appCopy, folder)).toMatchObject({ written: 1, error: null });
      await syncPass(appA, folder);
      await syncPass(appB, folder);
      for (const app of [appA, appCopy, appB]) expect(names(app)).toEqual(['Bram Öztürk', 'Chris Jansen', 'Hanna de Wit']);
      expect(sharedState(appB)).toEqual(sharedState(appA));
      expect(sharedState(appCopy)).toEqual(sharedState(appA));
    } finally {
      await Promise.all([appA.close(), appCopy.close(), appB.close()]);
    }
  });

  it('a conflict copy of an own segment is a second writer only when both are whole segments with other bytes', async () => {
    const [a, folder] = [await tempDir(), await tempDir()];
    const appA = await openApp({ dataDir: a });
    try {
      await addMe(appA, 'Hanna de Wit');
      await syncPass(appA, folder);
      const dir = path.join(folder, appA.install.installId);
      const original = path.join(dir, segmentName(1, true));
      const whole = fs.readFileSync(original);
      fs.copyFileSync(original, path.join(dir, '00000001.snap (1).mnw'));
      // The service delivers the original again and has half of it so far: the copy differs, but that is no second writer.
      fs.writeFileSync(original, whole.subarray(0, whole.length >> 1));
      await addMember(appA, 'Anna Kok');
      expect(await syncPass(appA, folder)).toMatchObject({ written: 1, error: null });
      fs.writeFileSync(original, whole);

      // Another whole segment 1 of this install id, kept by the service as a conflict copy: someone else writes under this id.
      const { selected } = ownChanges(appA, readWriter(appA), true);
      await exportBundle(appA, { kind: 'segment', seq: 1, previous: null, snapshot: true }, path.join(dir, '00000001.snap-PC-Bram.mnw'), { selected });
      await addMember(appA, 'Bram Öztürk');
      expect(await syncPass(appA, folder)).toMatchObject({ written: 0, error: { code: 'duplicate_install' } });
    } finally {
      await appA.close();
    }
  });

  it('a newcomer starts from each install\'s newest snapshot; old segments are pruned by their writer only', async () => {
    const [a, b, folder] = [await tempDir(), await tempDir(), await tempDir()];
    const appA = await openApp({ dataDir: a });
    try {
      const { SNAPSHOT_EVERY } = await import('../../main/core/sync/writeSegment');
      const member = await addMember(appA, 'Hanna de Wit');
      await syncPass(appA, folder);
      // Snapshots at 1, 1 + N, 1 + 2N; one segment after the last.
      for (let i = 0; i <= 2 * SNAPSHOT_EVERY; i++) {
        await appA.repos.members.update(member.id, { team: `Team ${i}` });
        await syncPass(appA, folder);
      }
      const files = fs.readdirSync(path.join(folder, appA.install.installId)).sort();
      expect(files[0]).toBe(segmentName(SNAPSHOT_EVERY + 1, true));
      expect(files).toContain(segmentName(2 * SNAPSHOT_EVERY + 1, true));
      expect(files.at(-1)).toBe(segmentName(2 * SNAPSHOT_EVERY + 2, false));
      const pass = await withApp(b, (app) => syncPass(app, folder));
      expect(pass.read).toBe(2); // the newest snapshot and the one segment after it
      await withApp(b, async (app) => expect(app.repos.members.get(member.id).team).toBe(`Team ${2 * SNAPSHOT_EVERY}`));
    } finally {
      await appA.close();
    }
  });

  it('changes too many for one bundle go as consecutive segments; a newcomer reads on from the snapshot and gets all', async () => {
    const [a, b, folder] = [await tempDir(), await tempDir(), await tempDir()];
    await withApp(a, async (app) => {
      for (const name of ['Anna Kok', 'Bram Öztürk', 'Chris Jansen', 'Dirk Bakker', 'Eva de Wit']) await addMember(app, name);
      expect(await syncPass(app, folder, { recordsPerSegment: 2 })).toMatchObject({ written: 3, error: null });
      expect(fs.readdirSync(path.join(folder, app.install.installId)).sort()).toEqual([segmentName(1, true), segmentName(2, false), segmentName(3, false)]);
    });
    await withApp(b, async (app) => {
      // Each segment is applied in a commit of its own, with its cursor; the pass waits for the disk once, at its end.
      const fsyncs = await countFsyncs(b);
      try {
        expect(await syncPass(app, folder, { write: false })).toMatchObject({ read: 3, applied: 3 });
        expect(fsyncs).toHaveBeenCalledTimes(1);
      } finally {
        fsyncs.mockRestore();
      }
      expect(names(app)).toEqual(['Anna Kok', 'Bram Öztürk', 'Chris Jansen', 'Dirk Bakker', 'Eva de Wit']);
    });
  });

  it('clocks that differ: a segment dated beyond the allowed skew ahead of this computer waits, and is applied once the clock catches up', async () => {
    const [a, b, folder] = [await tempDir(), await tempDir(), await tempDir()];
    await withApp(a, async (app) => {
      await addMember(app, 'Hanna de Wit');
      await syncPass(app, folder);
    });
    const behind = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);
    const slow = await openApp({ dataDir: b, now: () => behind });
    try {
      const pass = await syncPass(slow, folder);
      expect(pass).toMatchObject({ read: 0, waiting: 1 });
      expect(pass.skipped.map((s) => s.code)).toEqual(['in_future']);
      expect(names(slow)).toEqual([]);
    } finally {
      await slow.close();
    }
    await withApp(b, async (app) => {
      expect(await syncPass(app, folder)).toMatchObject({ read: 1, applied: 1, waiting: 0 });
      expect(names(app)).toEqual(['Hanna de Wit']);
    });
  });
});

describe('the sync engine (as the app runs it)', () => {
  it('writes a segment soon after a local edit, and tells about a skipped file once, not on every pass', async () => {
    const [a, folder] = [await tempDir(), await tempDir()];
    fs.writeFileSync(path.join(folder, 'lees mij.txt'), 'notities');
    const app = await openApp({ dataDir: a });
    const passes: PassResult[] = [];
    const skips: string[] = [];
    let onPass: (() => void) | null = null;
    const engine = new SyncEngine(app, {
      rescanMs: 3_600_000,
      onSkip: (s) => skips.push(s.file),
      onPass: (r) => {
        passes.push(r);
        onPass?.();
      },
    });
    const nextPass = () => new Promise<void>((resolve) => (onPass = resolve));
    try {
      await engine.configure(folder);
      const first = nextPass();
      await engine.start();
      await first;
      const written = nextPass();
      await addMember(app, 'Hanna de Wit');
      await written;
      expect(passes.at(-1)).toMatchObject({ written: 1 });
      expect(fs.readdirSync(path.join(folder, app.install.installId))).toEqual([segmentName(1, true)]);
      await engine.runNow();
      expect(passes.length).toBeGreaterThanOrEqual(3);
      expect(passes.every((p) => p.skipped.some((s) => s.file === 'lees mij.txt'))).toBe(true);
      expect(skips).toEqual(['lees mij.txt']);
      expect(engine.status()).toMatchObject({ folder, paused: false, watching: true, ownSegments: 1, error: null });
      expect((await engine.setPaused(true)).watching).toBe(false);
    } finally {
      await engine.stop();
      await app.close();
    }
  });
});
