import { z } from 'zod';
import { Id } from './ids';

export const LANGUAGES = ['nl', 'en'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

const Instant = z.iso.datetime({ offset: true });

/** Per data directory: the UI language, which profile is "me", and when the app was opened. */
export const Settings = z.strictObject({
  language: Language,
  meId: Id.nullable(),
  /** When the app (Electron or the preview) was last opened; the CLI does not count. */
  lastOpenedAt: Instant.nullable(),
  /** The opening before that: the start page shows what is new since then (null: no earlier visit). */
  previousOpenedAt: Instant.nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { language: 'nl', meId: null, lastOpenedAt: null, previousOpenedAt: null };

/** The keys a settings file holds, for the stores that read them one by one. */
export const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** Opening the app now: the last opening becomes the previous one. */
export const openedAt = (settings: Settings, now: Date): Pick<Settings, 'lastOpenedAt' | 'previousOpenedAt'> => ({
  previousOpenedAt: settings.lastOpenedAt,
  lastOpenedAt: now.toISOString(),
});
