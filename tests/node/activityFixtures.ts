import type { ActivityFields } from '../../shared/domain';

/** Valid activity fields for tests: an ontwikkeldriedaagse with a working group. */
export function activityFields(memberIds: string[], overrides: Partial<ActivityFields> = {}): ActivityFields {
  return {
    title: 'Ontwikkeldriedaagse Zorg en Welzijn',
    description: 'Drie dagen waarin teams samen hun onderwijs herontwerpen.',
    institution: 'ROC Rijnland',
    teams: ['Zorg en Welzijn'],
    area: ['innovatie'],
    initiative: 'docent',
    carriedOutBy: 'werkgroep over de lagen heen',
    memberIds,
    collaborators: [{ kind: 'teamleider', name: 'Teamleider Zorg' }],
    phase: 'lopend',
    startDate: '2025-09-01',
    endDate: null,
    effect: 'Het team praat nu over samenhang in het programma in plaats van over losse vakken.',
    effectTags: ['samenhang'],
    plgId: null,
    researchIds: [],
    questionIds: [],
    sessionIds: [],
    marketplace: [],
    ...overrides,
  };
}
