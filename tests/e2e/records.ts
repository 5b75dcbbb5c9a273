import type { ResearchFields } from '../../shared/domain/research';

/** A published research result for tests that set up data through the app's API. */
export const researchFields = (title: string, authorIds: string[], overrides: Partial<ResearchFields> = {}): ResearchFields => ({
  title,
  question: 'Hoe geven docenten feedback tijdens de stage?',
  summary: 'Eerste opzet.',
  method: '',
  findings: '',
  status: 'lopend',
  area: 'onderzoek',
  initiative: 'samen',
  institution: 'ROC Rijnland',
  year: 2025,
  tags: [],
  authorIds,
  partnerIds: [],
  links: [],
  attachments: [],
  draft: false,
  ...overrides,
});
