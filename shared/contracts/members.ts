import { z } from 'zod';
import { Member, MemberFields } from '../domain';
import { Id } from '../ids';
import { byId, none, type ContractPart } from './common';

export const MemberPage = z.object({ total: z.number(), items: z.array(Member) });
export type MemberPage = z.infer<typeof MemberPage>;

export const Facets = z.object({
  institutions: z.array(z.string()),
  teams: z.array(z.string()),
  expertise: z.array(z.object({ tag: z.string(), count: z.number() })),
});
export type Facets = z.infer<typeof Facets>;

export const membersContract = {
  'members:list': {
    input: z.strictObject({
      institution: z.string().max(200).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(60),
    }),
    output: MemberPage,
  },
  'members:get': { input: byId, output: Member },
  'members:save': { input: z.strictObject({ id: Id.optional(), fields: MemberFields }), output: Member },
  'members:delete': { input: byId, output: byId },
  /** "Dit ben ik" on a demo profile: a real (non-demo) copy of it, which the user then takes as their own. */
  'members:adoptDemo': { input: byId, output: Member },
  'members:facets': { input: none, output: Facets },
} as const satisfies ContractPart;
