import { z } from 'zod';
import {
  Badge,
  GoalLinks,
  GoalStatus,
  LearnerAnswers,
  LearningEntry,
  LearningFields,
  LearningKind,
  LearningLinks,
  Pop,
  PopEvaluation,
  PopFields,
  PopGoalShape,
  PopStep,
  shortText,
  Visibility,
} from '../domain';
import { Id } from '../ids';
import { byId, none, type ContractPart } from './common';
import { LinkRef } from './sessions';

/**
 * Learning at work: the leerlog, the POP, the team overview and badges
 * (docs/privacy.md says what of each leaves the machine).
 */

const IsoDate = z.iso.date();

/** A period; either end may be open. */
export const Period = z
  .strictObject({ from: IsoDate.nullable().default(null), to: IsoDate.nullable().default(null) })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'end_before_start', path: ['to'] });
export type Period = z.infer<typeof Period>;

/** What the owner writes; owner, team and contributor token are the app's to keep. */
export const LearningInput = z.strictObject({
  date: IsoDate,
  title: shortText(1),
  happened: LearningFields.shape.happened,
  withWhom: LearningFields.shape.withWhom,
  kind: LearningKind,
  answers: LearnerAnswers,
  links: LearningLinks,
  visibility: LearningFields.shape.visibility,
});
export type LearningInput = z.infer<typeof LearningInput>;
export type LearningInputDraft = z.input<typeof LearningInput>;

export const LearningList = z.object({
  total: z.number(),
  items: z.array(LearningEntry),
  /** Titles of what the entries link to, by id. */
  titles: z.record(z.string(), z.string()),
});
export type LearningList = z.infer<typeof LearningList>;

/** What the link pickers offer: my cafés, my POP goals, research, questions and the activities I take part in. */
export const LearningChoices = z.object({
  sessions: z.array(LinkRef),
  goals: z.array(LinkRef),
  research: z.array(LinkRef),
  questions: z.array(LinkRef),
  activities: z.array(LinkRef),
});
export type LearningChoices = z.infer<typeof LearningChoices>;

export const REPORT_FORMATS = ['pdf', 'md'] as const;
export const ReportFormat = z.enum(REPORT_FORMATS);

export const ReportFile = z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string(), entries: z.number() });
export type ReportFile = z.infer<typeof ReportFile>;

/** A goal as the POP editor sends it: new goals, steps and evaluations have no id yet. */
export const PopGoalInput = PopGoalShape.extend({
  id: Id.optional(),
  steps: z.array(PopStep.extend({ id: Id.optional() })).max(50),
  evaluations: z.array(PopEvaluation.extend({ id: Id.optional() })).max(100),
  links: GoalLinks,
}).refine((g) => g.end >= g.start, { message: 'end_before_start', path: ['end'] });
export type PopGoalInput = z.input<typeof PopGoalInput>;

export const PopInput = z.strictObject({
  visibility: PopFields.shape.visibility,
  planStart: IsoDate,
  lastConversation: IsoDate.nullable(),
  nextConversation: IsoDate.nullable(),
  goals: z.array(PopGoalInput).max(30),
});
export type PopInput = z.input<typeof PopInput>;

/** Progress of one goal, read from its steps and links. */
export const GoalProgress = z.object({
  goalId: Id,
  stepsDone: z.number(),
  steps: z.number(),
  actionsDone: z.number(),
  actions: z.number(),
  learning: z.number(),
  wants: z.number(),
  activities: z.number(),
  /** Done steps and actions as a share of all of them (0–1); null when the goal has none. */
  share: z.number().nullable(),
});
export type GoalProgress = z.infer<typeof GoalProgress>;

export const PopView = z.object({
  pop: Pop.nullable(),
  progress: z.array(GoalProgress),
  /** planStart + 4 years: when the plan must be renewed (CAO). */
  renewalDue: IsoDate.nullable(),
  renewalOverdue: z.boolean(),
  /** What a goal can link to. */
  choices: z.object({
    learning: z.array(LinkRef),
    wants: z.array(z.string()),
    actions: z.array(LinkRef),
    /** The activities I take part in, and those my goals already link to. */
    activities: z.array(LinkRef),
  }),
});
export type PopView = z.infer<typeof PopView>;

/** The other direction of the activity links: on an activity's page, the entries and goals that link to it and that the viewer may see. */
export const ActivityLearning = z.object({
  entries: z.array(z.object({ id: Id, title: z.string(), date: IsoDate, kind: LearningKind, mine: z.boolean(), ownerName: z.string() })),
  goals: z.array(z.object({ id: Id, title: z.string(), status: GoalStatus, mine: z.boolean(), ownerId: Id, ownerName: z.string() })),
});
export type ActivityLearning = z.infer<typeof ActivityLearning>;

export const TeamCounts = z.record(LearningKind, z.number());
export const TeamRow = z.discriminatedUnion('suppressed', [
  z.object({ institution: z.string(), team: z.string(), suppressed: z.literal(true) }),
  z.object({ institution: z.string(), team: z.string(), suppressed: z.literal(false), contributors: z.number(), total: z.number(), counts: TeamCounts }),
]);
export type TeamRow = z.infer<typeof TeamRow>;

