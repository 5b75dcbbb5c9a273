import { z } from 'zod';
import { Member, MemberFields, Plg } from './domain';
import { Id } from './ids';
import { Language, Settings } from './settings';

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
});
export type AppInfo = z.infer<typeof AppInfo>;

export const MemberPage = z.object({ total: z.number(), items: z.array(Member) });
export type MemberPage = z.infer<typeof MemberPage>;

export const Facets = z.object({
  institutions: z.array(z.string()),
  teams: z.array(z.string()),
  expertise: z.array(z.object({ tag: z.string(), count: z.number() })),
});
export type Facets = z.infer<typeof Facets>;

/** Only these leave the app, and only through the OS: never navigation inside the window. */
export function isSafeExternalUrl(url: string): boolean {
  return /^https:\/\/[^\s/?#@]+[^\s]*$/i.test(url) || /^mailto:[^\s]+@[^\s]+$/i.test(url);
}

const none = z.undefined().or(z.object({}).strict()).optional();
const byId = z.strictObject({ id: Id });

/**
 * The IPC contract: one entry per channel, with the schema its input must
 * pass and the schema of what it returns. Preload, main and the preview host
 * all derive their channels from this object; no channel string is written twice.
 */
export const contract = {
  'app:info': { input: none, output: AppInfo },
  'settings:update': {
    input: z.strictObject({ language: Language.optional(), meId: Id.nullable().optional() }),
    output: Settings,
  },
  'members:list': {
    input: z.strictObject({
      institution: z.string().max(200).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(60),
    }),
    output: MemberPage,
  },
  'members:get': { input: byId, output: Member },
  'members:save': { input: z.strictObject({ id: Id.optional(), fields: MemberFields }), output: Member },
  'members:delete': { input: byId, output: byId },
  'members:facets': { input: none, output: Facets },
  'plgs:list': { input: none, output: z.array(Plg) },
  'demo:remove': { input: none, output: z.object({ removed: z.number() }) },
  /** Opens an https or mailto link with the OS; `opened: false` where the host cannot (browser preview). */
  'links:open': {
    input: z.strictObject({ url: z.string().max(2_000).refine(isSafeExternalUrl, 'unsafe_url') }),
    output: z.object({ opened: z.boolean() }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

/** What a caller passes (before defaults and trimming are applied). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

export type Handlers = { [C in Channel]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>> };

/** Events main sends to the UI. */
export const events = {
  'data:changed': z.object({ collections: z.array(z.string()) }),
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

