import { emptyMemberFields, type MemberFieldsInput, type ResearchFields } from '../../../shared/domain';

/** Fields of a profile and of research for tests: plain data, no app code (the sync simulation's workers load only what they run). */

export const profile = (name: string, overrides: Partial<MemberFieldsInput> = {}): MemberFieldsInput => ({
  ...emptyMemberFields(),
  name,
  institution: 'ROC Rijnland',
  ...overrides,
});

export const researchFields = (authorIds: string[], overrides: Partial<ResearchFields> = {}): ResearchFields => ({
  title: 'Formatief handelen in de beroepspraktijk',
  question: 'Hoe geven docenten in de bol **feedback** tijdens de stage?',
  summary: 'Een ontwerpgericht onderzoek in twee teams.',
  method: 'Interviews en lesobservaties',
  findings: 'Korte feedbackmomenten werken het best.',
  status: 'afgerond',
  area: 'onderzoek',
  initiative: 'samen',
  institution: 'ROC Rijnland',
  year: 2024,
  tags: ['formatief handelen', 'feedback'],
  authorIds,
  partnerIds: [],
  links: ['https://doi.org/10.1234/mbo.2024.7'],
  attachments: [],
  draft: false,
  ...overrides,
});
