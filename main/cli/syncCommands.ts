import path from 'node:path';
import { type Command } from 'commander';
import type { AppContext } from '../core/app';
import { renewInstallId, saveSync, SyncEngine, syncPass, syncSettings, type PassResult } from '../core/sync';
import { CliError, type Output } from './output';

type WithApp = (program: Command, mode: { write: boolean }, run: (app: AppContext, out: Output) => Promise<void>) => Promise<void>;

interface SyncOptions {
  folder?: string;
  once?: boolean;
  poll?: boolean;
  newInstallId?: boolean;
}

/** Exit code when the pass ran but could not write (read-only or full folder, a duplicated install id). */
export const SYNC_WRITE_EXIT_CODE = 5;

/** The contract of `sync --json`: exactly these fields. */
const reportOf = (r: PassResult) => ({
  written: r.written,
  read: r.read,
  applied: r.applied,
  suggestions: r.suggestions,
  conflicts: r.conflicts,
  skipped: r.skipped.map(({ file, reason }) => ({ file, reason })),
});

const line = (r: PassResult) =>
  `Wrote ${r.written}, read ${r.read} segment(s), ${r.applied} changed something here; ${r.suggestions} suggestion(s), ${r.conflicts} conflict(s), ${r.skipped.length} file(s) skipped.`;

/**
 * `sync`: the shared-folder sync (docs/sync.md). `--once` runs one pass and
 * prints its report; without it the folder is watched until Ctrl+C. The
 * folder given with `--folder` is remembered for the next run (and the app).
 */
export function registerSyncCommands(program: Command, withApp: WithApp): void {
  program
    .command('sync')
    .description('sync through a shared folder (OneDrive, a network drive, Syncthing): write this install\'s changes, read everyone else\'s')
    .option('--folder <dir>', 'the shared folder (remembered)')
    .option('--once', 'one pass, then exit (otherwise watch until Ctrl+C)')
    .option('--poll', 'poll the folder instead of waiting for file events (network drives)')
    .option('--new-install-id', 'give this data directory a new install id (after "another install writes under this id")')
    .action(async (options: SyncOptions) =>
      withApp(program, { write: true }, async (app, out) => {
        if (options.folder !== undefined) await saveSync(app, { ...syncSettings(app), folder: path.resolve(options.folder) });
        if (options.newInstallId) out.progress(`This install is now ${await renewInstallId(app)}.`);
        const folder = syncSettings(app).folder;
        if (!folder) throw new CliError('No shared folder: give one with --folder <dir>.', 2, 'invalid_input');
        if (options.once) {
          const result = await syncPass(app, folder);
          if (result.error?.code === 'folder_missing') throw new CliError(`${result.error.message} (${folder})`, 1, result.error.code);
          out.result(reportOf(result), () => [line(result), ...result.skipped.map((s) => `  skipped ${s.file}: ${s.reason}`)].join('\n'));
          if (result.error) {
            process.stderr.write(`Error: ${result.error.message}\n`);
            process.exitCode = SYNC_WRITE_EXIT_CODE;
          }
          return;
        }
        await watchUntilInterrupted(app, out, options.poll);
      }),
    );
}

async function watchUntilInterrupted(app: AppContext, out: Output, poll: boolean | undefined): Promise<void> {
  let lastError = '';
  const engine = new SyncEngine(app, {
    poll,
    onSkip: (s) => out.progress(`Skipped ${s.file}: ${s.reason}`),
    onPass: (r) => {
      const error = r.error?.message ?? '';
      if (error && error !== lastError) process.stderr.write(`Error: ${error}\n`);
      lastError = error;
      // One line per pass that did something: a JSON object per line with --json, for scripts that follow along.
      if (r.written + r.read > 0) process.stdout.write(`${out.json ? JSON.stringify(reportOf(r)) : line(r)}\n`);
    },
  });
  out.progress(`Watching ${syncSettings(app).folder}; Ctrl+C stops.`);
  await engine.start();
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await engine.stop();
}
