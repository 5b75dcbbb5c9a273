/** What the colleague writes in tests/e2e/makeColleagueEdits.ts, so tests/e2e/conflicts.spec.ts can look for it. */
export const THEIRS = {
  email: 'a.devries@davinci.nl',
  expertise: ['formatief handelen', 'peer-feedback', 'stage'],
  areas: ['onderzoek', 'beleid'] as ('onderzoek' | 'beleid')[],
  summary: `${'In drie opleidingen is onderzocht hoe docenten tijdens de stage feedback geven en wat studenten ermee doen. '.repeat(5)}Slot van de samenvatting van de collega.`,
  location: 'Online via Teams',
  questionBody: 'Aangevuld door de collega: ook bij de bol-opleidingen speelt dit.',
};
