// `npm start`: builds if needed, then runs the desktop app. Where no Electron
// binary can be had (no internet to download it), it says so in one line and
// opens the same app as the browser preview instead.
//
// Stopping: Ctrl+C or a signal to this process stops the app too, and so does
// the end of the process that started this one (npm's shell passes no signal
// on when npm itself is stopped). The preview host in turn stops when this
// process disappears (its IPC channel closes), so it never keeps the data
// directory locked on its own.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadElectron, electronBinary } from './electronBinary.mjs';
import { nodeVersionProblem } from './nodeVersion.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

// Only for running the test of this script on an older Node during the move to Node 22.
const problem = process.env.MASTERNETWERK_ALLOW_OLD_NODE === '1' ? null : nodeVersionProblem();
if (problem) {
  console.error(problem);
  process.exit(1);
}

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--if-needed'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let binary = electronBinary();
let why = 'the Electron binary is not installed';
if (!binary && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD !== '1' && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  console.log('Downloading the Electron binary (once)…');
  const download = downloadElectron();
  binary = download.binary;
  if (download.reason) why = `the Electron binary could not be downloaded (${download.reason})`;
}

function run(command, commandArgs, { ipc = false } = {}) {
  const child = spawn(command, commandArgs, { stdio: ['inherit', 'inherit', 'inherit', ...(ipc ? ['ipc'] : [])], cwd: root });
  const stop = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  // A stop asked for ends well (0): the app closed its data directory before exiting.
  child.on('exit', (code) => process.exit(code ?? 1));
  child.on('error', (error) => {
    console.error(`Masternetwerk could not start: ${error.message}`);
    process.exit(1);
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
  // When whoever started us is gone, so are we: Node has no parent-death signal, so look now and then.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop('SIGTERM');
  }, 500).unref();
}

if (binary) {
  run(binary, [root, ...args]);
} else {
  console.log(`Masternetwerk starts as the browser preview: ${why}.`);
  console.log('Open the address below in your browser; stop with Ctrl+C.\n');
  run(process.execPath, [path.join(root, 'out/preview/index.js'), ...args], { ipc: true });
}
