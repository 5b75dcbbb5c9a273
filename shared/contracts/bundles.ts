import { z } from 'zod';
import { BundleScope, ExportPreview, ExportResult, ImportPreview, ImportSummary, refusedOr, UndoResult } from '../bundle';
import { Conflict } from '../merge';
import { none, type ContractPart } from './common';

/** A path on the machine running the core (from a file dialog, or the CLI). */
const FilePath = z
  .string()
  .trim()
  .min(1)
  .max(4_096)
  // Node refuses paths with NUL bytes by throwing; refuse them here as bad input instead (found by tests/node/fuzzIpc.test.ts).
  .refine((file) => !file.includes('\0'), 'invalid_path');

/**
 * Exchanging bundles (docs/bundle-format.md) and settling the conflicts an
 * import found. A refused file is an answer, not an error: the UI shows why.
 */
export const bundlesContract = {
  'bundles:exportPreview': { input: z.strictObject({ scope: BundleScope }), output: ExportPreview },
  'bundles:export': { input: z.strictObject({ scope: BundleScope, file: FilePath }), output: ExportResult },
  'bundles:inspect': { input: z.strictObject({ file: FilePath }), output: refusedOr(ImportPreview) },
  'bundles:import': {
    input: z.strictObject({ file: FilePath, acceptKey: z.boolean().default(false) }),
    output: refusedOr(ImportSummary),
  },
  'bundles:undo': { input: none, output: UndoResult },
  'conflicts:list': { input: none, output: z.array(Conflict) },
  'conflicts:resolve': { input: z.strictObject({ id: z.string().max(200), pick: z.enum(['local', 'incoming']) }), output: Conflict },
} as const satisfies ContractPart;
