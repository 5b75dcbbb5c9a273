import path from 'node:path';
import type { Command } from 'commander';
import writeFileAtomic from 'write-file-atomic';
import { OverviewFilter, overviewJson, type Overview } from '../../shared/contract';
import type { AppContext } from '../core/app';
import { computeOverview } from '../core/overview/computeOverview';
import { buildReport } from '../core/services/overview';
import { CliError, type Output } from './output';

type WithApp = (program: Command, mode: { write: boolean }, run: (app: AppContext, out: Output) => Promise<void>) => Promise<void>;

interface FilterOptions {
  institution?: string;
  from?: string;
  to?: string;
}

/** The command-line filter, checked by the same schema as the app's; one English line when it is wrong. */
function filterOf(options: FilterOptions): OverviewFilter {
  for (const key of ['from', 'to'] as const) {
    const value = options[key];
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new CliError(`--${key} must be a date as YYYY-MM-DD, not "${value}".`, 2, 'invalid_input');
  }
  const parsed = OverviewFilter.safeParse({ institution: options.institution, from: options.from, to: options.to });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    if (issue.message === 'end_before_start') throw new CliError(`--to (${options.to}) is before --from (${options.from}).`, 2, 'invalid_input');
    throw new CliError(`--${field} is not valid: ${issue.message}.`, 2, 'invalid_input');
  }
  return parsed.data;
}

const withFilter = (command: Command) =>
  command
    .option('--institution <name>', 'only this institution')
    .option('--from <YYYY-MM-DD>', 'start of the period')
    .option('--to <YYYY-MM-DD>', 'end of the period (inclusive)');

const shown = (n: number | null) => (n === null ? '<5' : String(n));

function humanOverview(o: Overview): string {
  const { activities: a, sessions: s, questions: q, marketplace: m } = o;
  const line = (label: string, counts: Record<string, number>) => `${label.padEnd(14)} ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}`;
  return [
    `Activities: ${o.details.total} (${a.withoutCollaborators} without collaborators)`,
    line('  by area', a.byArea),
    line('  by phase', a.byPhase),
    line('  initiative', a.byInitiative),
    `Sessions: ${s.sessions}, registrations ${shown(s.registrations)}, attended ${shown(s.attended)}, waitlist ${shown(s.waitlist)}, open actions ${s.openActions} (${s.overdueActions} overdue)`,
    `Questions: ${q.asked} asked, ${q.answered} answered, ${q.unanswered} unanswered; median to first answer ${q.medianHoursToFirstAnswer ?? '-'} h`,
    `Marketplace: ${m.unmetWants} wants without an offer, ${m.unaskedOffers} offers nobody asks for`,
    `Master teachers without a shared activity: ${o.isolatedMembers.length}`,
  ].join('\n');
}

/**
 * `overview` prints the overview's numbers (the same service as the page and
 * the PDF), `report` writes the PDF report or the activity list as CSV.
 */
export function registerOverviewCommands(program: Command, withApp: WithApp): void {
  withFilter(program.command('overview').description('the numbers of the Overzicht page: activities, sessions, questions, marketplace')).action(
    async (options: FilterOptions) =>
      withApp(program, { write: false }, async (app, out) => {
        const overview = computeOverview(app, filterOf(options));
        out.result(overviewJson(overview), () => humanOverview(overview));
      }),
  );

  withFilter(program.command('report').description('write the overview as a PDF report, or the activity list as CSV (Dutch Excel)'))
    .requiredOption('--out <file>', 'file to write')
    .option('--format <format>', 'pdf or csv', 'pdf')
    .action(async (options: FilterOptions & { out: string; format: string }) =>
      withApp(program, { write: false }, async (app, out) => {
        if (options.format !== 'pdf' && options.format !== 'csv') throw new CliError(`--format must be pdf or csv, not "${options.format}".`, 2, 'invalid_input');
        const filter = filterOf(options);
        const { bytes } = await buildReport(app, filter, options.format);
        const target = path.resolve(options.out);
        await writeFileAtomic(target, Buffer.from(bytes));
        out.result({ out: target, format: options.format, bytes: bytes.length }, () => `Wrote the ${options.format === 'pdf' ? 'report' : 'activity list'} to ${target}.`);
      }),
    );
}
