import { z } from 'zod';
import { Id } from '../ids';
import { Language, Settings } from '../settings';
import { isSafeExternalUrl, none, type ContractPart } from './common';

/** What the app tells the UI at start: where data lives, who "me" is, what was repaired. */
export const RecoveryNotice = z.object({
  file: z.string(),
  problem: z.string(),
  restoredFrom: z.string().nullable(),
  backupSavedAt: z.string().nullable(),
  complete: z.boolean(),
});
export type RecoveryNotice = z.infer<typeof RecoveryNotice>;

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  installId: z.string(),
  settings: Settings,
  counts: z.record(z.string(), z.number()),
  demoCount: z.number(),
  recoveries: z.array(RecoveryNotice),
  /** The private signing key is encrypted by the OS keychain (Electron safeStorage); false: a plain file. */
  keyProtected: z.boolean(),
  /** This install's signing-key fingerprint, for colleagues to compare (null: no key made yet, it comes with the first export or sync). */
  fingerprint: z.string().nullable(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appContract = {
  'app:info': { input: none, output: AppInfo },
  'settings:update': {
    input: z.strictObject({ language: Language.optional(), meId: Id.nullable().optional() }),
    output: Settings,
  },
  'demo:remove': { input: none, output: z.object({ removed: z.number() }) },
  /** Opens an https or mailto link with the OS; `opened: false` where the host cannot (browser preview). */
  'links:open': {
    input: z.strictObject({ url: z.string().max(2_000).refine(isSafeExternalUrl, 'unsafe_url') }),
    output: z.object({ opened: z.boolean() }),
  },
} as const satisfies ContractPart;
