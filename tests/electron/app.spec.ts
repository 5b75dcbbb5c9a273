import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from '../../scripts/electronBinary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const binary = electronBinary();

test.skip(!binary, 'Skipped: no Electron binary on this machine (node_modules/electron/dist is missing).');

let app: ElectronApplication;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'mnw-electron-'));
  app = await electron.launch({ executablePath: binary!, args: [root, '--data', dataDir] });
});

test.afterEach(async () => {
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('opens the window locked down: isolated, sandboxed, no Node in the page', async () => {
  const page = await app.firstWindow();
  await expect(page).toHaveTitle(/Masternetwerk/);
  expect(page.url().startsWith('app://masternetwerk/')).toBe(true);
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    api: Object.keys((globalThis as unknown as { masternetwerk: object }).masternetwerk).sort(),
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', api: ['invoke', 'on'] });
});

test('denies new windows and navigation away from the app', async () => {
  const page = await app.firstWindow();
  await page.evaluate(() => window.open('https://example.org', '_blank'));
  expect(app.windows()).toHaveLength(1);
  await page.evaluate(() => {
    window.location.href = 'https://example.org';
  });
  await expect.poll(() => page.url()).toMatch(/^app:\/\/masternetwerk\//);
});

test('answers the contract over IPC and has a CSP', async () => {
  const page = await app.firstWindow();
  const info = await page.evaluate(() => (window as unknown as { masternetwerk: { invoke(c: string): Promise<{ ok: boolean; value: { dataDir: string } }> } }).masternetwerk.invoke('app:info'));
  expect(info.ok).toBe(true);
  expect(info.value.dataDir).toBe(dataDir);
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
});

test('refuses IPC from a sub-frame or from another page, even on a contract channel', async () => {
  await app.firstWindow();
  // The handler Electron registered for the channel, called with what Electron passes for a message from a
  // frame inside the page, and from a top frame that shows another address (main/shell/ipc.ts).
  const answers = await app.evaluate(async ({ ipcMain, BrowserWindow }) => {
    const handler = (ipcMain as unknown as { _invokeHandlers: Map<string, (event: unknown, input: unknown) => Promise<unknown>> })._invokeHandlers.get('app:info')!;
    const sender = BrowserWindow.getAllWindows()[0]!.webContents;
    const top = sender.mainFrame;
    return {
      ownPage: await handler({ sender, senderFrame: top }, undefined),
      subFrame: await handler({ sender, senderFrame: { parent: top, url: top.url } }, undefined),
      otherPage: await handler({ sender, senderFrame: { parent: null, url: 'https://example.org/' } }, undefined),
    };
  });
  expect(answers.ownPage).toMatchObject({ ok: true });
  expect(answers.subFrame).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(answers.otherPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('denies permission requests: notifications, geolocation, camera and microphone', async () => {
  const page = await app.firstWindow();
  const outcome = await page.evaluate(async () => ({
    notifications: await Notification.requestPermission(),
    geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
    media: await navigator.mediaDevices.getUserMedia({ audio: true, video: true }).then(
      () => 'granted',
      (error: Error) => error.name,
    ),
  }));
  expect(outcome.notifications).toBe('denied');
  expect(outcome.geolocation).toBe('denied');
  expect(outcome.media).not.toBe('granted');
});
