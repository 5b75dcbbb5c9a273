import type { Handlers, OverviewFilter, OverviewReportFile } from '../../../shared/contract';
import type { AppContext } from '../app';
import { exportActivitiesCsv } from '../formats/csv/activities';
import { keepsActivity } from '../overview/filter';
import { computeOverview, overviewRecords } from '../overview/computeOverview';
import { renderReportPdf } from '../report/pdfReport';
import { byPhaseThenTitle } from './activities';

type OverviewHandlers = Pick<Handlers, 'overview:get' | 'overview:records' | 'overview:report'>;

/** The report file for a filter: the PDF of the overview, or the filtered activity list as CSV. */
export async function buildReport(app: AppContext, filter: OverviewFilter, format: 'pdf' | 'csv'): Promise<OverviewReportFile & { bytes: Uint8Array }> {
  const stamp = app.records.now().toISOString().slice(0, 10);
  if (format === 'csv') {
    const list = app.repos.activities.list().filter((a) => keepsActivity(filter, a)).sort(byPhaseThenTitle);
    const bytes = exportActivitiesCsv(list, (id) => app.repos.members.find(id)?.name ?? '');
    return { fileName: `masternetwerk-activiteiten-${stamp}.csv`, mediaType: 'text/csv', dataBase64: Buffer.from(bytes).toString('base64'), bytes };
  }
  const plgName = filter.plgId ? app.repos.plgs.find(filter.plgId)?.name : undefined;
  const bytes = await renderReportPdf({ overview: computeOverview(app, filter), filter, plgName, generatedAt: app.records.now() });
  return { fileName: `masternetwerk-rapport-${stamp}.pdf`, mediaType: 'application/pdf', dataBase64: bytes.toString('base64'), bytes };
}

export function overviewHandlers(app: AppContext): OverviewHandlers {
  return {
    async 'overview:get'({ filter }) {
      return computeOverview(app, filter);
    },
    async 'overview:records'({ filter, cell }) {
      return overviewRecords(app, filter, cell);
    },
    async 'overview:report'({ filter, format }) {
      const { fileName, mediaType, dataBase64 } = await buildReport(app, filter, format);
      return { fileName, mediaType, dataBase64 };
    },
  };
}
