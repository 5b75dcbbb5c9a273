import type { ResearchFields } from '../../shared/domain/research';
import { researchFields as fieldsFor } from '../node/helpers/recordFields';

/** A published research result, still in progress, for tests that set up data through the app's API. */
export const researchFields = (title: string, authorIds: string[], overrides: Partial<ResearchFields> = {}): ResearchFields =>
  fieldsFor(authorIds, {
    title,
    question: 'Hoe geven docenten feedback tijdens de stage?',
    summary: 'Eerste opzet.',
    method: '',
    findings: '',
    status: 'lopend',
    year: 2025,
    tags: [],
    links: [],
    ...overrides,
  });
