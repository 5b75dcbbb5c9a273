import type { ChartId } from '../../../shared/overview/charts';

/**
 * The report is for a team leader or the board at a Dutch school: its texts
 * are Dutch, kept here in one table (the UI's own texts live in the renderer's i18n).
 */
const LABELS: Record<string, string> = {
  'area.innovatie': 'Innovatie',
  'area.vakinhoud': 'Vakinhoud',
  'area.onderzoek': 'Onderzoek',
  'area.beleid': 'Beleid',
  'phase.beoogd': 'Beoogd',
  'phase.verkennend': 'Verkennend',
  'phase.opstart': 'Opstart',
  'phase.lopend': 'Lopend',
  'phase.geborgd': 'Geborgd',
  'phase.afgerond': 'Afgerond',
  'initiative.docent': 'Docent(en)',
  'initiative.organisatie': 'Organisatie',
  'initiative.samen': 'Samen',
  'columns.activities': 'Activiteiten',
  'columns.sessions': 'Bijeenkomsten',
  'columns.registrations': 'Aanmeldingen',
  'columns.attended': 'Aanwezig',
  'columns.waitlist': 'Wachtlijst',
  'columns.asked': 'Gesteld',
  'columns.answered': 'Beantwoord',
  'columns.unanswered': 'Onbeantwoord',
};

export const reportText = (key: string): string => LABELS[key] ?? key;

export const CHART_TITLES: Record<ChartId, string> = {
  area: 'Activiteiten per gebied',
  phase: 'Activiteiten per fase',
  initiative: 'Initiatief per instelling',
  collaboration: 'Samenwerking tussen instellingen (activiteiten met masteropgeleide docenten van beide)',
  sessions: 'Netwerkcafés per maand',
  questions: 'Vraagbank per maand',
};
