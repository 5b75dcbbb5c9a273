import { build } from 'esbuild';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** Bundles a helper script once, so each of many child processes starts in milliseconds. */
export async function bundleScript(entry: string): Promise<string> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'mnw-child-'));
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url); const __filename = ''; const __dirname = '';" },
  });
  return outfile;
}

/** A child process and its stdout lines as they arrive. */
export function startChild(script: string, args: string[]) {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout! });
  const seen: string[] = [];
  lines.on('line', (line) => seen.push(line));
  const drained = new Promise<void>((resolve) => lines.once('close', resolve));
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return {
    child,
    /** Every line the child printed, once its output has ended (after it exited or was killed). */
    async allLines(): Promise<string[]> {
      await drained;
      return seen;
    },
    /** Resolves with the first line that satisfies `accept`; rejects if the child exits first. */
    waitForLine(accept: (line: string) => boolean): Promise<string> {
      return new Promise((resolve, reject) => {
        const onLine = (line: string) => {
          if (accept(line)) {
            cleanup();
            resolve(line);
          }
        };
        const onExit = (code: number | null) => {
          cleanup();
          reject(new Error(`child exited (${code}) before the expected line: ${stderr}`));
        };
        const cleanup = () => {
          lines.off('line', onLine);
          child.off('exit', onExit);
        };
        lines.on('line', onLine);
        child.once('exit', onExit);
      });
    },
  };
}

export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
