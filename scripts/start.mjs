// `npm start`: builds if needed, then runs the desktop app. Where no Electron
// binary can be had (no internet to download it), it says so and opens the
// same app as the browser preview instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronInstaller } from './electronBinary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--if-needed'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let binary = electronBinary();
if (!binary && existsSync(electronInstaller) && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD !== '1') {
  console.log('Downloading the Electron binary (once)…');
  spawnSync(process.execPath, [electronInstaller], { stdio: 'inherit', timeout: 120_000 });
  binary = electronBinary();
}

const run = (command, commandArgs) => {
  const child = spawn(command, commandArgs, { stdio: 'inherit', cwd: root });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
};

if (binary) {
  run(binary, [root, ...args]);
} else {
  console.log('The Electron binary is not available on this machine, so Masternetwerk starts as the browser preview.');
  console.log('Open the address below in your browser; stop with Ctrl+C.\n');
  run(process.execPath, [path.join(root, 'out/preview/index.js'), ...args]);
}
