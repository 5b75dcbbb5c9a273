import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CsvImportResult, CsvUpload, MembersPreview } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Spinner } from '../../components/Status';
import { formatNumber } from '../../i18n/format';
import { call, errorOf } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { readAsBase64 } from '../research/files';
import { CsvFileFacts, CsvFileProblemNotice, CsvRowProblems } from './CsvProblems';
import { FilePickButton } from './FilePickButton';

type Step = { kind: 'choose' } | { kind: 'preview'; file: CsvUpload; preview: MembersPreview } | { kind: 'done'; result: CsvImportResult };

/** Colleagues from HR's spreadsheet (name, e-mail, institution, team, expertise): preview every row, then add them in one go. */
export function MembersImportPage() {
  const { t, i18n } = useTranslation('exchange');
  usePageTitle(t('members.title'));
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);

  const choose = async (chosen: File) => {
    setBusy(true);
    setFailure(null);
    try {
      const file = { fileName: chosen.name, dataBase64: await readAsBase64(chosen) };
      setStep({ kind: 'preview', file, preview: await call('memberCsv:preview', { file }) });
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setBusy(false);
    }
  };
  const apply = async (file: CsvUpload) => {
    setBusy(true);
    setFailure(null);
    try {
      const { result } = await call('memberCsv:import', { file });
      if (result) setStep({ kind: 'done', result });
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setBusy(false);
    }
  };

  const preview = step.kind === 'preview' ? step.preview : null;
  const fresh = preview?.ok ? preview.rows.filter((r) => r.existingId === null).length : 0;
  return (
    <div className="page">
      <Link href="/exchange" className="back-link">
        <Icon name="back" />
        {t('backToExchange')}
      </Link>
      <h1>{t('members.title')}</h1>
      <p className="page__lead">{t('members.lead')}</p>
      {failure && <ErrorNotice error={failure} />}
      {step.kind === 'done' && (
        <div className="notice notice--success" role="status">
          <Icon name="check" />
          <div className="notice__body">
            <p className="notice__title">{t('members.done', { count: step.result.added, formatted: formatNumber(step.result.added, i18n.language) })}</p>
            {step.result.unchanged > 0 && <p>{t('members.doneExisting', { count: step.result.unchanged })}</p>}
            <p>
              <Link href="/members">{t('members.toColleagues')}</Link>
            </p>
          </div>
        </div>
      )}
      <div className="button-row">
        <FilePickButton accept=".csv,text/csv" busy={busy && step.kind !== 'preview'} className={step.kind === 'preview' ? 'button button--secondary' : 'button button--primary'} onFile={(file) => void choose(file)}>
          {step.kind === 'choose' ? t('members.choose') : t('members.chooseOther')}
        </FilePickButton>
      </div>
      {step.kind === 'choose' && <p className="muted">{t('members.columns')}</p>}

      {step.kind === 'preview' && preview && (
        <section className="csv-preview" aria-labelledby="members-preview-heading">
          <h2 id="members-preview-heading" className="exchange__subheading">
            {t('members.previewHeading', { file: step.file.fileName })}
          </h2>
          {!preview.ok ? (
            <CsvFileProblemNotice problem={preview.problem} />
          ) : (
            <>
              <CsvFileFacts encoding={preview.encoding} ignoredColumns={preview.ignoredColumns} />
              {preview.rows.length > 0 && (
                <table className="data-table">
                  <caption className="visually-hidden">{t('members.previewHeading', { file: step.file.fileName })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('csv.lineColumn')}</th>
                      <th scope="col">{t('csv.fields.name')}</th>
                      <th scope="col">{t('csv.fields.email')}</th>
                      <th scope="col">{t('csv.fields.institution')}</th>
                      <th scope="col">{t('csv.fields.team')}</th>
                      <th scope="col">{t('csv.fields.expertise')}</th>
                      <th scope="col">{t('members.what')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.rows.map((row) => (
                      <tr key={row.line}>
                        <td>{row.line}</td>
                        <td>{row.fields.name}</td>
                        <td>{row.fields.email}</td>
                        <td>{row.fields.institution}</td>
                        <td>{row.fields.team}</td>
                        <td>{row.fields.expertise.join(', ')}</td>
                        <td>{row.existingId ? <Link href={`/members/${row.existingId}`}>{t('members.exists')}</Link> : t('members.new')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <CsvRowProblems problems={preview.problems} />
              <CsvRowProblems problems={preview.warnings} warning />
            </>
          )}
          <div className="form__actions">
            <button type="button" className="button button--secondary" onClick={() => setStep({ kind: 'choose' })} disabled={busy}>
              {t('common:actions.cancel')}
            </button>
            {preview.ok && (
              <button type="button" className="button button--primary" disabled={busy || fresh === 0} onClick={() => void apply(step.file)}>
                {busy && <Spinner />}
                {fresh === 0 ? t('members.nothing') : t('members.add', { count: fresh, formatted: formatNumber(fresh, i18n.language) })}
              </button>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
