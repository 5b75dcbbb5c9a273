import { z } from 'zod';
import { longText, shortText } from './common';
import { withEnvelope } from './envelope';

/** A professional learning community; it spans institutions. Membership lives on the profile. */
export const PlgFields = z.strictObject({
  name: shortText(2),
  description: longText().max(4_000),
  institutions: z.array(shortText(1)).max(50),
});
export type PlgFields = z.infer<typeof PlgFields>;

export const Plg = withEnvelope(PlgFields);
export type Plg = z.infer<typeof Plg>;
