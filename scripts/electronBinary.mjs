// Where the Electron binary is, without require('electron') (which would try to download it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

export function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const electronInstaller = path.join(electronDir, 'install.js');

/**
 * Runs Electron's own installer (a download of about 100 MB) with its output
 * kept back: a failure is summed up in one line — the installer's error
 * message, e.g. "fetch failed" when offline — instead of its stack trace.
 * Returns the binary, or the reason there is none.
 */
export function downloadElectron() {
  if (!existsSync(electronInstaller)) return { binary: null, reason: 'the electron package is not installed' };
  const run = spawnSync(process.execPath, [electronInstaller], { encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
  const binary = electronBinary();
  if (binary) return { binary, reason: null };
  if (run.error) return { binary: null, reason: run.error.code === 'ETIMEDOUT' ? 'the download took longer than two minutes' : run.error.message };
  return { binary: null, reason: installerFailure(`${run.stderr ?? ''}\n${run.stdout ?? ''}`) ?? `the installer exited with code ${run.status}` };
}

/** The error message in an installer's output ("TypeError: fetch failed" and its stack → "fetch failed"). */
export function installerFailure(output) {
  return /^\s*[A-Za-z]*Error(?:\s*\[[^\]]*\])?:\s*(.+)$/m.exec(output)?.[1]?.trim() ?? null;
}
