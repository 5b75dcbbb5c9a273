import { z } from 'zod';
import { Id } from '../ids';
import { Area, Initiative, LIMITS, Year, lineText, longText, shortText, tagList } from './common';
import { withEnvelope } from './envelope';
import { isResearchLink } from './links';

export const RESEARCH_STATUSES = ['idee', 'verkennend', 'lopend', 'afgerond'] as const;
export const ResearchStatus = z.enum(RESEARCH_STATUSES);

/**
 * What kind of publication a result is, as a CSL item type (the types
 * reference managers exchange); RIS and BibTeX export follow it. Types
 * outside this list are read as the nearest one or `document`
 * (main/core/formats/citations/publicationTypes.ts).
 */
export const PUBLICATION_TYPES = [
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'book',
  'chapter',
  'paper-conference',
  'report',
  'thesis',
  'webpage',
  'dataset',
  'speech',
  'document',
] as const;
export const PublicationType = z.enum(PUBLICATION_TYPES);
export type PublicationType = z.infer<typeof PublicationType>;

export const Attachment = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  name: shortText(1),
  mediaType: shortText(1),
  size: z.number().int().min(0),
});
export type Attachment = z.infer<typeof Attachment>;

export const ResearchFields = z.strictObject({
  title: shortText(3),
  question: longText().max(2_000),
  summary: longText(),
  method: longText(),
  findings: longText(),
  status: ResearchStatus,
  area: Area,
  initiative: Initiative,
  institution: shortText(),
  /**
   * Where it appeared: the journal, book, proceedings or website (CSL
   * `container-title`). Both are optional: results stored or bundled before
   * they existed have neither (docs/data-model.md, "Research results"). A
   * type of null was left open on purpose; export then follows the status.
   */
  publication: shortText().optional(),
  publicationType: PublicationType.nullable().optional(),
  year: Year,
  tags: tagList(),
  authorIds: z.array(Id).min(1).max(LIMITS.listItems),
  partnerIds: z.array(Id).max(LIMITS.listItems),
  // Checked here, not only in the service, so the form reports a bad link together with every other field.
  links: z.array(lineText().trim().max(2_000).refine((l) => l === '' || isResearchLink(l), { message: 'invalid_link' })).max(20),
  attachments: z.array(Attachment).max(50),
  draft: z.boolean(),
});
export type ResearchFields = z.infer<typeof ResearchFields>;

export const Research = withEnvelope(ResearchFields);
export type Research = z.infer<typeof Research>;
