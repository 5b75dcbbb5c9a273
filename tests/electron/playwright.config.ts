import { defineConfig } from '@playwright/test';

/** The real desktop app through Playwright's _electron; runs only where an Electron binary exists. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: 'list',
});
