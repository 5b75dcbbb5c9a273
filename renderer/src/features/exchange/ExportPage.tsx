import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { ExportScope, ExportResult, Refusal } from '../../../../shared/bundle';
import type { AppError } from '../../../../shared/result';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Loading, Spinner } from '../../components/Status';
import { formatWallDateTime } from '../../i18n/format';
import { call, errorOf } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { saveFile } from '../research/files';
import { ExportPreviewView } from './ExportPreviewView';

type Kind = ExportScope['kind'];

async function loadOptions() {
  const [upcoming, past, choices] = await Promise.all([
    call('sessions:list', { view: 'upcoming', limit: 500 }),
    call('sessions:list', { view: 'past', limit: 500 }),
    call('sessions:choices'),
  ]);
  const sessions = [...upcoming.items, ...past.items].map(({ session }) => ({ id: session.id, title: session.title, start: session.start }));
  return { sessions, research: choices.research, questions: choices.questions };
}

/**
 * Exporting a bundle: choose one netwerkcafé (with everything it refers to),
 * a selection, or everything; see exactly which personal data goes along
 * before anything is written; then save the file to hand to colleagues.
 */
export function ExportPage() {
  const { t, i18n } = useTranslation('exchange');
  usePageTitle(t('export.title'));
  const { sessionId = '' } = useParams<{ sessionId?: string }>();
  const groupId = useId();
  const [kind, setKind] = useState<Kind>('session');
  const [chosenSession, setChosenSession] = useState(sessionId);
  const [selected, setSelected] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<ExportResult | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [refused, setRefused] = useState<Refusal | null>(null);
  const options = useResource('export-options', loadOptions);
  // The confirmation (with the fingerprint to compare by phone) is what the user needs next: bring it into view and read it out.
  const savedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!saved) return;
    savedRef.current?.scrollIntoView({ block: 'center' });
    savedRef.current?.focus();
  }, [saved]);

  const scope: ExportScope | null =
    kind === 'all' ? { kind } : kind === 'session' ? (chosenSession ? { kind, id: chosenSession } : null) : selected.length > 0 ? { kind, ids: selected } : null;
  const scopeKey = scope ? JSON.stringify(scope) : 'none';
  const preview = useResource(`export-preview:${scopeKey}`, () => (scope ? call('bundles:exportPreview', { scope }) : Promise.resolve(null)));

  // A new choice is a new bundle: the outcome of the last save no longer applies.
  const reset = () => {
    setSaved(null);
    setRefused(null);
  };
  const toggle = (id: string, on: boolean) => {
    reset();
    setSelected((list) => (on ? [...list, id] : list.filter((x) => x !== id)));
  };
  const choose = (next: Kind) => {
    reset();
    setKind(next);
  };
  const save = async () => {
    if (!scope) return;
    setSaving(true);
    setFailure(null);
    setRefused(null);
    try {
      const outcome = await call('exchange:export', { scope });
      if (outcome.status === 'refused') {
        setRefused(outcome.refusal);
        return;
      }
      saveFile({ base64: outcome.value.dataBase64 }, 'application/octet-stream', outcome.value.fileName);
      setSaved(outcome.value.result);
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setSaving(false);
    }
  };

  const checkboxes = (items: readonly { id: string; title: string }[], legend: string) =>
    items.length > 0 && (
      <fieldset className="checkbox-group selection-list">
        <legend className="field__label">{legend}</legend>
        <div className="selection-list__options">
          {items.map((item) => (
            <label key={item.id} className="checkbox">
              <input type="checkbox" checked={selected.includes(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
              <span className="checkbox__text">{item.title}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );

  const sessions = options.data?.sessions ?? [];
  return (
    <div className="page page--narrow">
      <Link href="/exchange" className="back-link">
        <Icon name="back" />
        {t('backToExchange')}
      </Link>
      <h1>{t('export.title')}</h1>
      <p className="page__lead">{t('export.lead')}</p>
      {options.error && <ErrorNotice error={options.error} onRetry={options.reload} />}

      <div className="form">
      <section className="form__section" aria-labelledby={`${groupId}-heading`}>
        <h2 id={`${groupId}-heading`} className="form__heading">
          {t('export.what')}
        </h2>
        <fieldset className="radio-group">
          <legend className="visually-hidden">{t('export.what')}</legend>
          {(['session', 'selection', 'all'] as const).map((value) => (
            <label key={value} className="radio radio--described">
              <input type="radio" name={`${groupId}-kind`} value={value} checked={kind === value} onChange={() => choose(value)} />
              <span className="checkbox__text">
                {t(`export.kind.${value}`)}
                <span className="checkbox__description">{t(`export.kindHint.${value}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {kind === 'session' && (
          <div className="field">
            <label className="field__label" htmlFor={`${groupId}-session`}>
              {t('export.session')}
            </label>
            <select
              id={`${groupId}-session`}
              value={chosenSession}
              onChange={(e) => {
                reset();
                setChosenSession(e.target.value);
              }}
            >
              <option value="">{sessions.length === 0 ? t('export.noSessions') : t('export.chooseSession')}</option>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title} — {formatWallDateTime(s.start, i18n.language)}
                </option>
              ))}
            </select>
          </div>
        )}
        {kind === 'selection' && options.data && (
          <div className="selection">
            {checkboxes(sessions, t('collections.sessions'))}
            {checkboxes(options.data.research, t('collections.research'))}
            {checkboxes(options.data.questions, t('collections.questions'))}
          </div>
        )}
      </section>

      <section className="form__section" aria-labelledby="export-preview-heading" aria-busy={preview.loading}>
        <h2 id="export-preview-heading" className="form__heading">
          {t('export.previewHeading')}
        </h2>
        {!scope && <p className="muted">{kind === 'session' ? t('export.pickSession') : t('export.pickSome')}</p>}
        {scope && preview.error && <ErrorNotice error={preview.error} onRetry={preview.reload} />}
        {scope && !preview.data && !preview.error && <Loading label={t('export.previewLoading')} />}
        {scope && preview.data && <ExportPreviewView preview={preview.data} />}
      </section>
      </div>

      {failure && <ErrorNotice error={failure} />}
      {refused && (
        <div className="notice notice--error" role="alert">
          <Icon name="alert" />
          <div className="notice__body">
            <p className="notice__title">{t('export.refused')}</p>
            <p>{t(`refusal.${refused.code}`)}</p>
            <p>{t('export.overLimit.hint')}</p>
            <p>{t('export.nothingSaved')}</p>
            <p className="notice__detail">{t('refused.detail', { code: refused.code, message: refused.message })}</p>
          </div>
        </div>
      )}
      {saved && (
        <div className="notice notice--success" role="status" ref={savedRef} tabIndex={-1}>
          <Icon name="check" />
          <div className="notice__body">
            <p className="notice__title">{t('export.saved', { file: saved.file, count: saved.records })}</p>
            {saved.fingerprint ? (
              <p>
                {t('export.fingerprint')} <code className="fingerprint">{saved.fingerprint}</code>
              </p>
            ) : (
              <p>{t('export.unsigned')}</p>
            )}
          </div>
        </div>
      )}
      <div className="form__actions">
        <Link href="/exchange" className="button button--secondary">
          {t('common:actions.back')}
        </Link>
        <button type="button" className="button button--primary" disabled={!scope || !preview.data || preview.data.overLimit !== null || saving} onClick={() => void save()}>
          {saving ? <Spinner /> : <Icon name="download" />}
          {t('export.save')}
        </button>
      </div>
    </div>
  );
}
