import { z } from 'zod';
import { Id } from '../ids';

/** Building blocks every domain contract uses. */
export const none = z.undefined().or(z.object({}).strict()).optional();
export const byId = z.strictObject({ id: Id });

export type ChannelSpec = { input: z.ZodType; output: z.ZodType };
export type ContractPart = Record<string, ChannelSpec>;

export { isSafeExternalUrl } from '../domain/links';

/** The smallest group of people whose figures are shown: below it a count could point at a person (docs/privacy.md). */
export const MIN_GROUP = 5;
