import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import writeFileAtomic from 'write-file-atomic';
import { Period, type TeamOverview } from '../../shared/contract';
import { learningKindInfo } from '../../shared/domain';
import type { AppContext } from '../core/app';
import { fileKeyVault } from '../core/bundle/keys';
import { learnerReportFile } from '../core/learning/learnerReport';
import { learningIndex } from '../core/learning/learningIndex';
import { checkBadge, issueSessionBadge } from '../core/services/badges';
import { ServiceError } from '../core/dispatch';
import { CliError, table, type Output } from './output';

type WithApp = (program: Command, mode: { write: boolean }, run: (app: AppContext, out: Output) => Promise<void>) => Promise<void>;

/** A badge file is a few kilobytes; anything much larger is not one. */
const MAX_BADGE_BYTES = 64 * 1024;

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !Period.safeParse({ from: value, to: null }).success) throw new InvalidArgumentError('Give a date as YYYY-MM-DD.');
  return value;
}

function period(from: string | undefined, to: string | undefined): Period {
  const parsed = Period.safeParse({ from: from ?? null, to: to ?? null });
  if (!parsed.success) throw new CliError('--to lies before --from.', 2, 'invalid_input');
  return parsed.data;
}

/**
 * Learning at work on the command line: the learner report (PDF or
 * Markdown), the team overview (k ≥ 5) and Open Badges. `list learning` and
 * `list pop` come from the generic `list`. The same services as the app.
 */
export function registerLearningCommands(program: Command, withApp: WithApp): void {
  program
    .command('learner-report')
    .description("write a member's learner report for a period: entries grouped by kind, with the five questions (PDF or Markdown)")
    .requiredOption('--member <id>', 'id of the member whose entries are reported')
    .option('--from <date>', 'first day (YYYY-MM-DD)', isoDate)
    .option('--to <date>', 'last day (YYYY-MM-DD)', isoDate)
    .requiredOption('--out <file>', 'file to write')
    .addOption(new Option('--format <format>', 'pdf or md').choices(['pdf', 'md']).default('pdf'))
    .action(async (options: { member: string; from?: string; to?: string; out: string; format: 'pdf' | 'md' }) =>
      withApp(program, { write: false }, async (app, out) => {
        if (!app.repos.members.find(options.member)) throw new CliError(`No member with id ${options.member}.`, 1, 'not_found');
        const file = await learnerReportFile(app, options.member, period(options.from, options.to), options.format);
        const target = path.resolve(options.out);
        await writeFileAtomic(target, Buffer.from(file.dataBase64, 'base64'));
        out.result({ member: options.member, format: options.format, entries: file.entries, out: target }, () => `Wrote the learner report (${file.entries} entries) to ${target}.`);
      }),
    );

  program
    .command('team-overview')
    .description('learning-log entries per kind per team, only from entries shared in aggregate; groups under 5 teachers are suppressed')
    .option('--team <team>', 'only this team')
    .option('--from <date>', 'first day (YYYY-MM-DD)', isoDate)
    .option('--to <date>', 'last day (YYYY-MM-DD)', isoDate)
    .action(async (options: { team?: string; from?: string; to?: string }) =>
      withApp(program, { write: false }, async (app, out) => {
        const overview = learningIndex(app.store).overview({ team: options.team, period: period(options.from, options.to) });
        out.result(overview, () => humanOverview(overview));
      }),
    );

  const badge = program.command('badge').description('Open Badges 3.0 credentials (VC-JOSE, EdDSA, issuer did:key of this install)');
  badge
    .command('issue')
    .description('issue a badge for presenting at a netwerkcafé, signed with this install’s key')
    .requiredOption('--session <id>', 'id of the session')
    .requiredOption('--member <id>', 'id of the member who presented')
    .requiredOption('--out <file>', 'file to write the compact JWS to')
    .action(async (options: { session: string; member: string; out: string }) =>
      withApp(program, { write: true }, async (app, out) => {
        if (!app.repos.sessions.find(options.session)) throw new CliError(`No session with id ${options.session}.`, 1, 'not_found');
        const issued = await issueSessionBadge(app, options.session, options.member, fileKeyVault(app.dataDir)).catch((error: unknown) => {
          throw error instanceof ServiceError ? new CliError(error.message, 1, error.code) : error;
        });
        const target = path.resolve(options.out);
        await writeFileAtomic(target, `${issued.jws}\n`, 'utf8');
        out.result({ id: issued.id, issuer: issued.issuer, member: issued.memberId, name: issued.name, out: target }, () => `Wrote the badge "${issued.name}" to ${target}.`);
      }),
    );
  badge
    .command('verify')
    .description('check a badge: signature, issuer key (this install or a trusted colleague), Open Badges 3.0 shape; exits non-zero only when the file cannot be read')
    .argument('<file>', 'badge file (compact JWS)')
    .action(async (file: string) =>
      withApp(program, { write: false }, async (app, out) => {
        const target = path.resolve(file);
        const stat = await fs.stat(target).catch(() => null);
        if (!stat?.isFile()) throw new CliError(`No file ${target}.`, 1, 'not_found');
        if (stat.size > MAX_BADGE_BYTES) throw new CliError(`${target} is larger than ${MAX_BADGE_BYTES / 1024} KB; it is not a badge.`, 1, 'too_large');
        const result = await checkBadge(app, await fs.readFile(target, 'utf8'), fileKeyVault(app.dataDir));
        out.result(result, () =>
          result.valid ? `Valid badge "${result.achievement?.name}" for ${result.subject}, issued by ${result.issuerName} (${result.issuer}).` : `Not valid: ${result.reason}`,
        );
      }),
    );
}

function humanOverview(overview: TeamOverview): string {
  if (overview.teams.length === 0) return 'No entries shared in aggregate for this selection.';
  const header = ['institution', 'team', 'teachers', 'total', ...overview.kinds.map((k) => String(learningKindInfo(k).number))];
  const rows = overview.teams.map((t) =>
    t.suppressed
      ? [t.institution, t.team || '-', 'too few (<5)', '', ...overview.kinds.map(() => '')]
      : [t.institution, t.team || '-', String(t.contributors), String(t.total), ...overview.kinds.map((k) => String(t.counts[k] ?? 0))],
  );
  return `${table([header, ...rows])}\nKinds by number: ${overview.kinds.map((k) => `${learningKindInfo(k).number} ${k}`).join(', ')}.`;
}
