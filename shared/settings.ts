import { z } from 'zod';
import { Id } from './ids';

export const LANGUAGES = ['nl', 'en'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** Per data directory: the UI language and which profile is "me". */
export const Settings = z.strictObject({
  language: Language,
  meId: Id.nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { language: 'nl', meId: null };
