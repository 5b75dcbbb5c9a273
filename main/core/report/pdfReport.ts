import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Overview, OverviewFilter } from '../../../shared/contract';
import { chartHeight, chartOption, drawnRows, overviewCharts, type ChartSpec } from '../../../shared/overview/charts';
import { renderChartSvg } from '../../../shared/overview/chartSvg';
import { pdfMaker } from './pdfFonts';
import { CHART_LEADS, CHART_TITLES, reportText, TOO_FEW } from './texts';

/**
 * The overview as a PDF for a team leader or the board: a cover with the
 * filter, each chart as vector graphics with its table, the gaps (activities
 * without collaborators, isolated master teachers, unmet demand) and a short
 * list of notable activities with their effect on the team. Numbers come
 * from `computeOverview`; nothing is counted here.
 */

const PAGE_WIDTH = 515; // A4 minus margins, in points
const PRIMARY = '#1e5c57';
const MUTED = '#5c564d';

export interface ReportContext {
  overview: Overview;
  filter: OverviewFilter;
  /** Names for the filter on the cover (the PLG's name, not its id). */
  plgName?: string;
  generatedAt: Date;
}

const dutchDate = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const figure = (n: number | null) => (n === null ? '< 5' : n.toLocaleString('nl-NL'));

function filterLines({ filter, plgName }: ReportContext): string[] {
  const period = filter.from || filter.to ? `${filter.from ? dutchDate(filter.from) : 'het begin'} tot en met ${filter.to ? dutchDate(filter.to) : 'nu'}` : 'alle jaren';
  return [
    `Periode: ${period}`,
    `Instelling: ${filter.institution ?? 'alle instellingen'}`,
    ...(filter.team ? [`Team: ${filter.team}`] : []),
    ...(filter.area ? [`Gebied: ${reportText(`area.${filter.area}`)}`] : []),
    ...(filter.plgId ? [`PLG: ${plgName ?? filter.plgId}`] : []),
  ];
}

/** A group under 5 people: one cell across the columns, and no numbers at all. */
const suppressedCells = (columns: number) => [{ text: TOO_FEW, colSpan: columns, italics: true, color: MUTED }, ...Array.from({ length: columns - 1 }, () => ({}))];

