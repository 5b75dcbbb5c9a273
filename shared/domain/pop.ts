import { z } from 'zod';
import { Id } from '../ids';
import { longText, shortText, tagList } from './common';
import { withEnvelope } from './envelope';

/** The POP is renewed at least every four years (CAO; DOMAIN.md). */
const IsoDate = z.iso.date();

export const POP_RENEWAL_YEARS = 4;

export const GOAL_STATUSES = ['gepland', 'bezig', 'behaald', 'bijgesteld', 'gestopt'] as const;
export const GoalStatus = z.enum(GOAL_STATUSES);
export type GoalStatus = z.infer<typeof GoalStatus>;

export const PopStep = z.strictObject({
  id: Id,
  text: shortText(1),
  due: IsoDate.nullable(),
  done: z.boolean(),
});
export type PopStep = z.infer<typeof PopStep>;

export const PopEvaluation = z.strictObject({
  id: Id,
  date: IsoDate,
  text: longText().min(1).max(4_000),
});
export type PopEvaluation = z.infer<typeof PopEvaluation>;

/** What a goal's progress is read from: the learning log, marketplace wants, café actions, activities. */
export const GoalLinks = z.strictObject({
  learningIds: z.array(Id).max(200),
  /** Wants ("ik wil leren …") from the owner's profile, by their text. */
  wants: tagList(),
  /** Café session actions (`SessionAction.id`). */
  actionIds: z.array(Id).max(100),
  /** Records of "Activities and impact". */
  activityIds: z.array(Id).max(100),
});
export type GoalLinks = z.infer<typeof GoalLinks>;
export const emptyGoalLinks = (): GoalLinks => ({ learningIds: [], wants: [], actionIds: [], activityIds: [] });

/** A goal written SMARTI: each letter is its own field; tijdgebonden is the start and end date. */
export const PopGoalShape = z.strictObject({
  id: Id,
  title: shortText(3),
  specifiek: longText().max(2_000),
  meetbaar: longText().max(2_000),
  /** Agreed with whom (team leader, colleague). */
  acceptabel: shortText(),
  realistisch: longText().max(2_000),
  start: IsoDate,
  end: IsoDate,
  inspirerend: longText().max(2_000),
  steps: z.array(PopStep).max(50),
  status: GoalStatus,
  evaluations: z.array(PopEvaluation).max(100),
  links: GoalLinks,
});

/** Tijdgebonden: the end lies on or after the start. */
export const PopGoal = PopGoalShape.refine((g) => g.end >= g.start, { message: 'end_before_start', path: ['end'] });
export type PopGoal = z.infer<typeof PopGoal>;

export const POP_VISIBILITIES = ['prive', 'netwerk'] as const;

export const PopFields = z.strictObject({
  ownerId: Id,
  /** Private by default: a POP leaves this machine only when its owner shares it. */
  visibility: z.enum(POP_VISIBILITIES),
  /** When this plan was drawn up; it is due for renewal four years later. */
  planStart: IsoDate,
  lastConversation: IsoDate.nullable(),
  nextConversation: IsoDate.nullable(),
  goals: z.array(PopGoal).max(30),
});
export type PopFields = z.infer<typeof PopFields>;

export const Pop = withEnvelope(PopFields);
export type Pop = z.infer<typeof Pop>;
