import { z } from 'zod';
import { none, type ContractPart } from './common';

/** A backup travels as base64; the preview host takes requests up to 36 MB, so restoring through the UI is capped below that. */
export const MAX_BACKUP_UPLOAD_BASE64 = 34 * 1024 * 1024;

/** Reservekopie maken / terugzetten (main/core/backup.ts). */
export const backupContract = {
  /** The data directory as one zip, taken at the store's consistent point. */
  'backup:make': { input: none, output: z.object({ fileName: z.string(), dataBase64: z.string(), files: z.number().int(), bytes: z.number().int() }) },
  /** Unpacks a backup into a new, empty folder — never over the data in use. */
  'backup:restore': {
    input: z.strictObject({ dataBase64: z.string().min(1).max(MAX_BACKUP_UPLOAD_BASE64), targetDir: z.string().trim().min(1).max(1_000).refine((dir) => ![...dir].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), 'control_characters') }),
    output: z.object({ dataDir: z.string(), files: z.number().int() }),
  },
} as const satisfies ContractPart;
