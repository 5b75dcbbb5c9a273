import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { changedCount, type ImportPreview, type ImportSummary, type Refusal } from '../../../../shared/bundle';
import { MAX_BUNDLE_UPLOAD_BYTES } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { api } from '../../api';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Spinner } from '../../components/Status';
import { formatNumber } from '../../i18n/format';
import { call, errorOf } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { readAsBase64 } from '../research/files';
import { BundleProgress } from './BundleProgress';
import { FilePickButton } from './FilePickButton';
import { ImportPreviewView } from './ImportPreviewView';
import { takePending } from './pendingFile';
import { RefusalNotice } from './RefusalNotice';
import { UndoImportButton } from './UndoImportButton';
import { useWindowDrop } from './useWindowDrop';

type Step =
  | { kind: 'choose' }
  | { kind: 'reading'; name: string; token: string | null }
  | { kind: 'refused'; name: string; refusal: Refusal }
  | { kind: 'preview'; name: string; token: string; preview: ImportPreview }
  | { kind: 'importing'; name: string; token: string; preview: ImportPreview }
  | { kind: 'done'; name: string; summary: ImportSummary; preview: ImportPreview };

/**
 * Importing a bundle: choose or drop the file → it is checked in full →
 * preview of every change and of who signed it → confirm → applied in one
 * write → summary, with undo. A refused file is explained and changes nothing.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation('exchange');
  usePageTitle(t('import.title'));
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [failure, setFailure] = useState<AppError | null>(null);
  const [trustKey, setTrustKey] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const n = (value: number) => formatNumber(value, i18n.language);

  // Each new step is announced by moving the focus to its heading.
  useEffect(() => {
    if (step.kind !== 'choose') heading.current?.focus();
  }, [step.kind]);

  const start = async (file: File) => {
    setFailure(null);
    setTrustKey(false);
    if (step.kind === 'preview') void api.invoke('exchange:discard', { token: step.token });
    if (file.size > MAX_BUNDLE_UPLOAD_BYTES) {
      setStep({ kind: 'refused', name: file.name, refusal: { code: 'file_too_large', message: `${file.size} bytes` } });
      return;
    }
    setStep({ kind: 'reading', name: file.name, token: null });
    try {
      const staged = await call('exchange:stage', { name: file.name, dataBase64: await readAsBase64(file) });
      setStep({ kind: 'reading', name: file.name, token: staged.token });
      const outcome = await call('exchange:inspect', { token: staged.token });
      if (outcome.status === 'refused') {
        void api.invoke('exchange:discard', { token: staged.token });
        setStep({ kind: 'refused', name: file.name, refusal: outcome.refusal });
      } else setStep({ kind: 'preview', name: file.name, token: staged.token, preview: outcome.value });
    } catch (cause) {
      setFailure(errorOf(cause));
      setStep({ kind: 'choose' });
    }
  };

  const confirm = async (current: Extract<Step, { kind: 'preview' }>) => {
    setFailure(null);
    setStep({ ...current, kind: 'importing' });
    try {
      const outcome = await call('exchange:import', { token: current.token, acceptKey: trustKey });
      if (outcome.status === 'refused') {
        // A cancelled import can be confirmed again; anything else means the file is no good.
        if (outcome.refusal.code === 'cancelled') setStep(current);
        else setStep({ kind: 'refused', name: current.name, refusal: outcome.refusal });
        if (outcome.refusal.code === 'cancelled') setFailure(null);
      } else setStep({ kind: 'done', name: current.name, summary: outcome.value, preview: current.preview });
    } catch (cause) {
      setFailure(errorOf(cause));
      setStep(current);
    }
  };

  // Ownership follows confirmed keys: confirming the key can turn suggestions into changes, so the preview is worked out again.
  const changeTrust = async (current: Extract<Step, { kind: 'preview' }>, trust: boolean) => {
    setTrustKey(trust);
    setFailure(null);
    try {
      const outcome = await call('exchange:inspect', { token: current.token, acceptKey: trust });
      if (outcome.status === 'ok') setStep({ ...current, preview: outcome.value });
      else setStep({ kind: 'refused', name: current.name, refusal: outcome.refusal });
    } catch (cause) {
      setFailure(errorOf(cause));
    }
  };

  const cancelCurrent = () => {
    if (step.kind === 'preview') void api.invoke('exchange:discard', { token: step.token });
    setStep({ kind: 'choose' });
  };

  const busy = step.kind === 'reading' || step.kind === 'importing';
  const dragging = useWindowDrop((file) => {
    if (!busy) void start(file);
  });
  // A file dropped on the overview is handed over once, and checked as soon as this page shows.
  const [handed] = useState(takePending);
  const startHanded = useEffectEvent(() => {
    if (handed) void start(handed);
  });
  useEffect(() => {
    void Promise.resolve().then(startHanded);
  }, []);

  const mustConfirmKey = (step.kind === 'preview' || step.kind === 'importing') && step.preview.signature.kind === 'key_changed';
  const canTrust = (step.kind === 'preview' || step.kind === 'importing') && step.preview.signature.kind !== 'known' && step.preview.signature.fingerprint !== null;
  // Deletions of records never seen here change nothing visible, but are kept (so the records stay deleted): importing them is something to do.
  const nothingToDo = step.kind === 'preview' && changedCount(step.preview.totals) + step.preview.phantomTombstones === 0;

  return (
    <div className={`page page--narrow${dragging ? ' page--dropping' : ''}`}>
      <Link href="/exchange" className="back-link">
        <Icon name="back" />
        {t('backToExchange')}
      </Link>
      <h1 ref={heading} tabIndex={-1}>
        {step.kind === 'preview' || step.kind === 'importing'
          ? t('import.previewTitle')
          : step.kind === 'done'
            ? t('import.doneTitle')
            : step.kind === 'refused'
              ? t('import.refusedTitle')
              : t('import.title')}
      </h1>
      {failure && <ErrorNotice error={failure} />}

      {step.kind === 'choose' && (
        <div className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}>
          <Icon name="download" className="drop-zone__icon" />
          <p className="drop-zone__title">{dragging ? t('import.dropNow') : t('import.dropHere')}</p>
          <p className="muted">{t('import.chooseHint')}</p>
          <FilePickButton accept=".mnw" className="button button--primary" onFile={(file) => void start(file)}>
            {t('import.choose')}
          </FilePickButton>
        </div>
      )}

      {step.kind === 'reading' &&
        (step.token ? (
          <BundleProgress token={step.token} label={t('import.reading', { file: step.name })} onCancel={() => void api.invoke('exchange:cancel', { token: step.token! })} />
        ) : (
          <p className="loading" role="status">
            <Spinner />
            {t('import.handingOver', { file: step.name })}
          </p>
        ))}

      {step.kind === 'refused' && (
        <>
          <RefusalNotice refusal={step.refusal} fileName={step.name} />
          <div className="button-row">
            <FilePickButton accept=".mnw" className="button button--primary" onFile={(file) => void start(file)}>
              {t('import.chooseOther')}
            </FilePickButton>
          </div>
        </>
      )}

      {(step.kind === 'preview' || step.kind === 'importing') && (
        <>
          <p className="page__lead">{t('import.previewLead')}</p>
          <ImportPreviewView preview={step.preview} fileName={step.name} />
          {canTrust && (
            <label className={`checkbox trust${mustConfirmKey ? ' trust--required' : ''}`}>
              <input
                type="checkbox"
                checked={trustKey}
                onChange={(e) => step.kind === 'preview' && void changeTrust(step, e.target.checked)}
                disabled={step.kind === 'importing'}
              />
              <span className="checkbox__text">
                {mustConfirmKey ? t('import.confirmNewKey', { name: step.preview.signature.trusted?.name || t('signature.someone') }) : t('import.trustKey')}
              </span>
            </label>
          )}
          {step.kind === 'importing' ? (
            <BundleProgress token={step.token} label={t('import.importing', { file: step.name })} onCancel={() => void api.invoke('exchange:cancel', { token: step.token })} />
          ) : (
            <div className="form__actions">
              <button type="button" className="button button--secondary" onClick={cancelCurrent}>
                {t('import.cancel')}
              </button>
              <button type="button" className="button button--primary" disabled={(mustConfirmKey && !trustKey) || nothingToDo} onClick={() => void confirm(step)}>
                {nothingToDo ? t('import.nothingToDo') : t('import.confirm', { count: changedCount(step.preview.totals) })}
              </button>
            </div>
          )}
        </>
      )}

      {step.kind === 'done' && (
        <>
          <div className="notice notice--success" role="status">
            <Icon name="check" />
            <div className="notice__body">
              <p className="notice__title">{t('done.title', { file: step.name })}</p>
              <p>
                {t('done.counts', {
                  count: step.summary.changed,
                  changed: n(step.summary.changed),
                  added: n(step.summary.added),
                  updated: n(step.summary.updated),
                  unchanged: n(step.summary.unchanged),
                  deleted: n(step.summary.deleted),
                })}
              </p>
              {step.summary.conflicts > 0 && <p>{t('done.conflicts', { count: step.summary.conflicts })}</p>}
              {step.summary.suggestions > 0 && <p>{t('done.suggestions', { count: step.summary.suggestions })}</p>}
            </div>
          </div>
          <div className="button-row">
            {step.preview.scope.kind === 'session' && (
              <Link href={`/sessions/${step.preview.scope.id}`} className="button button--primary">
                {t('done.openSession')}
              </Link>
            )}
            {step.summary.conflicts > 0 && (
              <Link href="/exchange/conflicts" className="button button--secondary">
                {t('done.openConflicts')}
              </Link>
            )}
            {step.summary.undoable && <UndoImportButton onUndone={() => setStep({ kind: 'choose' })} />}
            <button type="button" className="button button--secondary" onClick={() => setStep({ kind: 'choose' })}>
              {t('done.another')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
