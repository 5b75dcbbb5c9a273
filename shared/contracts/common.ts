import { z } from 'zod';
import { Id } from '../ids';

/** Building blocks every domain contract uses. */
export const none = z.undefined().or(z.object({}).strict()).optional();
export const byId = z.strictObject({ id: Id });

export type ChannelSpec = { input: z.ZodType; output: z.ZodType };
export type ContractPart = Record<string, ChannelSpec>;

export { isSafeExternalUrl } from '../domain/links';
