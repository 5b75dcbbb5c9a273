import { z } from 'zod';
import { Id } from '../ids';
import { LIMITS, longText, shortText } from './common';
import { withEnvelope } from './envelope';

/**
 * A professional learning community; it spans institutions. Membership lives
 * on the profile (`plgIds`); its coordinators own it (shared/ownership.ts).
 */
export const PlgFields = z.strictObject({
  name: shortText(2),
  description: longText().max(4_000),
  institutions: z.array(shortText(1)).max(50),
  /**
   * Member ids of who leads the PLG. Added in bundle format 3: a PLG stored
   * or exported before has none, and reads as having none.
   */
  coordinatorIds: z.array(Id).max(LIMITS.listItems).default([]),
});
export type PlgFields = z.infer<typeof PlgFields>;
export type PlgFieldsInput = z.input<typeof PlgFields>;

export const Plg = withEnvelope(PlgFields);
export type Plg = z.infer<typeof Plg>;

/** A PLG as stored before coordinators existed has no `coordinatorIds`: it reads as an empty list. */
export const withCoordinators = <R extends Omit<Plg, 'coordinatorIds'> & { coordinatorIds?: string[] }>(plg: R): R & { coordinatorIds: string[] } =>
  plg.coordinatorIds ? (plg as R & { coordinatorIds: string[] }) : { ...plg, coordinatorIds: [] };
