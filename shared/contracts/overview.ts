import { z } from 'zod';
import { ACTIVITY_PHASES, AREAS, INITIATIVES } from '../domain';
import { Id } from '../ids';
import { OverviewFilter } from './activities';
import type { ContractPart } from './common';
import { TeamOverview } from './learning';
import { PersonRef } from './research';

const Count = z.number().int().min(0);
/** A figure about people: null when fewer than MIN_GROUP people are behind it (docs/privacy.md). */
const PeopleCount = Count.nullable();

const countsOf = <T extends readonly string[]>(keys: T) => z.strictObject(Object.fromEntries(keys.map((k) => [k, Count])) as Record<T[number], typeof Count>);

export const Overview = z.object({
  activities: z.object({
    byArea: countsOf(AREAS),
    byPhase: countsOf(ACTIVITY_PHASES),
    byInitiative: countsOf(INITIATIVES),
    /** Activities that name no collaborator: a gap to look at, not an error. */
    withoutCollaborators: Count,
  }),
  sessions: z.object({
    sessions: Count,
    registrations: PeopleCount,
    attended: PeopleCount,
    waitlist: PeopleCount,
    openActions: Count,
    overdueActions: Count,
    byMonth: z.array(z.object({ month: z.string(), sessions: Count, registrations: PeopleCount, attended: PeopleCount, waitlist: PeopleCount })),
  }),
  questions: z.object({
    asked: Count,
    answered: Count,
    unanswered: Count,
    /** Median hours from asking to the first answer, over the answered questions; null when none. */
    medianHoursToFirstAnswer: z.number().nullable(),
    byMonth: z.array(z.object({ month: z.string(), asked: Count, answered: Count, unanswered: Count })),
  }),
  marketplace: z.object({
    /** Wants no offer in the network meets (unmet demand). */
    unmetWants: Count,
    /** Offers no want asks for. */
    unaskedOffers: Count,
    unmetWantTopics: z.array(z.string()),
    unaskedOfferTopics: z.array(z.string()),
  }),
  /** Master teachers who share no activity with anyone yet. */
  isolatedMembers: z.array(Id),
  /** What the page and report draw besides the figures above. */
  details: z.object({
    total: Count,
    initiativeByInstitution: z.array(z.object({ institution: z.string(), ...countsOf(INITIATIVES).shape })),
    /** Activities per pair of institutions of the master teachers in them; the diagonal is within one institution. */
    collaboration: z.object({ institutions: z.array(z.string()), matrix: z.array(z.array(Count)) }),
    isolated: z.array(PersonRef),
    notable: z.array(z.object({ id: Id, title: z.string(), institution: z.string(), effect: z.string(), effectTags: z.array(z.string()) })),
  }),
  /**
   * Leren op het werk: the team overview for the filter's period, institution
   * and team (a leerlog knows no area or PLG), only from entries shared in
   * aggregate; a group under MIN_GROUP teachers is `{suppressed: true}`.
   */
  learning: TeamOverview,
});
export type Overview = z.infer<typeof Overview>;

/** The part of the overview `masternetwerk overview --json` prints: the contract of the issue, with `learning` added later (issue 11). */
export const overviewJson = ({ activities, sessions, questions, marketplace, isolatedMembers, learning }: Overview) => ({ activities, sessions, questions, marketplace, isolatedMembers, learning });

/**
 * One number of the overview, to open the records behind it:
 * `area:innovatie`, `phase:lopend`, `initiative:samen`, `initiative:<institution>:samen`,
 * `withoutCollaborators`, `pair:<i>:<j>` (institution indexes), `sessions:<YYYY-MM>`,
 * `questions:<YYYY-MM>:<asked|answered|unanswered>`, `isolated`, `unmetWant:<text>`, `unaskedOffer:<text>`.
 */
export const OverviewCell = z.string().min(1).max(400);

export const OverviewRecord = z.object({ type: z.enum(['activities', 'sessions', 'questions', 'members']), id: Id, title: z.string(), detail: z.string() });
export type OverviewRecord = z.infer<typeof OverviewRecord>;

export const OVERVIEW_REPORT_FORMATS = ['pdf', 'csv'] as const;
export const OverviewReportFormat = z.enum(OVERVIEW_REPORT_FORMATS);

export const OverviewReportFile = z.object({ fileName: z.string(), mediaType: z.string(), dataBase64: z.string() });
export type OverviewReportFile = z.infer<typeof OverviewReportFile>;

export const overviewContract = {
  'overview:get': { input: z.strictObject({ filter: OverviewFilter.default({}) }), output: Overview },
  'overview:records': { input: z.strictObject({ filter: OverviewFilter.default({}), cell: OverviewCell }), output: z.array(OverviewRecord) },
  /** The overview as a PDF report, or the activity list as Dutch-Excel CSV. */
  'overview:report': { input: z.strictObject({ filter: OverviewFilter.default({}), format: OverviewReportFormat.default('pdf') }), output: OverviewReportFile },
} as const satisfies ContractPart;
