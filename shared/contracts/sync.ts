import { z } from 'zod';
import { SyncStatus } from '../sync';
import { none, type ContractPart } from './common';

/**
 * The shared-folder sync from the settings page (docs/sync.md): the folder,
 * a pause switch, a pass on demand, and a new install id after a copied data
 * directory was detected. The same core as `masternetwerk sync`.
 */
export const syncContract = {
  'sync:status': { input: none, output: SyncStatus },
  /** Sets (or with null: stops using) the shared folder; it must exist. Remembered for the CLI too. */
  'sync:setFolder': { input: z.strictObject({ folder: z.string().trim().min(1).max(4_096).nullable() }), output: SyncStatus },
  'sync:pause': { input: z.strictObject({ paused: z.boolean() }), output: SyncStatus },
  /** One pass now; answers when it is done. */
  'sync:now': { input: none, output: SyncStatus },
  'sync:newInstallId': { input: none, output: SyncStatus },
} as const satisfies ContractPart;
