import { z } from 'zod';
import { COLLECTION_NAMES, type CollectionName } from '../domain';
import { Id } from '../ids';

/** What search takes and gives, as schemas: the IPC contract and the CLI parse with these. */

export const FILTER_NAMES = ['institution', 'area', 'tag', 'status', 'year'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export const CollectionNameSchema = z.enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]]);

export const SearchFilters = z.strictObject({
  institution: z.string().trim().min(1).max(200).optional(),
  area: z.string().trim().min(1).max(60).optional(),
  tag: z.string().trim().min(1).max(60).optional(),
  status: z.string().trim().min(1).max(60).optional(),
  year: z.number().int().min(1950).max(2100).optional(),
  /** false: leave the generated demo records out. */
  demo: z.boolean().optional(),
});
export type SearchFilters = z.infer<typeof SearchFilters>;

export const SearchQuery = z.strictObject({
  text: z.string().max(500),
  types: z.array(CollectionNameSchema).max(COLLECTION_NAMES.length).optional(),
  filters: SearchFilters.optional(),
  /** The results page asks for up to 40 of every type at once, so this grows with the number of types. */
  limit: z.number().int().min(1).max(Math.max(500, COLLECTION_NAMES.length * 50)).default(20),
  /** At most this many per type, so every type can show its best (grouped lists). */
  perType: z.number().int().min(1).max(50).optional(),
});
export type SearchQuery = z.input<typeof SearchQuery>;

/** [start, end) in the text it belongs to. */
export const Range = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
export type Range = z.infer<typeof Range>;

export const MATCH_KINDS = ['exact', 'prefix', 'typo', 'synonym', 'compound'] as const;
export const MatchKind = z.enum(MATCH_KINDS);
export type MatchKind = z.infer<typeof MatchKind>;

/** Why a record was found: in which field, by which words, and how they matched. */
export const MatchReason = z.object({ field: z.string(), words: z.array(z.string()), via: MatchKind });
export type MatchReason = z.infer<typeof MatchReason>;

export const SearchResult = z.object({
  type: CollectionNameSchema,
  id: Id,
  title: z.string(),
  score: z.number(),
  why: z.array(MatchReason),
  /** A piece of the best-matching other field, for context under the title. */
  snippet: z.string(),
  highlights: z.object({ title: z.array(Range), snippet: z.array(Range) }),
  demo: z.boolean(),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const EVIDENCE_KINDS = ['expertise', 'offer', 'profile', 'research', 'answer', 'presentation', 'activity'] as const;
export const Evidence = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  /** The record it comes from (the member for expertise and offers). */
  type: CollectionNameSchema,
  id: Id,
  /** What to show: the tag, the research title, the question, the programme item. */
  text: z.string(),
  weight: z.number(),
});
export type Evidence = z.infer<typeof Evidence>;

export const ExpertsQuery = z.strictObject({ topic: z.string().trim().min(1).max(200), limit: z.number().int().min(1).max(100).default(10) });

export const MemberRef = z.object({ id: Id, name: z.string(), institution: z.string() });
export type MemberRef = z.infer<typeof MemberRef>;

export const Expert = z.object({ member: MemberRef, score: z.number(), evidence: z.array(Evidence) });
export type Expert = z.infer<typeof Expert>;

/** The first colleagues by evidence, and how many have evidence in all. */
export const ExpertsResult = z.object({ total: z.number().int().min(0), experts: z.array(Expert) });
export type ExpertsResult = z.infer<typeof ExpertsResult>;

/** One topic on the marketplace board with the people who hold it (capped) and how many there are. */
export const BoardTopic = z.object({ text: z.string(), members: z.array(MemberRef), count: z.number() });
export type BoardTopic = z.infer<typeof BoardTopic>;

export const BoardMatch = z.object({
  want: BoardTopic,
  offers: z.array(BoardTopic.extend({ because: z.array(z.string()) })),
  /** Some offer comes from another institution: the network ties a knot a school could not. */
  acrossInstitutions: z.boolean(),
});
export type BoardMatch = z.infer<typeof BoardMatch>;

export const MarketplaceBoard = z.object({
  matches: z.array(BoardMatch),
  sharedOffers: z.array(BoardTopic),
  unmetWants: z.array(BoardTopic),
  /** Offers no want in the network shares a word with (the overview's "offers never asked for"). */
  unaskedOffers: z.array(BoardTopic),
});
export type MarketplaceBoard = z.infer<typeof MarketplaceBoard>;
