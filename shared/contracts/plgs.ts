import { z } from 'zod';
import { Plg, PlgFields, QuestionStatus, ResearchStatus } from '../domain';
import { Id } from '../ids';
import { ActivityRef } from './activities';
import { byId, none, type ContractPart } from './common';
import { PersonRef } from './research';
import { SessionListItem } from './sessions';

/**
 * Research results and questions carry no PLG of their own. A PLG's page
 * shows those of its people (members and coordinators) and those its cafés
 * and activities link to, and says which of the two brought each one there.
 */
export const PlgRelation = z.object({
  /** Written, or asked, by a member or coordinator of the PLG. */
  byItsPeople: z.boolean(),
  /** The PLG's cafés and activities that link to it. */
  linkedFrom: z.array(z.object({ type: z.enum(['sessions', 'activities']), id: Id, title: z.string() })),
});
export type PlgRelation = z.infer<typeof PlgRelation>;

export const PlgResearchItem = PlgRelation.extend({ id: Id, title: z.string(), year: z.number(), status: ResearchStatus, authorIds: z.array(Id) });
export type PlgResearchItem = z.infer<typeof PlgResearchItem>;

export const PlgQuestionItem = PlgRelation.extend({ id: Id, title: z.string(), status: QuestionStatus, authorId: Id, answers: z.number(), createdAt: z.string() });
export type PlgQuestionItem = z.infer<typeof PlgQuestionItem>;

export const PlgDetail = z.object({
  plg: Plg,
  /** May "me" change it (shared/ownership.ts): as a coordinator, or on the install that made it. */
  mayEdit: z.boolean(),
  /** Members (profiles that name the PLG), by surname. */
  memberIds: z.array(Id),
  /** Everyone the page names: coordinators, members, authors, askers, organisers. */
  people: z.array(PersonRef),
  /** Its cafés: coming ones first (soonest first), then past ones (latest first). */
  sessions: z.array(SessionListItem),
  activities: z.array(ActivityRef),
  research: z.array(PlgResearchItem),
  questions: z.array(PlgQuestionItem),
});
export type PlgDetail = z.infer<typeof PlgDetail>;

/** One PLG in the list: enough to choose one. */
export const PlgSummary = z.object({
  plg: Plg,
  coordinators: z.array(PersonRef),
  members: z.number(),
  /** "Me" is a member. */
  mine: z.boolean(),
  /** Its next café that has not ended, if any. */
  nextSession: z.object({ id: Id, title: z.string(), start: z.string() }).nullable(),
  activities: z.number(),
});
export type PlgSummary = z.infer<typeof PlgSummary>;

export const plgsContract = {
  'plgs:list': { input: none, output: z.array(Plg) },
  'plgs:summaries': { input: none, output: z.array(PlgSummary) },
  'plgs:get': { input: byId, output: PlgDetail },
  /** A new PLG, or a change by someone who may make it (`mayEdit`); coordinators must be profiles. */
  'plgs:save': { input: z.strictObject({ id: Id.optional(), fields: PlgFields }), output: Plg },
} as const satisfies ContractPart;
