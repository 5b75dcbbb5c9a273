import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { useNotify } from '../../app/notices';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Spinner } from '../../components/Status';
import { call, errorOf } from '../../lib/call';
import { saveFile } from '../research/files';

/** The learner report of the period shown, as PDF or Markdown, saved as a file. */
export function ReportDownload({ period }: { period: Period }) {
  const { t } = useTranslation('learning');
  const notify = useNotify();
  const [busy, setBusy] = useState<'pdf' | 'md' | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const download = async (format: 'pdf' | 'md') => {
    setBusy(format);
    setFailure(null);
    try {
      const file = await call('learning:report', { period, format });
      saveFile({ base64: file.dataBase64 }, file.mimeType, file.fileName);
      notify(t('report.done', { count: file.entries }));
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="learning-report" aria-labelledby="learning-report-title">
      <h2 id="learning-report-title" className="learning-report__title">
        {t('report.title')}
      </h2>
      <p className="muted">{t('report.lead')}</p>
      <div className="learning-report__actions" aria-busy={busy !== null}>
        {(['pdf', 'md'] as const).map((format) => (
          <button key={format} type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void download(format)}>
            {busy === format ? <Spinner /> : <Icon name="download" />}
            {busy === format ? t('report.busy') : t(`report.${format}`)}
          </button>
        ))}
      </div>
      {failure && <ErrorNotice error={failure} />}
    </section>
  );
}