export const TeamOverview = z.object({
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  minGroup: z.number(),
  kinds: z.array(LearningKind),
  teams: z.array(TeamRow),
});
export type TeamOverview = z.infer<typeof TeamOverview>;

export const BADGE_PROBLEMS = ['malformed', 'not_open_badge', 'unsupported_algorithm', 'bad_issuer', 'key_mismatch', 'bad_signature', 'unknown_issuer'] as const;

export const BadgeVerification = z.object({
  valid: z.boolean(),
  /** The issuer's did:key, when it could be read. */
  issuer: z.string().nullable(),
  /** credentialSubject.id, e.g. urn:uuid:<member id>. */
  subject: z.string().nullable(),
  achievement: z.object({ id: z.string(), name: z.string(), description: z.string() }).nullable(),
  /** Why it is not valid (English, one line); null when valid. */
  reason: z.string().nullable(),
  problem: z.enum(BADGE_PROBLEMS).nullable(),
  /** The issuer is this install or a colleague whose key was trusted on import; null when unknown. */
  issuerName: z.string().nullable(),
});
export type BadgeVerification = z.infer<typeof BadgeVerification>;

/**
 * Why a viewer may not issue the badge for a reached POP goal: it is their
 * own goal (a colleague from their PLG issues it), the POP is not shared
 * with the network, they share no PLG with its owner, or the goal is not
 * marked "behaald". One rule in core decides, for issuing and for the screens.
 */
export const GOAL_BADGE_BLOCKS = ['own_goal', 'not_shared', 'no_shared_plg', 'not_reached'] as const;
export const GoalBadgeBlock = z.enum(GOAL_BADGE_BLOCKS);
export type GoalBadgeBlock = z.infer<typeof GoalBadgeBlock>;

/** A reached goal of a member's POP, as far as the viewer may see it, with its badge if it has one. */
export const GoalBadgeState = z.object({
  goalId: Id,
  title: z.string(),
  end: IsoDate,
  /** The goal's POP is shared with the network (so PLG colleagues hold it and can issue). */
  shared: z.boolean(),
  badge: Badge.nullable(),
  /** Why this viewer cannot issue it; null when they can. */
  block: GoalBadgeBlock.nullable(),
});
export type GoalBadgeState = z.infer<typeof GoalBadgeState>;

export const GoalBadges = z.object({
  /** The owner's PLGs, by name: whom to ask for a badge. */
  plgs: z.array(z.string()),
  goals: z.array(GoalBadgeState),
});
export type GoalBadges = z.infer<typeof GoalBadges>;

export const learningContract = {
  /** My learning-log entries, newest first, optionally for a period and one kind. */
  'learning:list': {
    input: z.strictObject({
      period: Period.optional(),
      kind: LearningKind.optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: LearningList,
  },
  'learning:get': { input: byId, output: z.object({ entry: LearningEntry, mine: z.boolean(), titles: z.record(z.string(), z.string()) }) },
  'learning:save': { input: z.strictObject({ id: Id.optional(), fields: LearningInput }), output: LearningEntry },
  'learning:delete': { input: byId, output: byId },
  'learning:choices': { input: none, output: LearningChoices },
  /** Entries and POP goals linked to an activity: mine, and others' only where shared with the network. */
  'learning:linkedToActivity': { input: byId, output: ActivityLearning },
  /** One click on a café page: a private entry, pre-filled from the session and my part in it. */
  'learning:logSession': { input: z.strictObject({ sessionId: Id }), output: LearningEntry },
  /** The learner report of a period, grouped by kind, with the answers. */
  'learning:report': { input: z.strictObject({ period: Period, format: ReportFormat }), output: ReportFile },
  'pop:get': { input: none, output: PopView },
  'pop:save': { input: PopInput, output: PopView },
  'pop:pdf': { input: none, output: ReportFile },
  /** Counts per kind per team, only from entries shared in aggregate; groups under 5 teachers suppressed. */
  'team:overview': { input: z.strictObject({ team: z.string().max(200).optional(), period: Period.optional() }), output: TeamOverview },
  'badges:list': { input: z.strictObject({ memberId: Id }), output: z.array(Badge) },
  'badges:issueForSession': { input: z.strictObject({ sessionId: Id, memberId: Id }), output: Badge },
  /** By a colleague from the same PLG, for a goal marked "behaald" in a POP shared with the network. */
  'badges:issueForGoal': { input: z.strictObject({ goalId: Id }), output: Badge },
  /** A member's reached POP goals the viewer may see, each with its badge and whether the viewer may issue it. */
  'badges:forGoals': { input: z.strictObject({ memberId: Id }), output: GoalBadges },
  'badges:verify': { input: z.strictObject({ jws: z.string().max(64_000) }), output: BadgeVerification },
  'badges:setVisibility': { input: z.strictObject({ id: Id, visibility: Visibility }), output: Badge },
} as const satisfies ContractPart;
