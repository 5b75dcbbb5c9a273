/** The names and texts tests/e2e/start.spec.ts and its colleague's install (makeStartNews.ts) share. */
export const START_NEWS = {
  sanne: 'Sanne de Vries',
  bram: 'Bram Ünal',
  question: 'Hoe geef je feedback tijdens de stage?',
  answer: 'Laat studenten elkaar eerst feedback geven, dan pas jij.',
  jointCafe: 'Netwerkcafé Feedback in de stage',
  bramsCafe: 'Netwerkcafé Werkplekleren',
  action: 'Rubric delen met het team',
  research: 'Feedback tijdens de beroepspraktijkvorming',
  summary: 'Aangevuld door Bram: drie korte feedbackmomenten per week werken het best.',
  plg: 'PLG Feedback in de stage',
} as const;
