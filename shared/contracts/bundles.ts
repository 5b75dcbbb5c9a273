import { z } from 'zod';
import { ExportScope, ExportPreview, Suggestion, UndoResult } from '../bundle';
import { Id, InstallId } from '../ids';
import { Conflict } from '../merge';
import { none, type ContractPart } from './common';

/**
 * Exchanging bundles (docs/bundle-format.md) and settling the conflicts an
 * import found. Nothing here takes a file path: the window hands over bytes
 * and staged tokens (shared/contracts/exchange.ts), so a compromised page
 * cannot make main read or write arbitrary files. The CLI calls the core
 * functions directly.
 */
export const TrustedColleague = z.object({
  id: InstallId,
  memberId: Id.nullable(),
  name: z.string(),
  fingerprint: z.string(),
  trustedAt: z.string(),
  curator: z.boolean().optional(),
});

export const bundlesContract = {
  'bundles:exportPreview': { input: z.strictObject({ scope: ExportScope }), output: ExportPreview },
  'bundles:undo': { input: none, output: UndoResult },
  'conflicts:list': { input: none, output: z.array(Conflict) },
  'conflicts:resolve': { input: z.strictObject({ id: z.string().max(200), pick: z.enum(['local', 'incoming']) }), output: Conflict },
  /** Changes non-owners sent for a record, and whether "me" may decide on them (shared/ownership.ts). */
  'suggestions:list': {
    input: z.strictObject({ recordId: Id }),
    output: z.array(Suggestion.extend({ canDecide: z.boolean() })),
  },
  'suggestions:decide': { input: z.strictObject({ id: z.string().max(200), accept: z.boolean() }), output: Suggestion },
  /** Colleagues whose keys the user confirmed, and who among them is an HR curator. */
  'trust:list': { input: none, output: z.array(TrustedColleague) },
  'trust:setCurator': { input: z.strictObject({ installId: InstallId, curator: z.boolean() }), output: TrustedColleague },
  /** "Alles van mij houden" / "Alles van hen overnemen": these conflicts (the ones the user saw) settled with one side, in one write. */
  'conflicts:resolveAll': {
    input: z.strictObject({ pick: z.enum(['local', 'incoming']), ids: z.array(z.string().max(200)).min(1).max(10_000) }),
    output: z.object({ resolved: z.number() }),
  },
} as const satisfies ContractPart;
