import { z } from 'zod';
import { Id } from '../ids';
import { Area, Email, Role, Visibility, Year, longText, shortText, tagList, LIMITS } from './common';
import { withEnvelope } from './envelope';

export const MasterDegree = z.strictObject({
  programme: shortText(1),
  institute: shortText(1),
  year: Year,
});
export type MasterDegree = z.infer<typeof MasterDegree>;

/** Profile fields whose visibility a member can narrow (AVG). */
export const PRIVATE_FIELDS = ['email', 'function', 'masterDegree', 'bio', 'offers', 'wants'] as const;
export const PrivateField = z.enum(PRIVATE_FIELDS);

/** The editable part of a profile: what the form and the CLI send. */
export const MemberFields = z.strictObject({
  name: shortText(2),
  email: Email,
  institution: shortText(1),
  team: shortText(),
  function: shortText(),
  masterDegree: MasterDegree.nullable(),
  expertise: tagList(),
  areas: z.array(Area).max(4).transform((a) => [...new Set(a)]),
  roles: z.array(Role).max(4).transform((r) => [...new Set(r)]),
  /** aanbod: expertise I can offer. */
  offers: tagList(),
  /** vraag: what I would like to learn. */
  wants: tagList(),
  bio: longText().max(2_000),
  plgIds: z.array(Id).max(LIMITS.listItems),
  visibility: Visibility,
  fieldVisibility: z.partialRecord(PrivateField, Visibility),
});
export type MemberFields = z.infer<typeof MemberFields>;
export type MemberFieldsInput = z.input<typeof MemberFields>;

export const Member = withEnvelope(MemberFields);
export type Member = z.infer<typeof Member>;

export const emptyMemberFields = (): MemberFieldsInput => ({
  name: '',
  email: '',
  institution: '',
  team: '',
  function: '',
  masterDegree: null,
  expertise: [],
  areas: [],
  roles: [],
  offers: [],
  wants: [],
  bio: '',
  plgIds: [],
  visibility: 'netwerk',
  fieldVisibility: {},
});
