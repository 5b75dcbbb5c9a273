import path from 'node:path';
import type { Command } from 'commander';
import type { AppContext } from '../core/app';
import { backupFileName, makeBackup, restoreBackup } from '../core/backup';
import { ServiceError } from '../core/dispatch';
import { CliError, type Output } from './output';

type WithApp = (program: Command, mode: { write: boolean }, run: (app: AppContext, out: Output) => Promise<void>) => Promise<void>;

const failed = (error: unknown): never => {
  if (error instanceof ServiceError) throw new CliError(error.message, 1, error.issues?.[0]?.code ?? error.code);
  throw error;
};

/** `backup` and `restore`: the settings page's "Reservekopie maken/terugzetten" on the command line. */
export function registerBackupCommands(program: Command, withApp: WithApp): void {
  program
    .command('backup')
    .description('write the data directory as one zip, taken at a consistent point (the app must not have it open)')
    .option('--out <file>', 'zip file to write (default: masternetwerk-reservekopie-<date>.zip)')
    .action(async (options: { out?: string }) =>
      // Holding the write lock means no other process changes the files while they are copied.
      withApp(program, { write: true }, async (app, out) => {
        const made = await makeBackup(app, path.resolve(options.out ?? backupFileName())).catch(failed);
        out.result(made, () => `Wrote a backup of ${made.files} file(s) (${made.bytes} bytes) to ${made.file}.`);
      }),
    );

  program
    .command('restore')
    .description('unpack a backup into a new, empty directory (never over the data directory in use)')
    .argument('<file>', 'backup zip made by "backup" or the app')
    .requiredOption('--to <dir>', 'new or empty directory to restore into')
    .action(async (file: string, options: { to: string }) =>
      withApp(program, { write: false }, async (app, out) => {
        const restored = await restoreBackup(path.resolve(file), options.to, app.dataDir).catch(failed);
        out.result(restored, () => `Restored ${restored.files} file(s) into ${restored.dataDir}; open it with --data ${restored.dataDir}.`);
      }),
    );
}