function tableOf(spec: ChartSpec): Content {
  const { columns, rows } = spec.table;
  return {
    table: {
      headerRows: 1,
      widths: ['*', ...columns.map(() => 'auto' as const)],
      body: [
        [{ text: '', style: 'th' }, ...columns.map((c) => ({ text: c, style: 'th' }))],
        ...rows.map((r) => [r.label, ...(r.suppressed ? suppressedCells(columns.length) : r.values.map((v) => ({ text: figure(v), alignment: 'right' as const })))]),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
    margin: [0, 4, 0, 16],
  };
}

function chartBlock(spec: ChartSpec): Content[] {
  const lead = CHART_LEADS[spec.id];
  const title: Content[] = [{ text: CHART_TITLES[spec.id], style: 'h2' }, ...(lead ? [{ text: lead, color: MUTED, fontSize: 9, margin: [0, 0, 0, 6] } as Content] : [])];
  if (spec.table.rows.length === 0) return [...title, { text: 'Geen gegevens in deze selectie.', color: MUTED, margin: [0, 0, 0, 16] }];
  const legend: Content[] = spec.table.columnTitles
    ? [{ text: 'Soorten', bold: true, fontSize: 9 }, { ol: spec.table.columnTitles, fontSize: 9, color: MUTED, margin: [0, 2, 0, 16] }]
    : [];
  if (drawnRows(spec).length === 0) return [...title, tableOf(spec), ...legend];
  const svg = renderChartSvg(chartOption(spec), 900, chartHeight(spec));
  return [{ stack: [...title, { svg, width: PAGE_WIDTH }], unbreakable: true }, tableOf(spec), ...legend];
}

export function reportDocument(context: ReportContext): TDocumentDefinitions {
  const { overview } = context;
  const generated = context.generatedAt.toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
  const cover: Content[] = [
    { text: 'Masternetwerk', color: PRIMARY, fontSize: 14, bold: true, margin: [0, 120, 0, 8] },
    { text: 'Rapport: wat masteropgeleide docenten doen', style: 'h1' },
    { text: 'Activiteiten, samenwerking, netwerkcafés, vraagbank en marktplaats', color: MUTED, margin: [0, 0, 0, 24] },
    ...filterLines(context).map((line) => ({ text: line, margin: [0, 0, 0, 4] as [number, number, number, number] })),
    { text: `Gemaakt op ${generated}`, color: MUTED, margin: [0, 16, 0, 0] },
  ];
  const empty = overview.details.total === 0 && overview.sessions.sessions === 0 && overview.questions.asked === 0 && overview.learning.teams.length === 0;
  if (empty) {
    return documentOf([
      ...cover,
      { text: 'Er zijn geen activiteiten, netwerkcafés, vragen of gedeelde leeractiviteiten in deze periode en selectie. Kies een andere periode of instelling.', margin: [0, 32, 0, 0], fontSize: 12 },
    ]);
  }

  const charts = overviewCharts(overview, reportText);
  const { activities, sessions, questions, marketplace, details } = overview;
  const summary: Content[] = [
    { text: 'Samenvatting', style: 'h2', pageBreak: 'before' },
    {
      ul: [
        `${figure(details.total)} activiteiten, waarvan ${figure(activities.withoutCollaborators)} zonder genoemde samenwerkingspartners (een aandachtspunt: geen activiteit wordt alleen gedaan).`,
        `${figure(sessions.sessions)} netwerkcafés met ${figure(sessions.registrations)} aanmeldingen, ${figure(sessions.attended)} aanwezig, ${figure(sessions.waitlist)} op de wachtlijst; ${figure(sessions.openActions)} open acties, waarvan ${figure(sessions.overdueActions)} over de datum.`,
        `${figure(questions.asked)} vragen gesteld, ${figure(questions.answered)} beantwoord, ${figure(questions.unanswered)} nog zonder antwoord${questions.medianHoursToFirstAnswer === null ? '' : `; het eerste antwoord kwam na een mediaan van ${formatHours(questions.medianHoursToFirstAnswer)}`}.`,
        `Marktplaats: ${figure(marketplace.unmetWants)} vragen zonder aanbod, ${figure(marketplace.unaskedOffers)} aanbod waar niemand om vraagt.`,
        `${figure(overview.isolatedMembers.length)} masteropgeleide docenten hebben nog geen gedeelde activiteit.`,
        learningSummary(overview.learning),
      ],
      margin: [0, 0, 0, 16],
    },
  ];
  const notable: Content[] = details.notable.length
    ? [
        { text: 'Opvallende activiteiten en hun effect op het team', style: 'h2', pageBreak: 'before' },
        ...details.notable.flatMap((a): Content[] => [
          { text: a.title, bold: true, margin: [0, 6, 0, 2] },
          { text: a.institution + (a.effectTags.length ? ` · ${a.effectTags.join(', ')}` : ''), color: MUTED, fontSize: 9 },
          { text: a.effect, margin: [0, 2, 0, 6] },
        ]),
      ]
    : [];
  const gaps: Content[] = [
    { text: 'Masteropgeleide docenten zonder gedeelde activiteit', style: 'h2' },
    details.isolated.length
      ? { ul: details.isolated.slice(0, 60).map((m) => `${m.name} (${m.institution})`), fontSize: 9, margin: [0, 0, 0, 4] }
      : { text: 'Iedereen doet mee aan een gedeelde activiteit.', color: MUTED },
    ...(details.isolated.length > 60 ? [{ text: `en ${details.isolated.length - 60} anderen (zie het overzicht in de app).`, color: MUTED, fontSize: 9 } as Content] : []),
    { text: 'Vraag zonder aanbod', style: 'h2', margin: [0, 16, 0, 6] },
    marketplace.unmetWantTopics.length ? { ul: marketplace.unmetWantTopics.slice(0, 30), fontSize: 9 } : { text: 'Voor elke vraag is aanbod.', color: MUTED },
  ];
  return documentOf([...cover, ...summary, ...charts.flatMap(chartBlock), ...gaps, ...notable]);
}

/** Only the groups of 5 or more teachers add to the sum; the others are counted as groups, never by their entries. */
function learningSummary({ teams }: Overview['learning']): string {
  const shown = teams.filter((t) => !t.suppressed);
  const entries = shown.reduce((n, t) => n + t.total, 0);
  const tooFew = teams.length - shown.length;
  const teamsText = (n: number) => `${figure(n)} ${n === 1 ? 'team' : 'teams'}`;
  return `Leren op het werk: ${figure(entries)} gedeelde leeractiviteiten in ${teamsText(shown.length)}${tooFew ? `; ${teamsText(tooFew)} met te weinig deelnemers om te tonen` : ''}.`;
}

const formatHours = (hours: number) => (hours < 48 ? `${hours.toLocaleString('nl-NL')} uur` : `${(Math.round(hours / 2.4) / 10).toLocaleString('nl-NL')} dagen`);

function documentOf(content: Content[]): TDocumentDefinitions {
  return {
    info: { title: 'Masternetwerk — rapport', creator: 'Masternetwerk' },
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    defaultStyle: { font: 'Roboto', fontSize: 10, color: '#221f1b' },
    styles: {
      h1: { fontSize: 24, bold: true, margin: [0, 0, 0, 8] },
      h2: { fontSize: 14, bold: true, color: PRIMARY, margin: [0, 8, 0, 6] },
      th: { bold: true, fontSize: 9 },
    },
    footer: (page: number, pages: number) => ({ text: `Masternetwerk — pagina ${page} van ${pages}`, alignment: 'center', fontSize: 8, color: MUTED, margin: [0, 16, 0, 0] }),
    content,
  };
}

export async function renderReportPdf(context: ReportContext): Promise<Buffer> {
  const buffer = await pdfMaker().createPdf(reportDocument(context)).getBuffer();
  return Buffer.from(buffer);
}
