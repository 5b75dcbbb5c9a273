import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from '../core/app';
import { defaultDataDir, resolveDataDir } from '../core/dataDir';
import { createHandlers } from '../core/handlers';
import { startSync, stopSync } from '../core/services/sync';
import { startPreviewHost } from './server';

/**
 * `npm run preview [-- --data <dir>] [--port N] [--demo]`: the full app in a
 * browser, no Electron needed. The demo network is seeded on the first run of
 * the default data directory, or of any new directory with --demo.
 */
async function main() {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv);
  const portFlag = argv.indexOf('--port');
  const port = portFlag === -1 ? 0 : Number(argv[portFlag + 1]);
  const app = await openApp({ dataDir, visit: true, demoOnFirstRun: dataDir === defaultDataDir() || argv.includes('--demo') });
  const here = path.dirname(fileURLToPath(import.meta.url));
  const host = await startPreviewHost({
    handlers: createHandlers(app),
    store: app.store,
    rendererDir: path.resolve(here, '../renderer'),
    port,
  });
  await startSync(app);
  // The first line is for people, the second for scripts and tests.
  console.log(`Masternetwerk preview: open ${host.url}\nData directory: ${dataDir}`);
  console.log(`PREVIEW_READY ${JSON.stringify({ url: host.url, dataDir })}`);
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      try {
        await host.close();
        await stopSync(app);
        await app.close();
      } finally {
        process.exit(0);
      }
    })();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Started by `npm start` (scripts/start.mjs) with an IPC channel: when that process is gone, stop too.
  if (process.send) process.on('disconnect', stop);
}

main().catch((error: unknown) => {
  console.error(`Masternetwerk preview could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
