#!/usr/bin/env node
// The command line tool: the same services as the app, without Electron.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../out/cli/index.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('Masternetwerk is not built yet: run `npm run build` first.');
  process.exit(1);
}
await import(cli);
