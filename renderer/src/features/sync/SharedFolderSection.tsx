import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/sync';
import type { AppError } from '../../../../shared/result';
import { TextField } from '../../components/FormField';
import { ErrorNotice, Spinner } from '../../components/Status';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { call, errorOf } from '../../lib/call';
import { useDataVersion } from '../../lib/dataVersion';
import { NewKeyNotices } from './NewKeyNotices';

/** How often the page asks for the status while it is open: the sync runs on its own in the background. */
const REFRESH_MS = 5_000;
/** While a pass runs (or the user asked for one), often enough for its progress bar to move. */
const PASS_REFRESH_MS = 400;

/**
 * Instellingen → Uitwisselen: the shared folder the school's sync service
 * keeps in step (docs/sync.md). Shows the last sync, segments waiting,
 * problems in plain Dutch, and lets the user pause or sync now.
 */
export function SharedFolderSection() {
  const { t, i18n } = useTranslation('settings');
  const version = useDataVersion();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  /** What the user typed; null until they type (the field shows the saved folder). */
  const [edited, setFolder] = useState<string | null>(null);
  const folder = edited ?? status?.folder ?? '';
  const [folderError, setFolderError] = useState<string | undefined>();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const passRunning = busy === 'now' || status?.progress != null;

  useEffect(() => {
    let live = true;
    const load = () =>
      call('sync:status').then(
        (next) => live && setStatus(next),
        (cause: unknown) => live && setFailure(errorOf(cause)),
      );
    void load();
    const timer = setInterval(() => void load(), passRunning ? PASS_REFRESH_MS : REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [version, passRunning]);

  const run = async (what: string, action: () => Promise<SyncStatus>) => {
    setBusy(what);
    setFailure(null);
    try {
      setStatus(await action());
      return true;
    } catch (cause) {
      const error = errorOf(cause);
      if (error.issues?.some((i) => i.path === 'folder')) setFolderError(t('sync.folderMissing'));
      else setFailure(error);
      return false;
    } finally {
      setBusy(null);
    }
  };

  const save = async () => {
    setFolderError(undefined);
    if (!folder.trim()) {
      setFolderError(t('sync.folderRequired'));
      return;
    }
    await run('save', () => call('sync:setFolder', { folder }));
  };

  if (!status) return <Spinner />;
  const number = (n: number) => formatNumber(n, i18n.language);

  return (
    <>
      <p className="field__hint">{t('sync.intro')}</p>
      <form
        className="sync-folder"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField id="sync-folder" label={t('sync.folder')} hint={t('sync.folderHint')} value={folder} onChange={setFolder} error={folderError} />
        <div className="sync-actions">
          <button type="submit" className="button button--primary" disabled={busy !== null}>
            {t('sync.save')}
          </button>
          {status.folder && (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy !== null}
              onClick={() => void run('stop', () => call('sync:setFolder', { folder: null })).then((done) => done && setFolder(null))}
            >
              {t('sync.stop')}
            </button>
          )}
        </div>
      </form>

      {status.folder && (
        <>
          <dl className="facts facts--wide" aria-label={t('sync.statusLabel')}>
            <dt>{t('sync.state')}</dt>
            <dd>{status.paused ? t('sync.paused') : status.error ? t('sync.hasProblem') : t('sync.active')}</dd>
            <dt>{t('sync.lastSync')}</dt>
            <dd>{status.lastSyncAt ? formatDateTime(status.lastSyncAt, i18n.language) : t('sync.never')}</dd>
            <dt>{t('sync.waiting')}</dt>
            <dd>{number(status.waiting)}</dd>
            <dt>{t('sync.installs')}</dt>
            <dd>{number(status.installs)}</dd>
            <dt>{t('sync.ownSegments')}</dt>
            <dd>{number(status.ownSegments)}</dd>
          </dl>

          {status.progress && (
            <div className="bundle-progress" role="status">
              <p className="bundle-progress__label">
                {t('sync.progress', { done: number(status.progress.installsRead), total: number(status.progress.installs) })}
              </p>
              <progress max={status.progress.installs || 1} value={status.progress.installsRead} aria-label={t('sync.progressLabel')} />
            </div>
          )}

          {status.error && (
            <div className="notice notice--error" role="alert">
              <div className="notice__body">
                <p className="notice__title">{t(`sync.errors.${status.error.code}`)}</p>
              {status.error.code === 'duplicate_install' && (
                <button type="button" className="button button--danger" disabled={busy !== null} onClick={() => void run('renew', () => call('sync:newInstallId'))}>
                  {t('sync.newInstallId')}
                </button>
              )}
              </div>
            </div>
          )}

          <NewKeyNotices skipped={status.skipped} busy={busy} run={run} />

          <div className="sync-actions">
            <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void run('now', () => call('sync:now'))}>
              {busy === 'now' ? <Spinner /> : null} {t('sync.now')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              aria-pressed={status.paused}
              disabled={busy !== null}
              onClick={() => void run('pause', () => call('sync:pause', { paused: !status.paused }))}
            >
              {status.paused ? t('sync.resume') : t('sync.pause')}
            </button>
          </div>

          {status.skipped.length > 0 && (
            <details className="sync-skipped">
              <summary>{t('sync.skipped', { count: status.skipped.length, formatted: number(status.skipped.length) })}</summary>
              <ul>
                {status.skipped.map((s) => (
                  <li key={`${s.file}:${s.code}`}>
                    <code className="path">{s.file}</code> — {t(`sync.skip.${s.code}`)}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      {failure && <ErrorNotice error={failure} />}
    </>
  );
}
