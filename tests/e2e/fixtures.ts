import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PREVIEW = path.join(ROOT, 'out', 'preview', 'index.js');
const READY = 'PREVIEW_READY ';

export interface Running {
  child: ChildProcess;
  url: string;
}

/** Starts the preview host and resolves with its URL once it prints PREVIEW_READY; rejects if it exits first. */
export async function startHost(dataDir: string, demo: boolean): Promise<Running> {
  if (!existsSync(PREVIEW)) throw new Error(`${PREVIEW} is missing: run \`node scripts/build.mjs\` before the end-to-end tests.`);
  const child = spawn(process.execPath, [PREVIEW, '--data', dataDir, ...(demo ? ['--demo'] : [])], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const lines = createInterface({ input: child.stdout! });
  return new Promise<Running>((resolve, reject) => {
    const onExit = (code: number | null, signal: string | null) =>
      reject(new Error(`The preview host exited (code ${code}, signal ${signal}) before it was ready.\n${stderr}`));
    child.once('exit', onExit);
    child.once('error', reject);
    lines.on('line', (line) => {
      if (!line.startsWith(READY)) return;
      child.off('exit', onExit);
      const { url } = JSON.parse(line.slice(READY.length)) as { url: string };
      resolve({ child, url });
    });
  });
}

export async function stopHost({ child }: Running): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export interface PreviewHost {
  /** The app's address, with the access token; changes on restart. */
  url: string;
  dataDir: string;
  /** Stops the host and starts it again on the same data directory; resolves with the new URL. */
  restart(): Promise<string>;
}

export const test = base.extend<{ demo: boolean; host: PreviewHost; pageProblems: void }>({
  demo: [false, { option: true }],
  /** Every test also fails on an uncaught error in the page or a blocked inline style or script (CSP). */
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
      });
      await use();
      expect(problems, 'problems in the page').toEqual([]);
    },
    { auto: true },
  ],
  host: async ({ demo }, use) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'masternetwerk-e2e-'));
    let running = await startHost(dataDir, demo);
    const host: PreviewHost = {
      url: running.url,
      dataDir,
      async restart() {
        await stopHost(running);
        running = await startHost(dataDir, demo);
        host.url = running.url;
        return running.url;
      },
    };
    try {
      await use(host);
    } finally {
      await stopHost(running);
      await rm(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };

/** Full-window screenshots for people to look at, in test-results/screenshots/. */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: path.join(ROOT, 'test-results', 'screenshots', `${name}.png`), fullPage: options.fullPage ?? false });
}
