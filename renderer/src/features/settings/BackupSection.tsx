import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { useAppInfo } from '../../app/appInfo';
import { TextField } from '../../components/FormField';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Spinner } from '../../components/Status';
import { formatNumber } from '../../i18n/format';
import { call, errorOf } from '../../lib/call';
import { FilePickButton } from '../exchange/FilePickButton';
import { readAsBase64, saveFile } from '../research/files';

type Done = { kind: 'made'; fileName: string; files: number } | { kind: 'restored'; dataDir: string; files: number };

/**
 * "Reservekopie maken": the whole data folder as one zip, taken while the
 * store is consistent. "Reservekopie terugzetten": a zip unpacked into a new,
 * empty folder — never over the data in use — to open with `--data`.
 */
export function BackupSection() {
  const { t, i18n } = useTranslation('settings');
  const { info } = useAppInfo();
  const [busy, setBusy] = useState<'make' | 'restore' | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [targetDir, setTargetDir] = useState(`${info.dataDir}-teruggezet`);
  const [targetError, setTargetError] = useState<string | undefined>();

  const make = async () => {
    setBusy('make');
    setFailure(null);
    setDone(null);
    try {
      const zip = await call('backup:make');
      saveFile({ base64: zip.dataBase64 }, 'application/zip', zip.fileName);
      setDone({ kind: 'made', fileName: zip.fileName, files: zip.files });
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setBusy(null);
    }
  };

  const restore = async (file: File) => {
    setFailure(null);
    setDone(null);
    setTargetError(undefined);
    if (!targetDir.trim()) return setTargetError(t('backup.targetEmpty'));
    setBusy('restore');
    try {
      const restored = await call('backup:restore', { dataBase64: await readAsBase64(file), targetDir });
      setDone({ kind: 'restored', dataDir: restored.dataDir, files: restored.files });
    } catch (cause) {
      const error = errorOf(cause);
      const code = error.issues?.[0]?.code;
      if (code && ['current_data_dir', 'not_empty', 'not_backup'].includes(code)) setTargetError(t(`backup.problems.${code}`));
      else setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('backup.title')}</h2>
      <p>{t('backup.lead')}</p>
      <div className="button-row backup__actions">
        <button type="button" className="button button--primary" disabled={busy !== null} aria-busy={busy === 'make'} onClick={() => void make()}>
          {busy === 'make' ? <Spinner /> : <Icon name="download" />}
          {t('backup.make')}
        </button>
      </div>

      <h3>{t('backup.restoreTitle')}</h3>
      <p className="field__hint">{t('backup.restoreLead')}</p>
      <TextField id="backup-target" label={t('backup.target')} hint={t('backup.targetHint')} value={targetDir} onChange={setTargetDir} error={targetError} />
      <div className="button-row backup__actions">
        <FilePickButton accept=".zip,application/zip" busy={busy === 'restore'} onFile={(file) => void restore(file)}>
          {t('backup.restore')}
        </FilePickButton>
      </div>

      {failure && <ErrorNotice error={failure} />}
      {done && (
        <div className="notice notice--success" role="status">
          <Icon name="check" />
          <div className="notice__body">
            {done.kind === 'made' ? (
              <p className="notice__title">{t('backup.made', { file: done.fileName, count: done.files, formatted: formatNumber(done.files, i18n.language) })}</p>
            ) : (
              <>
                <p className="notice__title">{t('backup.restored', { count: done.files, formatted: formatNumber(done.files, i18n.language) })}</p>
                <p>
                  <code className="path">{done.dataDir}</code>
                </p>
                <p>{t('backup.openHint')}</p>
              </>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
