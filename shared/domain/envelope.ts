import { z } from 'zod';
import { Hlc } from '../hlc';
import { Id, InstallId } from '../ids';
import { IsoDateTime } from './common';

/**
 * Every record carries this envelope so copies from several installs can be
 * merged (docs/data-model.md): a stable id, the revision stamp of its latest
 * change, one stamp per field, the install that created it, and a tombstone
 * flag instead of a hard delete.
 */
export const envelopeShape = {
  id: Id,
  rev: Hlc,
  fieldRevs: z.record(z.string().max(64), Hlc),
  /**
   * Per field, the stamp of the value from another install that the current
   * value was written on top of; only what conflict detection needs
   * (docs/data-model.md, "Merge rule"). Absent when no field has one.
   */
  fieldBase: z.record(z.string().max(64), Hlc).optional(),
  origin: InstallId,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  deleted: z.boolean(),
  /** Generated demo data: shown with a badge and removable in one action. */
  demo: z.boolean(),
};

export const ENVELOPE_KEYS = Object.keys(envelopeShape) as (keyof typeof envelopeShape)[];

export const Envelope = z.strictObject(envelopeShape);
export type Envelope = z.infer<typeof Envelope>;

/** Builds the stored schema of a record type from the schema of its editable fields. */
export function withEnvelope<S extends z.ZodRawShape>(fields: z.ZodObject<S>) {
  return z.strictObject({ ...envelopeShape, ...fields.shape });
}
