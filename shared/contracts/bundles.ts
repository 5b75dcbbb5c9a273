import { z } from 'zod';
import { ExportScope, ExportPreview, UndoResult } from '../bundle';
import { Conflict } from '../merge';
import { none, type ContractPart } from './common';

/**
 * Exchanging bundles (docs/bundle-format.md) and settling the conflicts an
 * import found. Nothing here takes a file path: the window hands over bytes
 * and staged tokens (shared/contracts/exchange.ts), so a compromised page
 * cannot make main read or write arbitrary files. The CLI calls the core
 * functions directly.
 */
export const bundlesContract = {
  'bundles:exportPreview': { input: z.strictObject({ scope: ExportScope }), output: ExportPreview },
  'bundles:undo': { input: none, output: UndoResult },
  'conflicts:list': { input: none, output: z.array(Conflict) },
  'conflicts:resolve': { input: z.strictObject({ id: z.string().max(200), pick: z.enum(['local', 'incoming']) }), output: Conflict },
} as const satisfies ContractPart;
