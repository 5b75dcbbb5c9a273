import { ACTIVITY_PHASES, AREAS, INITIATIVES, learningKindInfo } from '../domain';
import type { Overview } from '../contracts/overview';

/**
 * The overview's charts as data: one builder that the page (renderer) and
 * the PDF (main/core/report) both turn into the same ECharts SVG, so what
 * HR sees on screen and on paper cannot differ. Texts come from the caller
 * (i18n on screen, Dutch in the report); colours follow the app's tokens.
 */

export const CHART_COLORS = ['#1e5c57', '#a8471f', '#6b4500', '#5c564d', '#1f6b3a', '#8c8273'] as const;
const TEXT = '#221f1b';
const MUTED = '#5c564d';
const GRID = '#e2d9cc';

/** One row of a chart's table; a suppressed row (a group under 5 people) has no numbers at all and is not drawn. */
export interface ChartRow {
  label: string;
  key: string;
  values: Array<number | null>;
  suppressed?: boolean;
}

/** One table behind a chart: rows of a label and one number per column (null: hidden, fewer than 5 people). */
export interface ChartTable {
  columns: string[];
  /** Full names of the columns where `columns` holds short ones (the kinds' numbers 1–11). */
  columnTitles?: string[];
  rows: ChartRow[];
}

export interface ChartSpec {
  id: ChartId;
  table: ChartTable;
  /** A stacked bar per row (several columns), or one bar per row (one column). */
  kind: 'bars' | 'stacked' | 'matrix' | 'months';
  /** Whether a number opens the records behind it; the leerlog's are counted, never listed. */
  opensRecords: boolean;
}

