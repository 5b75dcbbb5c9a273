import type { Period, TeamOverview, TeamRow } from '../../../shared/contract';
import { MIN_GROUP } from '../../../shared/contract';
import { LEARNING_KINDS, type LearningKind } from '../../../shared/domain';
import { compareDutch } from '../../../shared/text/names';
import type { Counted } from './learningIndex';

const keyOf = (e: Pick<Counted, 'institution' | 'team'>) => `${e.institution}\u0000${e.team}`;
const inPeriod = (date: string, period: Period | undefined) => (!period?.from || date >= period.from) && (!period?.to || date <= period.to);
const same = (filter: string | undefined, value: string) => !filter || value.trim().toLocaleLowerCase('nl') === filter.trim().toLocaleLowerCase('nl');

/** What the overview can be narrowed to: one team, one institution (the Overzicht's filter), a period. */
export interface TeamOverviewOptions {
  team?: string;
  institution?: string;
  period?: Period;
}

/**
 * The team overview: learning-log entries per kind, per team (institution +
 * team) and period, built only from entries their owners shared in
 * aggregate. A group with fewer than MIN_GROUP distinct contributing
 * teachers is reported as suppressed, with no counts at all — not even how
 * many teachers it has. The team overview page, the Overzicht (page, PDF
 * and `overview --json`) and `team-overview --json` all take their numbers
 * from here.
 */
export function teamOverview(entries: Iterable<Counted>, options: TeamOverviewOptions = {}): TeamOverview {
  const groups = new Map<string, { institution: string; team: string; contributors: Set<string>; counts: Map<LearningKind, number> }>();
  for (const entry of entries) {
    if (entry.deleted || entry.visibility !== 'aggregaat') continue;
    if (!inPeriod(entry.date, options.period) || !same(options.team, entry.team) || !same(options.institution, entry.institution)) continue;
    const key = keyOf(entry);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { institution: entry.institution, team: entry.team, contributors: new Set(), counts: new Map() }));
    group.contributors.add(entry.contributor);
    group.counts.set(entry.kind, (group.counts.get(entry.kind) ?? 0) + 1);
  }
  const teams: TeamRow[] = [...groups.values()]
    .sort((a, b) => compareDutch(a.institution, b.institution) || compareDutch(a.team, b.team))
    .map((g) => {
      if (g.contributors.size < MIN_GROUP) return { institution: g.institution, team: g.team, suppressed: true as const };
      const counts = Object.fromEntries(LEARNING_KINDS.map((k) => [k, g.counts.get(k) ?? 0])) as Record<LearningKind, number>;
      const total = LEARNING_KINDS.reduce((n, k) => n + counts[k], 0);
      return { institution: g.institution, team: g.team, suppressed: false as const, contributors: g.contributors.size, total, counts };
    });
  return { from: options.period?.from ?? null, to: options.period?.to ?? null, minGroup: MIN_GROUP, kinds: [...LEARNING_KINDS], teams };
}
