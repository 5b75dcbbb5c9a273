import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain ESM helper shared with the npm scripts
import { electronBinary } from '../../scripts/electronBinary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const binary = (electronBinary as () => string | null)();

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
