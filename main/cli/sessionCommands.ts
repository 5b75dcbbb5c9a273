import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import writeFileAtomic from 'write-file-atomic';
import type { AttendeesPreview, CsvRowProblem, MembersPreview } from '../../shared/contract';
import type { AppContext } from '../core/app';
import { MAX_IMPORT_BYTES } from '../core/formats';
import { importMembersFromCsv } from '../core/services/memberCsv';
import { attendeesCsv, importAttendees, sessionIcs } from '../core/services/sessions';
import { CliError, table, type Output } from './output';

type WithApp = (program: Command, mode: { write: boolean }, run: (app: AppContext, out: Output) => Promise<void>) => Promise<void>;

/**
 * Netwerkcafés in standard files: `ics` writes a calendar event, `attendees`
 * exports or imports a session's attendee list as Dutch-Excel CSV, and
 * `members import` adds colleagues from an HR spreadsheet. The same
 * services as the app; bad rows are reported by line number.
 */
export function registerSessionCommands(program: Command, withApp: WithApp): void {
  program
    .command('ics')
    .description('write a netwerkcafé as an iCalendar (.ics) file for Outlook or Google Calendar')
    .requiredOption('--session <id>', 'id of the session')
    .requiredOption('--out <file>', 'file to write')
    .action(async (options: { session: string; out: string }) =>
      withApp(program, { write: false }, async (app, out) => {
        const { text } = sessionIcs(app, sessionId(app, options.session));
        const target = path.resolve(options.out);
        await writeFileAtomic(target, text, 'utf8');
        out.result({ session: options.session, out: target }, () => `Wrote the calendar event to ${target}.`);
      }),
    );

  const attendees = program.command('attendees').description("a netwerkcafé's attendee list as CSV (Dutch Excel: ';', UTF-8 with BOM)");
  attendees
    .command('export')
    .description('write the attendee list of a session to a CSV file')
    .requiredOption('--session <id>', 'id of the session')
    .argument('<file>', 'CSV file to write')
    .action(async (file: string, options: { session: string }) =>
      withApp(program, { write: false }, async (app, out) => {
        const { bytes } = attendeesCsv(app, sessionId(app, options.session));
        const target = path.resolve(file);
        await writeFileAtomic(target, Buffer.from(bytes));
        const count = app.repos.sessions.get(options.session).attendees.length;
        out.result({ session: options.session, attendees: count, out: target }, () => `Wrote ${count} attendee(s) to ${target}.`);
      }),
    );
  attendees
    .command('import')
    .description('add or update attendees of a session from a CSV file; a full session puts newcomers on the waiting list')
    .requiredOption('--session <id>', 'id of the session')
    .option('--dry-run', 'only report what would change')
    .argument('<file>', 'CSV file to read')
    .action(async (file: string, options: { session: string; dryRun?: boolean }) =>
      withApp(program, { write: !options.dryRun }, async (app, out) => {
        const bytes = await readCsv(file);
        const { preview, result } = await importAttendees(app, sessionId(app, options.session), bytes, { dryRun: options.dryRun });
        const rows = okOrThrow(preview);
        out.result({ session: options.session, dryRun: Boolean(options.dryRun), ...result, rows: rows.rows, problems: rows.problems }, () =>
          [
            `${options.dryRun ? 'Would add' : 'Added'} ${result!.added}, ${options.dryRun ? 'would update' : 'updated'} ${result!.updated}, unchanged ${result!.unchanged}; ${result!.skipped} row(s) skipped.`,
            ...(rows.rows.length ? [table(rows.rows.map((r) => [`line ${r.line}`, r.change, r.result, r.name, r.email]))] : []),
            ...problemLines(rows.problems),
          ].join('\n'),
        );
        if (rows.rows.length === 0) process.exitCode = 1;
      }),
    );

  program
    .command('members')
    .description('colleagues in bulk')
    .command('import')
    .description('add colleagues from an HR spreadsheet (name, e-mail, institution, team, expertise); existing e-mail addresses are left alone')
    .option('--dry-run', 'only report what would be added')
    .argument('<file>', 'CSV file to read')
    .action(async (file: string, options: { dryRun?: boolean }) =>
      withApp(program, { write: !options.dryRun }, async (app, out) => {
        const bytes = await readCsv(file);
        const { preview, result, ids } = await importMembersFromCsv(app, bytes, { dryRun: options.dryRun });
        if (!preview.ok) throw new CliError(preview.problem.message, 1, preview.problem.code);
        const rows = preview;
        const report = {
          dryRun: Boolean(options.dryRun),
          ...result,
          ids,
          rows: rows.rows.map((r) => ({ line: r.line, name: r.fields.name, email: r.fields.email, institution: r.fields.institution, existingId: r.existingId })),
          problems: rows.problems,
          warnings: rows.warnings,
        };
        out.result(report, () =>
          [
            `${options.dryRun ? 'Would add' : 'Added'} ${result!.added} colleague(s); ${result!.unchanged} already had a profile; ${result!.skipped} row(s) skipped.`,
            ...problemLines(rows.problems),
            ...rows.warnings.map((w) => `  note line ${w.line}: ${w.reason}`),
          ].join('\n'),
        );
        if (rows.rows.length === 0) process.exitCode = 1;
      }),
    );
}

function sessionId(app: AppContext, id: string): string {
  if (!app.repos.sessions.find(id)) throw new CliError(`No session with id ${id}.`, 1, 'not_found');
  return id;
}

async function readCsv(file: string): Promise<Uint8Array> {
  const target = path.resolve(file);
  const stat = await fs.stat(target).catch(() => null);
  if (!stat?.isFile()) throw new CliError(`No file ${target}.`, 1, 'not_found');
  if (stat.size > MAX_IMPORT_BYTES) throw new CliError(`${target} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`, 1, 'too_large');
  return new Uint8Array(await fs.readFile(target));
}

/** A file that cannot be read at all (no name column, a zip, empty) fails the command with its code. */
function okOrThrow<P extends AttendeesPreview | MembersPreview>(preview: P): Extract<P, { ok: true }> {
  if (!preview.ok) throw new CliError(preview.problem.message, 1, preview.problem.code);
  return preview as Extract<P, { ok: true }>;
}

const problemLines = (problems: CsvRowProblem[]) => problems.map((p) => `  skipped line ${p.line}: ${p.reason}`);
