import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { electronBinary, installerFailure } from '../../scripts/electronBinary.mjs';
import { isTooOld, nodeVersionProblem } from '../../scripts/nodeVersion.mjs';
import { LOCK_FILE } from '../../main/core/store/dataDirLock';
import { useTempDirs } from './helpers/tempDirs';

const tempDir = useTempDirs('mnw-start-');
const root = path.resolve(__dirname, '../..');
const startScript = path.join(root, 'scripts/start.mjs');

/** `npm start` on this machine, with Electron's download pointed at a closed port: as offline, but quick and certain. */
function start(command: string, args: string[]): { child: ChildProcessWithoutNullStreams; output: () => string; ready: Promise<void> } {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '', ELECTRON_MIRROR: 'http://127.0.0.1:9/', MASTERNETWERK_ALLOW_OLD_NODE: '1' },
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('PREVIEW_READY')) resolve();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`start ended (${code}) before the preview was ready:\n${output}`)));
  });
  return { child, output: () => output, ready };
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', (code) => resolve(code))));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The pid of the process holding the data directory (the preview host). */
const holder = (dataDir: string) => (JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as { pid: number }).pid;

describe('npm start', () => {
  it('says in one line why Electron could not be downloaded, not with a stack trace', () => {
    const output = `TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n    at async FetchDownloader.download (file:///x/node_modules/@electron/get/dist/FetchDownloader.js:46:30)\n`;
    expect(installerFailure(output)).toBe('fetch failed');
    expect(installerFailure('HTTPError: Response code 404 (Not Found) for https://example.org/electron.zip')).toBe('Response code 404 (Not Found) for https://example.org/electron.zip');
    expect(installerFailure('all went well')).toBeNull();
  });

  it('refuses a Node older than the one package.json states, in one line', () => {
    expect(isTooOld('20.20.2')).toBe(true);
    expect(isTooOld('22.12.0')).toBe(true);
    expect(isTooOld('22.13.0')).toBe(false);
    expect(isTooOld('24.1.0')).toBe(false);
    const message = nodeVersionProblem('20.20.2')!;
    expect(message).toMatch(/^Masternetwerk needs Node\.js 22\.13 or newer \(Node 22 LTS\); this is Node 20\.20\.2\./);
    expect(message).not.toContain('\n');
    expect(nodeVersionProblem('22.23.3')).toBeNull();
  });

  // Where the Electron binary is installed, npm start opens Electron instead; CI and this machine have none.
  it.skipIf(electronBinary() !== null)('falls back to the preview, and SIGTERM stops the preview host and releases the data folder', async () => {
    const dataDir = await tempDir();
    const run = start(process.execPath, [startScript, '--data', dataDir]);
    await run.ready;
    // One line saying why (offline: "fetch failed"), no stack trace.
    expect(run.output(), run.output()).toMatch(/^Masternetwerk starts as the browser preview: the Electron binary could not be downloaded \([^)\n]+\)\.$/m);
    expect(run.output(), run.output()).not.toMatch(/TypeError|^\s+at /m);
    const preview = holder(dataDir);
    expect(alive(preview), run.output()).toBe(true);

    run.child.kill('SIGTERM');
    expect(await exited(run.child), run.output()).toBe(0);
    expect(alive(preview)).toBe(false);
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });

  it.skipIf(electronBinary() !== null)('stops the preview host when the process that started it is stopped (npm passes no signal on)', async () => {
    const dataDir = await tempDir();
    // npm runs the script through a shell and, stopped itself, ends only that shell.
    const run = start('sh', ['-c', `"${process.execPath}" "${startScript}" --data "${dataDir}"; echo done`]);
    await run.ready;
    const preview = holder(dataDir);
    run.child.kill('SIGKILL');
    await exited(run.child);
    await vi.waitFor(() => expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false), { timeout: 15_000, interval: 100 });
    await vi.waitFor(() => expect(alive(preview)).toBe(false), { timeout: 5_000, interval: 100 });
  });
});
