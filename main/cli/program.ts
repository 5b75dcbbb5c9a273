import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../shared/domain';
import { openApp, type AppContext } from '../core/app';
import { resolveDataDir } from '../core/dataDir';
import { seedDemo } from '../core/demo/seedDemo';
import { repairStamps } from '../core/stampRepair';
import { DataDirLockedError } from '../core/store/dataDirLock';
import { APP_VERSION } from '../core/version';
import { registerBackupCommands } from './backupCommands';
import { registerCitationCommands } from './citationCommands';
import { compareTitles, subtitleOf, titleOf } from './describe';
import { registerExchangeCommands } from './exchangeCommands';
import { registerLearningCommands } from './learningCommands';
import { CliError, createOutput, table, type Output } from './output';
import { registerOverviewCommands } from './overviewCommands';
import { registerPlgCommands } from './plgCommands';
import { registerSearchCommands } from './searchCommands';
import { registerSessionCommands } from './sessionCommands';
import { registerSyncCommands } from './syncCommands';

interface GlobalOptions {
  data?: string;
  json?: boolean;
}

const MAX_DEMO_MEMBERS = 100_000;

/**
 * The CLI: `masternetwerk --data <dir> <command>`. Each command opens the
 * same core as the app; writing commands take the data-directory lock.
 */
export function createProgram(): Command {
  const program = new Command('masternetwerk')
    .description('Masternetwerk on the command line: the same data and services as the app.')
    .version(APP_VERSION)
    .option('--data <dir>', 'data directory (default: MASTERNETWERK_DATA_DIR or the OS user-data folder)')
    .option('--json', 'machine-readable output')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('seed')
    .description('replace the demo data set (your own records stay)')
    .requiredOption('--demo', 'generate the demo network')
    .addOption(new Option('--members <n>', `number of members (up to ${MAX_DEMO_MEMBERS}); other types scale with it`).argParser(positiveInt).default(120))
    .action(async (options: { members: number }) =>
      withApp(program, { write: true }, async (app, out) => {
        if (options.members > MAX_DEMO_MEMBERS) throw new CliError(`--members must be at most ${MAX_DEMO_MEMBERS}.`, 2);
        // The count follows in the progress lines: learning-log entries, POPs and badges come on top of demoSizes.
        out.progress(`Generating a demo network of ${options.members} members…`);
        let lastShown = 0;
        const counts = await seedDemo(app.store, app.repos, options.members, (done, all) => {
          if (done - lastShown >= 20_000 || done === all) {
            lastShown = done;
            out.progress(`  ${done} / ${all} records written`);
          }
        });
        out.result({ seeded: counts }, () => `Demo data written: ${Object.entries(counts).map(([c, n]) => `${n} ${c}`).join(', ')}.`);
      }),
    );

  program
    .command('list')
    .description(`list records of one type: ${COLLECTION_NAMES.join(', ')}`)
    .argument('<type>', 'record type', collectionName)
    .action(async (type: CollectionName) =>
      withApp(program, { write: false }, async (app, out) => {
        const records = app.repos[type].list().sort((a, b) => compareTitles(type, a, b));
        out.result(records, () =>
          records.length === 0 ? `No ${type}.` : table(records.map((r) => [r.id, titleOf(r), subtitleOf(type, r)])),
        );
      }),
    );

  program
    .command('show')
    .description('show one record by id, whatever its type')
    .argument('<id>', 'record id')
    .action(async (id: string) =>
      withApp(program, { write: false }, async (app, out) => {
        for (const type of COLLECTION_NAMES) {
          const record = app.repos[type].find(id);
          if (record) {
            out.result({ type, ...record }, () =>
              Object.entries({ type, ...record })
                .map(([key, value]) => `${key.padEnd(16)} ${typeof value === 'string' ? value : JSON.stringify(value)}`)
                .join('\n'),
            );
            return;
          }
        }
        throw new CliError(`No record with id ${id}.`, 1, 'not_found');
      }),
    );

  program
    .command('doctor')
    .description('check the data directory; damaged files are restored from backup')
    .action(async () =>
      withApp(program, { write: true }, async (app, out) => {
        const stampsRepaired = await repairStamps(app);
        const invalid: { type: string; id: string; problem: string }[] = [];
        for (const type of COLLECTION_NAMES) {
          for (const record of app.repos[type].listAll()) {
            const parsed = COLLECTIONS[type].record.safeParse(record);
            if (!parsed.success) invalid.push({ type, id: record.id, problem: parsed.error.issues[0]?.message ?? 'invalid' });
          }
        }
        const counts = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, app.repos[c].count()]));
        const report = { dataDir: app.dataDir, healthy: invalid.length === 0 && app.store.recoveries.every((r) => r.complete), recovered: app.store.recoveries, stampsRepaired, invalidRecords: invalid, counts };
        out.result(report, () =>
          [
            `Data directory: ${app.dataDir}`,
            ...Object.entries(counts).map(([c, n]) => `  ${c.padEnd(10)} ${n}`),
            app.store.recoveries.length === 0
              ? 'All data files are intact.'
              : app.store.recoveries
                  .map((r) =>
                    r.restoredFrom
                      ? `Repaired ${r.file} (${r.problem}) from ${r.restoredFrom} of ${r.backupSavedAt}${r.complete ? '; no changes were lost.' : '; changes made after that backup may be missing.'}`
                      : `Could not repair ${r.file} (${r.problem}): no good backup was found.`,
                  )
                  .join('\n'),
            ...(stampsRepaired > 0 ? [`Repaired overflowed clock stamps in ${stampsRepaired} record(s).`] : []),
            invalid.length === 0 ? 'All records are valid.' : `${invalid.length} invalid record(s):\n${invalid.map((i) => `  ${i.type} ${i.id}: ${i.problem}`).join('\n')}`,
          ].join('\n'),
        );
        if (!report.healthy) process.exitCode = 3;
      }),
    );

  registerCitationCommands(program, withApp);
  registerPlgCommands(program, withApp);
  registerSessionCommands(program, withApp);
  registerExchangeCommands(program, withApp);
  registerSearchCommands(program, withApp);
  registerOverviewCommands(program, withApp);
  registerLearningCommands(program, withApp);
  registerSyncCommands(program, withApp);
  registerBackupCommands(program, withApp);

  return program;
}

async function withApp(program: Command, mode: { write: boolean }, run: (app: AppContext, out: Output) => Promise<void>) {
  const options = program.opts<GlobalOptions>();
  const out = createOutput(Boolean(options.json));
  const dataDir = resolveDataDir(options.data ? ['--data', options.data] : []);
  let app: AppContext;
  try {
    app = await openApp({ dataDir, readOnly: !mode.write, search: 'lazy' });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      throw new CliError(`${error.message} Close the app first, or use a read-only command (list, show).`, 1, 'locked');
    }
    throw error;
  }
  try {
    await run(app, out);
  } finally {
    await app.close();
  }
}

function collectionName(value: string): CollectionName {
  if (!(COLLECTION_NAMES as string[]).includes(value)) {
    throw new InvalidArgumentError(`Choose one of: ${COLLECTION_NAMES.join(', ')}.`);
  }
  return value as CollectionName;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('Give a whole number of at least 1.');
  return n;
}

export { CommanderError };
