import { promises as fs } from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import writeFileAtomic from 'write-file-atomic';
import { CITATION_FORMATS, type CitationFormat } from '../../shared/contract';
import type { AppContext } from '../core/app';
import { dispatch, ServiceError } from '../core/dispatch';
import { MAX_IMPORT_BYTES } from '../core/formats/fileInput';
import { createHandlers } from '../core/handlers';
import { requireMe } from '../core/services/people';
import { readCitationImport, storeDrafts } from '../core/services/research';
import { CliError, table, type Output } from './output';

type WithApp = (program: Command, mode: { write: boolean }, run: (app: AppContext, out: Output) => Promise<void>) => Promise<void>;

/**
 * `cite` writes research results as RIS, BibTeX or CSL-JSON for a reference
 * manager; `import-citations` reads RIS or CSL-JSON (as Zotero exports them)
 * into draft results. Both use the same services as the app.
 */
export function registerCitationCommands(program: Command, withApp: WithApp): void {
  program
    .command('cite')
    .description('export research results as a citation file (all published results, or --ids)')
    .addOption(new Option('--format <format>', 'citation format').choices([...CITATION_FORMATS]).makeOptionMandatory())
    .option('--ids <ids...>', 'ids of the results to export (default: every published result)')
    .requiredOption('--out <file>', 'file to write')
    .action(async (options: { format: CitationFormat; ids?: string[]; out: string }) =>
      withApp(program, { write: false }, async (app, out) => {
        const result = await dispatch(createHandlers(app), 'research:cite', { format: options.format, ...(options.ids ? { ids: options.ids } : {}) });
        if (!result.ok) throw new CliError(result.error.message, 1, result.error.code);
        const file = result.value as { text: string; count: number };
        const target = path.resolve(options.out);
        await writeFileAtomic(target, file.text, 'utf8');
        out.result({ format: options.format, count: file.count, out: target }, () => `Wrote ${file.count} result(s) as ${options.format} to ${target}.`);
      }),
    );

  program
    .command('import-citations')
    .description('import a RIS or CSL-JSON file as draft research results; bad entries are skipped and reported')
    .argument('<file>', 'a .ris or .json file')
    .option('--dry-run', 'only report what would be imported')
    .option('--as <memberId>', 'the profile that imports (default: "me" of this data directory)')
    .action(async (fileArg: string, options: { dryRun?: boolean; as?: string }) =>
      withApp(program, { write: !options.dryRun }, async (app, out) => {
        const file = path.resolve(fileArg);
        const bytes = await readLimited(file);
        const importerId = options.as ?? requireMeForCli(app);
        if (!app.repos.members.find(importerId)) throw new CliError(`No profile with id ${importerId}.`, 1, 'not_found');
        let result;
        try {
          result = readCitationImport(app, path.basename(file), bytes, importerId);
        } catch (error) {
          const code = error instanceof ServiceError ? (error.issues?.[0]?.code ?? error.code) : 'error';
          throw new CliError(error instanceof Error ? error.message : String(error), 1, code);
        }
        const ids = options.dryRun || result.drafts.length === 0 ? [] : await storeDrafts(app, result);
        const report = {
          file,
          format: result.format,
          dryRun: Boolean(options.dryRun),
          imported: options.dryRun ? 0 : ids.length,
          wouldImport: result.drafts.length,
          rejected: result.problems.length,
          ids,
          entries: result.drafts.map((d, i) => ({ entry: d.entry, title: d.fields.title, id: ids[i] ?? null, unmatchedAuthors: d.unmatchedAuthors, warnings: d.warnings })),
          problems: result.problems,
        };
        out.result(report, () =>
          [
            `${options.dryRun ? 'Would import' : 'Imported'} ${result.drafts.length} draft result(s) from ${result.format}; ${result.problems.length} entr${result.problems.length === 1 ? 'y' : 'ies'} skipped.`,
            ...(result.drafts.length ? [table(result.drafts.map((d, i) => [`#${d.entry}`, ids[i] ?? '-', d.fields.title]))] : []),
            ...result.problems.map((p) => `  skipped entry ${p.entry}: ${p.reason}`),
          ].join('\n'),
        );
        // Nothing usable in the file is a failure too, though the report says why for each entry.
        if (result.drafts.length === 0) process.exitCode = 1;
      }),
    );
}

/** The size is checked before the file is read, so a wrong path to a huge file costs nothing. */
async function readLimited(file: string): Promise<Buffer> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) throw new CliError(`No file ${file}.`, 1, 'not_found');
  if (stat.size > MAX_IMPORT_BYTES) throw new CliError(`${file} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`, 1, 'too_large');
  return fs.readFile(file);
}

function requireMeForCli(app: AppContext): string {
  try {
    return requireMe(app);
  } catch {
    throw new CliError('This data directory has no "me" profile yet: pass --as <memberId>.', 1, 'no_me');
  }
}
