import { z } from 'zod';
import { Id } from '../ids';
import { Area, Initiative, LIMITS, Year, lineText, longText, shortText, tagList } from './common';
import { withEnvelope } from './envelope';
import { isResearchLink } from './links';

export const RESEARCH_STATUSES = ['idee', 'verkennend', 'lopend', 'afgerond'] as const;
export const ResearchStatus = z.enum(RESEARCH_STATUSES);

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
