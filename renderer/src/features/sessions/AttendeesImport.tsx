import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendeesPreview, CsvUpload } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { ErrorNotice, Spinner } from '../../components/Status';
import { call, errorOf } from '../../lib/call';
import { CsvFileFacts, CsvFileProblemNotice, CsvRowProblems } from '../exchange/CsvProblems';
import { FilePickButton } from '../exchange/FilePickButton';
import { readAsBase64 } from '../research/files';

type Step = { kind: 'idle' } | { kind: 'preview'; file: CsvUpload; preview: AttendeesPreview } | { kind: 'done'; added: number; updated: number };

/** An attendee list from a spreadsheet: choose the file, see every row and every bad line in Dutch, then apply. */
export function AttendeesImport({ sessionId, onDone }: { sessionId: string; onDone: () => void }) {
  const { t } = useTranslation(['sessions', 'exchange']);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);

  const choose = async (chosen: File) => {
    setBusy(true);
    setFailure(null);
    try {
      const file = { fileName: chosen.name, dataBase64: await readAsBase64(chosen) };
      setStep({ kind: 'preview', file, preview: await call('sessions:attendeesPreview', { id: sessionId, file }) });
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setBusy(false);
    }
  };
  const apply = async (file: CsvUpload) => {
    setBusy(true);
    try {
      const { result } = await call('sessions:attendeesImport', { id: sessionId, file });
      setStep({ kind: 'done', added: result?.added ?? 0, updated: result?.updated ?? 0 });
      onDone();
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setBusy(false);
    }
  };

  const preview = step.kind === 'preview' ? step.preview : null;
  const changes = preview?.ok ? preview.rows.filter((r) => r.change !== 'unchanged').length : 0;
  return (
    <div className="csv-import">
      <FilePickButton accept=".csv,text/csv" busy={busy && step.kind !== 'preview'} onFile={(file) => void choose(file)}>
        {t('attendees.csvImport')}
      </FilePickButton>
      {failure && <ErrorNotice error={failure} />}
      {step.kind === 'done' && (
        <p className="notice notice--success" role="status">
          {t('attendees.csvDone', { added: step.added, updated: step.updated })}
        </p>
      )}
      {step.kind === 'preview' && preview && (
        <section className="csv-preview" aria-labelledby="attendees-csv-preview">
          <h3 id="attendees-csv-preview" className="session__subheading">
            {t('attendees.csvPreview', { file: step.file.fileName })}
          </h3>
          {!preview.ok ? (
            <CsvFileProblemNotice problem={preview.problem} />
          ) : (
            <>
              <CsvFileFacts encoding={preview.encoding} ignoredColumns={preview.ignoredColumns} />
              {preview.rows.length > 0 && (
                <table className="data-table">
                  <caption className="visually-hidden">{t('attendees.csvRows')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('exchange:csv.lineColumn')}</th>
                      <th scope="col">{t('attendees.name')}</th>
                      <th scope="col">{t('attendees.result')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.rows.map((row) => (
                      <tr key={row.line}>
                        <td>{row.line}</td>
                        <td>
                          {row.name}
                          {row.memberId ? <span className="badge badge--role">{t('attendees.isColleague')}</span> : null}
                          {row.email && <span className="attendee__email">{row.email}</span>}
                        </td>
                        <td>
                          {t(`attendees.change.${row.change}`)}: {t(`status.${row.result}`)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <CsvRowProblems problems={preview.problems} />
            </>
          )}
          <div className="panel-actions">
            <button type="button" className="button button--secondary" onClick={() => setStep({ kind: 'idle' })} disabled={busy}>
              {t('common:actions.cancel')}
            </button>
            {preview.ok && (
              <button type="button" className="button button--primary" onClick={() => void apply(step.file)} disabled={busy || changes === 0}>
                {busy && <Spinner />}
                {changes === 0 ? t('attendees.csvNothing') : t('attendees.csvApply', { count: changes })}
              </button>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
