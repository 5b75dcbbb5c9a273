import { z } from 'zod';
import { Activity, ActivityFields, ActivityPhase, Area, Initiative } from '../domain';
import { Id } from '../ids';
import { byId, type ContractPart } from './common';
import { PersonRef } from './research';

/** A record an activity links to, with enough to show and open it. */
export const LinkedRecord = z.object({ type: z.enum(['research', 'questions', 'sessions', 'plgs']), id: Id, title: z.string() });
export type LinkedRecord = z.infer<typeof LinkedRecord>;

const IsoDay = z.iso.date();

/**
 * The filters of the overview (and of the activity list it clicks through
 * to). The period keeps what overlaps it: an activity from its start to its
 * end (open-ended while it runs), a café by its date, a question by when it
 * was asked.
 */
export const OverviewFilter = z
  .strictObject({
    from: IsoDay.optional(),
    to: IsoDay.optional(),
    institution: z.string().trim().min(1).max(200).optional(),
    team: z.string().trim().min(1).max(200).optional(),
    area: Area.optional(),
    plgId: Id.optional(),
  })
  .superRefine((f, ctx) => {
    if (f.from && f.to && f.to < f.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'end_before_start' });
  });
export type OverviewFilter = z.infer<typeof OverviewFilter>;

export const ActivityPage = z.object({ total: z.number(), items: z.array(Activity), people: z.array(PersonRef) });
export type ActivityPage = z.infer<typeof ActivityPage>;

export const ActivityDetail = z.object({ activity: Activity, people: z.array(PersonRef), links: z.array(LinkedRecord) });
export type ActivityDetail = z.infer<typeof ActivityDetail>;

/** A short reference to an activity, for the pages of the records it links to. */
export const ActivityRef = z.object({ id: Id, title: z.string(), phase: ActivityPhase, institution: z.string() });
export type ActivityRef = z.infer<typeof ActivityRef>;

/** What the activity form can link to. */
export const ActivityChoices = z.object({
  members: z.array(PersonRef),
  research: z.array(LinkedRecord),
  questions: z.array(LinkedRecord),
  sessions: z.array(LinkedRecord),
  plgs: z.array(LinkedRecord),
  institutions: z.array(z.string()),
  teams: z.array(z.string()),
  marketplace: z.array(z.string()),
});
export type ActivityChoices = z.infer<typeof ActivityChoices>;

export const activitiesContract = {
  'activities:list': {
    input: z.strictObject({
      filter: OverviewFilter.default({}),
      phase: ActivityPhase.optional(),
      initiative: Initiative.optional(),
      /** Only the activities a member carries out. */
      memberId: Id.optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(60),
    }),
    output: ActivityPage,
  },
  'activities:get': { input: byId, output: ActivityDetail },
  'activities:save': { input: z.strictObject({ id: Id.optional(), fields: ActivityFields }), output: Activity },
  'activities:delete': { input: byId, output: byId },
  /** The activities that link to a research result, question, café or PLG: the other direction of the links. */
  'activities:linkedTo': { input: byId, output: z.array(ActivityRef) },
  'activities:choices': { input: z.strictObject({}).optional(), output: ActivityChoices },
} as const satisfies ContractPart;
