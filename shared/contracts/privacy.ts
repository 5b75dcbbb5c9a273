import { z } from 'zod';
import { PRIVATE_FIELDS, type Member, type Visibility } from '../domain';
import { Id } from '../ids';
import type { ContractPart } from './common';

/**
 * Privacy (AVG): "Mijn gegevens" — everything this install holds about a
 * member as one JSON file (inzage), and erasing a profile (vergeten worden).
 * docs/privacy.md describes both for a privacy officer.
 */

/** How much of each kind the export holds, shown before the download. */
export const MyDataCounts = z.object({
  research: z.number(),
  questionsAsked: z.number(),
  answers: z.number(),
  sessions: z.number(),
  actions: z.number(),
  conflicts: z.number(),
  /** Learning-log entries, POPs and received badges of the member. */
  learning: z.number(),
  pop: z.number(),
  badges: z.number(),
});
export type MyDataCounts = z.infer<typeof MyDataCounts>;

export const MyDataExport = z.object({
  fileName: z.string(),
  /** The JSON document itself (application/json), ready to save. */
  text: z.string(),
  counts: MyDataCounts,
});
export type MyDataExport = z.infer<typeof MyDataExport>;

export const ErasureResult = z.object({
  id: Id,
  /** Attendee entries on this install that carried the member's name and e-mail. */
  attendeeEntries: z.number(),
  /** Conflict copies of the profile's old values that were thrown away. */
  conflicts: z.number(),
  /** The undo record of the last import held an old copy of the profile and was dropped. */
  undoDropped: z.boolean(),
  /** Learning-log entries, POPs and badges of the member that were erased with the profile. */
  learningRecords: z.number(),
});
export type ErasureResult = z.infer<typeof ErasureResult>;

export const privacyContract = {
  /** Everything held about a member (without id: "me"), as a JSON document to download. */
  'privacy:export': { input: z.strictObject({ memberId: Id.optional() }).optional(), output: MyDataExport },
  /**
   * Erases a profile: a tombstone that clears every personal field and travels
   * with the next bundle, plus the copies of name and e-mail this install keeps
   * elsewhere (attendee lists, conflict copies, the undo record of an import).
   */
  'privacy:erase': { input: z.strictObject({ memberId: Id }), output: ErasureResult },
} as const satisfies ContractPart;

/** Who is looking: "me" and my institution (empty when I have no profile yet). */
export interface Viewer {
  meId: string | null;
  institution: string;
}

export type PrivateFieldName = (typeof PRIVATE_FIELDS)[number];

const NARROWNESS: Record<Visibility, number> = { netwerk: 0, instelling: 1, prive: 2 };
const sameInstitution = (a: string, b: string) => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl') && a.trim() !== '';

/** The effective visibility of a field: the narrower of the profile's and the field's own setting. */
export function fieldVisibility(member: Pick<Member, 'visibility' | 'fieldVisibility'>, field: PrivateFieldName): Visibility {
  const own = member.fieldVisibility[field] ?? 'netwerk';
  return NARROWNESS[own] >= NARROWNESS[member.visibility] ? own : member.visibility;
}

/**
 * Whether `viewer` may see this field of the profile: "alleen ik" only the
 * owner, "eigen instelling" only colleagues of the same institution,
 * "netwerk" everyone.
 */
export function fieldShownTo(member: Member, field: PrivateFieldName, viewer: Viewer): boolean {
  return shownTo(fieldVisibility(member, field), member, viewer);
}

/** The same rule for anything a member keeps with a visibility of its own (a received badge). */
export function shownTo(visibility: Visibility, owner: Pick<Member, 'id' | 'institution'>, viewer: Viewer): boolean {
  if (viewer.meId === owner.id) return true;
  return visibility === 'netwerk' || (visibility === 'instelling' && sameInstitution(viewer.institution, owner.institution));
}

const BLANK: { [F in PrivateFieldName]: Member[F] } = { email: '', function: '', masterDegree: null, bio: '', offers: [], wants: [] };

/** The profile as `viewer` may see it: fields kept from them are blank, and listed in `hidden`. */
export function profileFor(member: Member, viewer: Viewer): { member: Member; hidden: PrivateFieldName[] } {
  const hidden = PRIVATE_FIELDS.filter((field) => !fieldShownTo(member, field, viewer));
  if (hidden.length === 0) return { member, hidden };
  const blanks = Object.fromEntries(hidden.map((field) => [field, BLANK[field]]));
  return { member: { ...member, ...blanks }, hidden };
}
