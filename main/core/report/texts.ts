import { LEARNING_KIND_TABLE } from '../../../shared/domain';
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
  'learning.noTeam': '(geen team)',
  ...Object.fromEntries(LEARNING_KIND_TABLE.map((k) => [`learning:kinds.${k.code}`, k.label])),
};

export const reportText = (key: string): string => LABELS[key] ?? key;

export const CHART_TITLES: Record<ChartId, string> = {
  area: 'Activiteiten per gebied',
  phase: 'Activiteiten per fase',
  initiative: 'Initiatief per instelling',
  collaboration: 'Samenwerking tussen instellingen (activiteiten met masteropgeleide docenten van beide)',
  sessions: 'Netwerkcafés per maand',
  questions: 'Vraagbank per maand',
  learning: 'Leren op het werk: leeractiviteiten per soort en team',
};

/** The sentence under a chart's title where the numbers need one. */
export const CHART_LEADS: Partial<Record<ChartId, string>> = {
  learning:
    'Alleen leerlog-regels die docenten zelf lieten meetellen; een groep van minder dan 5 deelnemende docenten staat er zonder aantallen, als "te weinig deelnemers". Periode, instelling en team gelden hier; gebied en PLG niet (een leerlog kent die niet).',
};

/** What a suppressed row of a table says instead of numbers. */
export const TOO_FEW = 'te weinig deelnemers';