export const CHART_IDS = ['area', 'phase', 'initiative', 'collaboration', 'sessions', 'questions', 'learning'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** The texts a chart needs, keyed like the i18n files (`area.innovatie`, `phase.lopend`, `columns.count`, …). */
export type ChartTexts = (key: string) => string;

/** `2026-03` → `mrt 2026` (or `Mar 2026`): months as people read them. */
const monthLabel = (month: string, locale: string) => new Date(`${month}-15T12:00:00Z`).toLocaleDateString(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The tables of every chart; each row's `key` is the overview cell its numbers click through to. */
export function overviewCharts(overview: Overview, text: ChartTexts, locale = 'nl-NL'): ChartSpec[] {
  const { activities, sessions, questions, details } = overview;
  const count = text('columns.activities');
  return [
    { id: 'area', kind: 'bars', opensRecords: true, table: { columns: [count], rows: AREAS.map((a) => ({ label: text(`area.${a}`), key: `area:${a}`, values: [activities.byArea[a]] })) } },
    { id: 'phase', kind: 'bars', opensRecords: true, table: { columns: [count], rows: ACTIVITY_PHASES.map((p) => ({ label: text(`phase.${p}`), key: `phase:${p}`, values: [activities.byPhase[p]] })) } },
    {
      id: 'initiative',
      kind: 'stacked',
      opensRecords: true,
      table: {
        columns: INITIATIVES.map((i) => text(`initiative.${i}`)),
        rows: details.initiativeByInstitution.map((row) => ({ label: row.institution, key: `initiative:${row.institution}:`, values: INITIATIVES.map((i) => row[i]) })),
      },
    },
    {
      id: 'collaboration',
      kind: 'matrix',
      opensRecords: true,
      table: {
        columns: details.collaboration.institutions,
        rows: details.collaboration.institutions.map((name, i) => ({ label: name, key: `pair:${i}:`, values: details.collaboration.matrix[i] ?? [] })),
      },
    },
    {
      id: 'sessions',
      kind: 'months',
      opensRecords: true,
      table: {
        columns: [text('columns.sessions'), text('columns.registrations'), text('columns.attended'), text('columns.waitlist')],
        rows: sessions.byMonth.map((m) => ({ label: monthLabel(m.month, locale), key: `sessions:${m.month}`, values: [m.sessions, m.registrations, m.attended, m.waitlist] })),
      },
    },
    {
      id: 'questions',
      kind: 'months',
      opensRecords: true,
      table: {
        columns: [text('columns.asked'), text('columns.answered'), text('columns.unanswered')],
        rows: questions.byMonth.map((m) => ({ label: monthLabel(m.month, locale), key: `questions:${m.month}:`, values: [m.asked, m.answered, m.unanswered] })),
      },
    },
    learningChart(overview.learning, text),
  ];
}

/** Leren op het werk: per team the leerlog entries of each kind (columns 1–11); a group under 5 teachers is a suppressed row. */
function learningChart(learning: Overview['learning'], text: ChartTexts): ChartSpec {
  return {
    id: 'learning',
    kind: 'matrix',
    opensRecords: false,
    table: {
      columns: learning.kinds.map((k) => String(learningKindInfo(k).number)),
      columnTitles: learning.kinds.map((k) => text(`learning:kinds.${k}`)),
      rows: learning.teams.map((row, i) => ({
        label: `${row.institution} · ${row.team || text('learning.noTeam')}`,
        key: `learning:${i}`,
        values: row.suppressed ? learning.kinds.map(() => null) : learning.kinds.map((k) => row.counts[k] ?? 0),
        ...(row.suppressed ? { suppressed: true } : {}),
      })),
    },
  };
}

/** The rows a chart draws: a suppressed group is only in the table, as "te weinig deelnemers". */
export const drawnRows = (spec: ChartSpec) => spec.table.rows.filter((r) => !r.suppressed);

/** The cell a table number opens: rows ending in `:` take the column (initiative, institution pair, question state). */
export function cellOf(spec: ChartSpec, rowIndex: number, column: number): string {
  const row = spec.table.rows[rowIndex]!;
  if (spec.id === 'initiative') return `${row.key}${INITIATIVES[column]}`;
  if (spec.id === 'collaboration') return `pair:${Math.min(rowIndex, column)}:${Math.max(rowIndex, column)}`;
  if (spec.id === 'questions') return `${row.key}${(['asked', 'answered', 'unanswered'] as const)[column]}`;
  return row.key;
}

const axisText = { color: MUTED, fontSize: 12 };

/** ECharts options for a chart (plain data; no ECharts import here, so shared stays light). */
export function chartOption(spec: ChartSpec): Record<string, unknown> {
  const table = { ...spec.table, rows: drawnRows(spec) };
  const labels = table.rows.map((r) => r.label);
  const base = { animation: false, textStyle: { fontFamily: 'Roboto, Arial, sans-serif', color: TEXT }, color: [...CHART_COLORS] };
  if (spec.kind === 'matrix') {
    const data = table.rows.flatMap((row, i) => row.values.map((v, j) => [j, i, v ?? 0]));
    const max = Math.max(1, ...data.map((d) => d[2] as number));
    // Short column names (the kinds' numbers) stand upright; institution names are turned to fit.
    const short = table.columns.every((c) => c.length <= 3);
    return {
      ...base,
      grid: { left: 190, right: 20, top: 10, bottom: short ? 30 : 90 },
      xAxis: { type: 'category', data: table.columns, axisLabel: { ...axisText, rotate: short ? 0 : 25, width: 150, overflow: 'truncate' }, splitArea: { show: true } },
      // Long row names (institution · team) wrap onto a second line rather than lose their end.
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { ...axisText, width: 180, overflow: 'break', lineHeight: 14 }, splitArea: { show: true } },
      visualMap: { show: false, min: 0, max, inRange: { color: ['#f2ede5', '#1e5c57'] } },
      series: [{ type: 'heatmap', data, label: { show: true, color: TEXT, backgroundColor: '#ffffff', padding: 2, borderRadius: 3 } }],
    };
  }
  const horizontal = spec.kind !== 'months';
  const category = { type: 'category', data: labels, axisLabel: { ...axisText, width: 180, overflow: 'truncate' }, axisLine: { lineStyle: { color: GRID } }, inverse: horizontal };
  const value = { type: 'value', minInterval: 1, axisLabel: axisText, splitLine: { lineStyle: { color: GRID } } };
  return {
    ...base,
    grid: { left: horizontal ? 190 : 50, right: 30, top: table.columns.length > 1 ? 36 : 10, bottom: horizontal ? 24 : 40 },
    legend: table.columns.length > 1 ? { top: 0, textStyle: axisText, data: table.columns } : undefined,
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: table.columns.map((name, column) => ({
      type: 'bar',
      name,
      stack: spec.kind === 'stacked' ? 'total' : undefined,
      barMaxWidth: 28,
      label: { show: spec.kind === 'bars', position: horizontal ? 'right' : 'top', color: TEXT },
      data: table.rows.map((r) => r.values[column] ?? 0),
    })),
  };
}

/** Height that fits the rows of a chart. */
export function chartHeight(spec: ChartSpec): number {
  if (spec.kind === 'months') return 300;
  const rows = drawnRows(spec).length;
  if (spec.kind !== 'matrix') return Math.max(160, 60 + rows * 34);
  const short = spec.table.columns.every((c) => c.length <= 3);
  return Math.max(short ? 100 : 160, (short ? 40 : 140) + rows * 44);
}
