import { z } from 'zod';
import { Id } from '../ids';
import { Area, Initiative, LIMITS, longText, shortText, tagList } from './common';
import { withEnvelope } from './envelope';

/** The phases of an activity (DOMAIN.md), in the order an activity goes through them. */
export const ACTIVITY_PHASES = ['beoogd', 'verkennend', 'opstart', 'lopend', 'geborgd', 'afgerond'] as const;
export const ActivityPhase = z.enum(ACTIVITY_PHASES);
export type ActivityPhase = z.infer<typeof ActivityPhase>;

/** Who a master teacher works with; the research found no activity is done alone. */
export const COLLABORATOR_KINDS = ['collega', 'teamleider', 'hr', 'studenten', 'bedrijf', 'practoraat', 'anders'] as const;
export const CollaboratorKind = z.enum(COLLABORATOR_KINDS);
export type CollaboratorKind = z.infer<typeof CollaboratorKind>;

export const Collaborator = z.strictObject({
  kind: CollaboratorKind,
  /** A name or a description ("sectie Nederlands", "Bouwbedrijf De Vries"); may be empty. */
  name: shortText(),
});
export type Collaborator = z.infer<typeof Collaborator>;

/** The effect on the team, in the team's words: long enough for a paragraph, short enough for a report. */
export const MAX_EFFECT_CHARS = 4_000;

export const ActivityFields = z
  .strictObject({
    title: shortText(3),
    description: longText().max(8_000),
    institution: shortText(1),
    teams: z.array(shortText(1)).max(20),
    /** One or more of the four areas. */
    area: z.array(Area).min(1).max(4),
    /** Who started it. */
    initiative: Initiative,
    /** Who carries it out, in words ("werkgroep over de lagen heen"). */
    carriedOutBy: shortText(),
    /** The master teachers involved: they own the record (DOMAIN.md, "Who may change what"). */
    memberIds: z.array(Id).min(1).max(LIMITS.listItems),
    collaborators: z.array(Collaborator).max(50),
    phase: ActivityPhase,
    startDate: z.iso.date().nullable(),
    endDate: z.iso.date().nullable(),
    effect: longText().max(MAX_EFFECT_CHARS),
    effectTags: tagList(),
    plgId: Id.nullable(),
    researchIds: z.array(Id).max(50),
    questionIds: z.array(Id).max(50),
    sessionIds: z.array(Id).max(50),
    /** Marketplace offers and wants (texts of profiles) the activity answers. */
    marketplace: z.array(shortText(1)).max(20),
  })
  .superRefine((a, ctx) => {
    if (a.startDate && a.endDate && a.endDate < a.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'end_before_start' });
    }
  });
export type ActivityFields = z.infer<typeof ActivityFields>;

export const Activity = withEnvelope(ActivityFields);
export type Activity = z.infer<typeof Activity>;
