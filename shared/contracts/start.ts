import { z } from 'zod';
import { COLLECTION_NAMES, type CollectionName } from '../domain';
import { Id } from '../ids';
import { none, type ContractPart } from './common';
import { PersonRef } from './research';

const Collection = z.enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]]);
/** When it happened, as an ISO instant; the list is newest first. */
const at = z.string();

/**
 * One thing that is new for "me" since the last visit (main/core/news): an
 * answer to my question, registrations for a café I organise, a café action
 * given to me, a change to a record of mine that came from another install,
 * or a colleague's suggestion on a record I decide on.
 */
export const NewsItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('answer'), at, questionId: Id, questionTitle: z.string(), answerId: Id, authorId: Id }),
  z.object({ kind: z.literal('registration'), at, sessionId: Id, sessionTitle: z.string(), names: z.array(z.string()) }),
  z.object({ kind: z.literal('action'), at, sessionId: Id, sessionTitle: z.string(), actionId: Id, text: z.string(), due: z.string().nullable() }),
  z.object({
    kind: z.literal('change'),
    at,
    collection: Collection,
    recordId: Id,
    title: z.string(),
    /** Made on another install, with "me" among its owners. */
    isNew: z.boolean(),
    deleted: z.boolean(),
    fields: z.array(z.string()),
  }),
  z.object({ kind: z.literal('suggestion'), at, collection: Collection, recordId: Id, title: z.string(), from: z.string(), fields: z.array(z.string()) }),
]);
export type NewsItem = z.infer<typeof NewsItem>;
export type NewsKind = NewsItem['kind'];

export const StartNews = z.object({
  /** Null when no profile is chosen as "me" (or it is gone). */
  me: PersonRef.nullable(),
  /** The previous opening of the app; null on the very first. */
  since: z.string().nullable(),
  items: z.array(NewsItem),
  /** All there is, when `items` holds only the newest. */
  total: z.number(),
  /** Who wrote the answers. */
  people: z.array(PersonRef),
});
export type StartNews = z.infer<typeof StartNews>;

export const startContract = {
  /** What is new for "me" since the previous time the app was opened. */
  'start:news': { input: none, output: StartNews },
} as const satisfies ContractPart;
