import { z } from 'zod';
import { ExportScope, Conflict, ExportResult, ImportPreview, ImportSummary, refusedOr } from '../bundle';
import { Id } from '../ids';
import { none, type ContractPart } from './common';

/**
 * Exchanging bundles from the UI, where the file is bytes in the page rather
 * than a path: the export comes back as bytes to download, an imported file
 * is first handed over (staged) and then inspected and imported by token, so
 * the page never names a path on the machine. Reading a large bundle reports
 * progress and can be cancelled. The checks and the merge are those of
 * main/core/bundle, the same as `bundles:*` and the CLI.
 */

/** The largest bundle the page can hand over: 25 MB (issue 5), as base64. */
export const MAX_BUNDLE_UPLOAD_BYTES = 25 * 1024 * 1024;
export const MAX_BUNDLE_BASE64 = Math.ceil(MAX_BUNDLE_UPLOAD_BYTES / 3) * 4;

export const StagedToken = Id;

export const BundleProgressState = z.object({
  phase: z.enum(['reading', 'merging', 'writing']),
  done: z.number(),
  total: z.number(),
});
export type BundleProgressState = z.infer<typeof BundleProgressState>;

export const LastImport = z.object({ importedAt: z.string(), file: z.string(), records: z.number() });
export type LastImport = z.infer<typeof LastImport>;

export const exchangeContract = {
  /** Writes the bundle and returns it for download; refused (nothing written) where an import would refuse it. */
  'exchange:export': {
    input: z.strictObject({ scope: ExportScope }),
    output: refusedOr(z.object({ fileName: z.string(), dataBase64: z.string(), result: ExportResult })),
  },
  /** Hands a chosen or dropped file to the app; nothing is read or trusted yet. */
  'exchange:stage': {
    input: z.strictObject({ name: z.string().trim().min(1).max(255), dataBase64: z.string().min(1).max(MAX_BUNDLE_BASE64) }),
    output: z.object({ token: StagedToken, name: z.string(), bytes: z.number() }),
  },
  /** Checks the staged file and shows what importing it would change; writes nothing. */
  /** With `acceptKey`, what importing would do once the user confirms the key that signed it (ownership follows confirmed keys). */
  'exchange:inspect': { input: z.strictObject({ token: StagedToken, acceptKey: z.boolean().default(false) }), output: refusedOr(ImportPreview) },
  /** Imports the staged file in one atomic write; the staged copy is removed afterwards. */
  'exchange:import': {
    input: z.strictObject({ token: StagedToken, acceptKey: z.boolean().default(false) }),
    output: refusedOr(ImportSummary),
  },
  /** How far the running inspect or import of this file is; null when none runs. */
  'exchange:progress': { input: z.strictObject({ token: StagedToken }), output: BundleProgressState.nullable() },
  /** Stops the running inspect or import: it answers `cancelled` and nothing is applied. */
  'exchange:cancel': { input: z.strictObject({ token: StagedToken }), output: z.object({ cancelled: z.boolean() }) },
  /** Forgets a staged file (the user chose another or went away). */
  'exchange:discard': { input: z.strictObject({ token: StagedToken }), output: z.object({ discarded: z.boolean() }) },
  /**
   * Conflicts waiting for a pick (all, or of one record), each with the title
   * of its record and a name for every id its values refer to (settled with
   * `conflicts:resolve` or `conflicts:resolveAll`).
   */
  'exchange:conflicts': {
    input: z.strictObject({ recordId: Id.optional() }).optional(),
    output: z.array(z.object({ conflict: Conflict, title: z.string(), names: z.record(z.string(), z.string()) })),
  },
  /** The import that "Laatste import ongedaan maken" would undo, and how many conflicts (and in how many records) wait. */
  'exchange:status': { input: none, output: z.object({ lastImport: LastImport.nullable(), conflicts: z.number(), conflictRecords: z.number() }) },
} as const satisfies ContractPart;
