import type { LearningInputDraft, PopInput } from '../../shared/contract';
import { emptyAnswers, noLinks } from '../../shared/domain';

/** A leerlog entry as the form sends it. */
export const entryFields = (overrides: Partial<LearningInputDraft> = {}): LearningInputDraft => ({
  date: '2026-02-10',
  title: 'Gesprek met praktijkopleiders',
  happened: 'We spraken over feedback halverwege de stage.',
  withWhom: 'Drie praktijkopleiders',
  kind: 'interactie',
  answers: { ...emptyAnswers(), leeropbrengsten: 'Studenten willen eerder feedback.' },
  links: noLinks(),
  visibility: 'prive',
  ...overrides,
});

export const goalFields = (overrides: Partial<PopInput['goals'][number]> = {}): PopInput['goals'][number] => ({
  title: 'Formatief handelen in mijn lessen',
  specifiek: 'Elke les een exit ticket.',
  meetbaar: '80% van mijn lessen.',
  acceptabel: 'Teamleider',
  realistisch: 'Vijf minuten per les.',
  start: '2026-01-01',
  end: '2026-06-30',
  inspirerend: 'Zien wat studenten leren.',
  steps: [],
  status: 'bezig',
  evaluations: [],
  links: { learningIds: [], wants: [], actionIds: [], activityIds: [] },
  ...overrides,
});

export const popFields = (overrides: Partial<PopInput> = {}): PopInput => ({
  visibility: 'prive',
  planStart: '2022-09-01',
  lastConversation: '2025-10-01',
  nextConversation: '2026-10-01',
  goals: [goalFields()],
  ...overrides,
});
