import { z } from 'zod';
import { Id } from '../ids';
import { IsoDateTime, longText, shortText, Visibility } from './common';
import { withEnvelope } from './envelope';

/** What a badge is for: presenting at a netwerkcafé, or a POP goal reached. */
export const BADGE_SOURCES = ['cafe', 'pop_doel'] as const;
export const BadgeSource = z.enum(BADGE_SOURCES);
export type BadgeSource = z.infer<typeof BadgeSource>;

/** A compact JWS: three base64url parts. */
export const CompactJws = z
  .string()
  .max(20_000)
  .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'not_compact_jws');

/**
 * A received Open Badges 3.0 credential, kept on the recipient's profile.
 * `jws` is the credential itself (VC-JOSE); the other fields are copied out
 * of it for listing. Shown per `visibility` like a profile field.
 */
export const BadgeFields = z.strictObject({
  memberId: Id,
  /** Empty only on an erased badge (privacy:erase). */
  jws: z.union([z.literal(''), CompactJws]),
  name: shortText(1),
  description: longText().max(2_000),
  source: BadgeSource,
  /** The session, or the POP goal, it was issued for. */
  sourceId: Id,
  issuer: z.string().max(200),
  issuedAt: IsoDateTime,
  visibility: Visibility,
});
export type BadgeFields = z.infer<typeof BadgeFields>;

export const Badge = withEnvelope(BadgeFields);
export type Badge = z.infer<typeof Badge>;
