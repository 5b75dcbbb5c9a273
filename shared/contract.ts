import { z } from 'zod';
import { activitiesContract } from './contracts/activities';
import { appContract } from './contracts/app';
import { backupContract } from './contracts/backup';
import { bundlesContract } from './contracts/bundles';
import type { ContractPart } from './contracts/common';
import { exchangeContract } from './contracts/exchange';
import { learningContract } from './contracts/learning';
import { membersContract } from './contracts/members';
import { overviewContract } from './contracts/overview';
import { plgsContract } from './contracts/plgs';
import { privacyContract } from './contracts/privacy';
import { questionsContract } from './contracts/questions';
import { researchContract } from './contracts/research';
import { searchContract } from './contracts/search';
import { sessionsContract } from './contracts/sessions';
import { startContract } from './contracts/start';
import { syncContract } from './contracts/sync';

export * from './contracts/activities';
export * from './contracts/app';
export * from './contracts/backup';
export * from './contracts/bundles';
export * from './contracts/common';
export * from './contracts/exchange';
export * from './contracts/learning';
export * from './contracts/members';
export * from './contracts/overview';
export * from './contracts/plgs';
export * from './contracts/privacy';
export * from './contracts/questions';
export * from './contracts/research';
export * from './contracts/search';
export * from './contracts/sessions';
export * from './contracts/start';
export * from './contracts/sync';

/**
 * The IPC contract: one entry per channel, with the schema its input must
 * pass and the schema of what it returns. Each domain declares its part in
 * shared/contracts/<domain>.ts and is joined here with one line. Preload,
 * main and the preview host all derive their channels from this object; no
 * channel string is written twice.
 */
export const contract = {
  ...appContract,
  ...bundlesContract,
  ...membersContract,
  ...plgsContract,
  ...researchContract,
  ...questionsContract,
  ...sessionsContract,
  ...exchangeContract,
  ...searchContract,
  ...privacyContract,
  ...activitiesContract,
  ...overviewContract,
  ...learningContract,
  ...syncContract,
  ...backupContract,
  ...startContract,
} as const satisfies ContractPart;

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

