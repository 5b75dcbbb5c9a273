import type { OverviewFilter } from '../../../shared/contract';
import type { Activity, CafeSession, Member, Question } from '../../../shared/domain';

/**
 * Which records an overview filter keeps (docs/data-model.md, "Overview").
 * One definition for the overview, its click-through lists, the activity
 * list, the report and the CLI, so they cannot disagree.
 */

const EARLIEST = '0000-01-01';
const LATEST = '9999-12-31';

const overlaps = (start: string, end: string, filter: OverviewFilter) => start <= (filter.to ?? LATEST) && end >= (filter.from ?? EARLIEST);
const within = (day: string, filter: OverviewFilter) => overlaps(day, day, filter);

/** An activity counts from its start (or when it was recorded) to its end; without an end it still runs. */
export const activityPeriod = (a: Activity): [string, string] => {
  const start = a.startDate ?? a.createdAt.slice(0, 10);
  return [start, a.endDate ?? LATEST];
};

export function keepsActivity(filter: OverviewFilter, a: Activity): boolean {
  if (filter.institution && a.institution !== filter.institution) return false;
  if (filter.team && !a.teams.includes(filter.team)) return false;
  if (filter.area && !a.area.includes(filter.area)) return false;
  if (filter.plgId && a.plgId !== filter.plgId) return false;
  const [start, end] = activityPeriod(a);
  return overlaps(start, end, filter);
}

/** A member passes on institution, team and PLG; the period and area say nothing about a profile. */
export function keepsMember(filter: OverviewFilter, m: Member | undefined): boolean {
  if (!m) return !filter.institution && !filter.team && !filter.plgId;
  if (filter.institution && m.institution !== filter.institution) return false;
  if (filter.team && m.team !== filter.team) return false;
  if (filter.plgId && !m.plgIds.includes(filter.plgId)) return false;
  return true;
}

/** A café by its date, its PLG and its organisers' school and team. */
export function keepsSession(filter: OverviewFilter, s: CafeSession, member: (id: string) => Member | undefined): boolean {
  if (!within(s.start.slice(0, 10), filter)) return false;
  if (filter.plgId && s.plgId !== filter.plgId) return false;
  if (filter.institution || filter.team) return s.organiserIds.some((id) => keepsMember({ institution: filter.institution, team: filter.team }, member(id)));
  return true;
}

/** A question by when it was asked, its area and its author's school, team and PLG. */
export function keepsQuestion(filter: OverviewFilter, q: Question, member: (id: string) => Member | undefined): boolean {
  if (!within(q.createdAt.slice(0, 10), filter)) return false;
  if (filter.area && q.area !== filter.area) return false;
  if (filter.institution || filter.team || filter.plgId) return keepsMember(filter, member(q.authorId));
  return true;
}
