import { z } from 'zod';
import { InstallId } from '../ids';
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
  /** Trusts a colleague's new install that waits in the folder (`new_key`), after the user compared its fingerprint. */
  'sync:confirmKey': { input: z.strictObject({ installId: InstallId, fingerprint: z.string().min(1).max(200) }), output: SyncStatus },
} as const satisfies ContractPart;
