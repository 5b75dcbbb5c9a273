import { z } from 'zod';
import { Id } from '../ids';

/** Building blocks every domain contract uses. */
export const none = z.undefined().or(z.object({}).strict()).optional();
export const byId = z.strictObject({ id: Id });

export type ChannelSpec = { input: z.ZodType; output: z.ZodType };
export type ContractPart = Record<string, ChannelSpec>;

/**
 * Only these leave the app, and only through the OS: never navigation inside
 * the window. An https link's authority (up to the first `/`, `?` or `#`)
 * holds no `@` and no backslash, so `https://school.nl@evil.example/` — which
 * goes to evil.example with "school.nl" as a user name — is refused.
 */
export function isSafeExternalUrl(url: string): boolean {
  return /^https:\/\/[^\s/?#@\\]+(?:[/?#]\S*)?$/i.test(url) || /^mailto:[^\s]+@[^\s]+$/i.test(url);
}

/** The smallest group of people whose figures are shown: below it a count could point at a person (docs/privacy.md). */
export const MIN_GROUP = 5;
