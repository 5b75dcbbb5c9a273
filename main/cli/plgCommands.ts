import type { Command } from 'commander';
import type { AppContext } from '../core/app';
import { plgDetail } from '../core/services/plgs';
import { CliError, type Output } from './output';

type WithApp = (program: Command, mode: { write: boolean }, run: (app: AppContext, out: Output) => Promise<void>) => Promise<void>;

/**
 * `plg <id>`: one PLG as its page in the app shows it (the same service):
 * coordinators, members, cafés, activities, and the research and questions
 * of its people or linked from its cafés and activities. `list plgs` lists them.
 */
export function registerPlgCommands(program: Command, withApp: WithApp): void {
  program
    .command('plg')
    .description('show a PLG with its coordinators, members, cafés, activities, research and questions')
    .argument('<id>', 'id of the PLG (see `list plgs`)')
    .action(async (id: string) =>
      withApp(program, { write: false }, async (app, out) => {
        const plg = app.repos.plgs.find(id);
        if (!plg) throw new CliError(`No PLG with id ${id}.`, 1, 'not_found');
        const detail = plgDetail(app, plg);
        const name = (memberId: string) => detail.people.find((p) => p.id === memberId)?.name ?? memberId;
        out.result(detail, () =>
          [
            plg.name,
            plg.institutions.length > 0 ? `Institutions: ${plg.institutions.join(', ')}` : null,
            `Coordinators: ${plg.coordinatorIds.map(name).join(', ') || 'none'}`,
            `Members (${detail.memberIds.length}): ${detail.memberIds.map(name).join(', ') || 'none'}`,
            `Cafés (${detail.sessions.length}): ${detail.sessions.map((s) => `${s.session.start.slice(0, 10)} ${s.session.title}`).join('; ') || 'none'}`,
            `Activities (${detail.activities.length}): ${detail.activities.map((a) => a.title).join('; ') || 'none'}`,
            `Research (${detail.research.length}): ${detail.research.map((r) => r.title).join('; ') || 'none'}`,
            `Questions (${detail.questions.length}): ${detail.questions.map((q) => q.title).join('; ') || 'none'}`,
          ]
            .filter((line) => line !== null)
            .join('\n'),
        );
      }),
    );
}
