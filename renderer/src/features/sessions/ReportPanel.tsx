import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PersonRef, SessionActionInput, SessionDetail } from '../../../../shared/contract';
import { ACTION_STATUSES, LIMITS, type SessionAction } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import { Icon } from '../../components/Icon';
import { Markdown } from '../../components/Markdown';
import { ErrorNotice, Spinner } from '../../components/Status';
import { describedBy, FieldError } from '../../components/FormField';
import { formatDate, formatNumber } from '../../i18n/format';
import { call, errorOf } from '../../lib/call';
import { useResource } from '../../lib/useResource';
import { Section } from './parts';

/** The most an action's text may hold (the app's `shortText`): said at the field, never cut silently. */
const ACTION_MAX = LIMITS.shortText;

const BLANK_ACTION: SessionActionInput = { text: '', ownerId: null, due: null, status: 'open' };

/** Today as the calendar shows it here (YYYY-MM-DD), to compare with an action's due date. */
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** An action not done whose due date has passed. */
export const isOverdue = (action: SessionAction) => action.status !== 'klaar' && action.due !== null && action.due < today();

/** One action: its status, what, and a line about whose and by when (or from which session); an overdue one says so. */
export function ActionRow({ action, children }: { action: SessionAction; children: ReactNode }) {
  const { t } = useTranslation('sessions');
  const overdue = isOverdue(action);
  return (
    <li className={`action action--${action.status}${overdue ? ' action--overdue' : ''}`}>
      <span className={`action__status action__status--${action.status}`}>{t(`actionStatus.${action.status}`)}</span>
      <span className="action__text">{action.text}</span>
      <span className="action__meta">
        {overdue && <span className="badge badge--overdue">{t('report.overdue')}</span>} {children}
      </span>
    </li>
  );
}

function ActionList({ actions, people }: { actions: readonly SessionAction[]; people: Map<string, PersonRef> }) {
  const { t, i18n } = useTranslation('sessions');
  return (
    <ul className="action-list">
      {actions.map((action) => (
        <ActionRow key={action.id} action={action}>
          {action.ownerId && people.get(action.ownerId) ? <Link href={`/members/${action.ownerId}`}>{people.get(action.ownerId)!.name}</Link> : t('report.noOwner')}
          {action.due && <> · {t('report.due', { date: formatDate(action.due, i18n.language) })}</>}
        </ActionRow>
      ))}
    </ul>
  );
}

function ReportForm({ detail, onDone }: { detail: SessionDetail; onDone: () => void }) {
  const { t, i18n } = useTranslation(['sessions', 'common']);
  const { session } = detail;
  const [notes, setNotes] = useState(session.notes);
  const [outcomes, setOutcomes] = useState(session.outcomes);
  const [actions, setActions] = useState<SessionActionInput[]>(session.actions);
  const [preview, setPreview] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [problem, setProblem] = useState(false);
  const choices = useResource('session-choices', () => call('sessions:choices'));
  const update = (index: number, patch: Partial<SessionActionInput>) => setActions((list) => list.map((a, i) => (i === index ? { ...a, ...patch } : a)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const kept = actions.filter((a) => a.text.trim() !== '' || a.ownerId || a.due);
    const empty = kept.some((a) => a.text.trim() === '');
    setProblem(empty);
    // A text over the limit already says so at its field.
    if (empty || kept.some((a) => a.text.trim().length > ACTION_MAX)) return;
    setBusy(true);
    setFailure(null);
    try {
      await call('sessions:saveReport', { id: session.id, notes, outcomes, actions: kept.map((a) => ({ ...a, text: a.text.trim() })) });
      onDone();
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form report-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('report.editLabel')}>
      <div className="field">
        <div className="field__label-row">
          <label className="field__label" htmlFor="report-notes">
            {t('report.notes')}
          </label>
          <button type="button" className="button button--link" aria-pressed={preview} onClick={() => setPreview((p) => !p)}>
            {preview ? t('report.writeMode') : t('report.preview')}
          </button>
        </div>
        <p id="report-notes-hint" className="field__hint">
          {t('report.notesHint')}
        </p>
        {preview ? (
          <div className="report-form__preview" aria-label={t('report.previewLabel')} role="region">
            {notes.trim() ? <Markdown text={notes} /> : <p className="muted">{t('report.noNotes')}</p>}
          </div>
        ) : (
          <textarea id="report-notes" rows={8} value={notes} aria-describedby="report-notes-hint" onChange={(e) => setNotes(e.target.value)} />
        )}
      </div>
      <div className="field">
        <label className="field__label" htmlFor="report-outcomes">
          {t('report.outcomes')}
        </label>
        <p id="report-outcomes-hint" className="field__hint">
          {t('report.outcomesHint')}
        </p>
        <textarea id="report-outcomes" rows={4} value={outcomes} aria-describedby="report-outcomes-hint" onChange={(e) => setOutcomes(e.target.value)} />
      </div>

      <fieldset className="action-editor">
        <legend className="field__label">{t('report.actions')}</legend>
        <p className="field__hint">{t('report.actionsHint')}</p>
        {actions.map((action, index) => (
          <div key={action.id ?? `new-${index}`} className="action-editor__row" role="group" aria-label={t('report.actionNumber', { number: index + 1 })}>
            <div className="field action-editor__text">
              <label className="field__label" htmlFor={`action-${index}-text`}>
                {t('report.actionText')}
              </label>
              <p id={`action-${index}-text-limit`} className="field__hint">
                {t('common:limits.max', { max: ACTION_MAX })}
              </p>
              <input
                id={`action-${index}-text`}
                value={action.text}
                aria-invalid={(problem && action.text.trim() === '') || action.text.trim().length > ACTION_MAX ? true : undefined}
                aria-describedby={describedBy(`action-${index}-text-limit`, action.text.trim().length > ACTION_MAX && `action-${index}-text-error`)}
                onChange={(e) => update(index, { text: e.target.value })}
              />
              <FieldError
                id={`action-${index}-text-error`}
                message={action.text.trim().length > ACTION_MAX ? t('common:limits.over', { max: ACTION_MAX, count: formatNumber(action.text.trim().length, i18n.language) }) : undefined}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`action-${index}-owner`}>
                {t('report.owner')}
              </label>
              <select id={`action-${index}-owner`} value={action.ownerId ?? ''} onChange={(e) => update(index, { ownerId: e.target.value || null })}>
                <option value="">{t('report.noOwner')}</option>
                {choices.data?.members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`action-${index}-due`}>
                {t('report.dueLabel')}
              </label>
              <input id={`action-${index}-due`} type="date" value={action.due ?? ''} onChange={(e) => update(index, { due: e.target.value || null })} />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`action-${index}-status`}>
                {t('report.status')}
              </label>
              <select id={`action-${index}-status`} value={action.status} onChange={(e) => update(index, { status: e.target.value as SessionAction['status'] })}>
                {ACTION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`actionStatus.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="icon-button icon-button--danger action-editor__remove"
              onClick={() => setActions((list) => list.filter((_, i) => i !== index))}
              aria-label={t('report.removeAction', { number: index + 1 })}
            >
              <Icon name="trash" />
            </button>
          </div>
        ))}
        {problem && (
          <p className="field__error" role="alert">
            {t('report.actionNeedsText')}
          </p>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setActions((list) => [...list, { ...BLANK_ACTION }]);
            requestAnimationFrame(() => document.getElementById(`action-${actions.length}-text`)?.focus());
          }}
        >
          <Icon name="plus" />
          {t('report.addAction')}
        </button>
      </fieldset>

      {failure && <ErrorNotice error={failure} />}
      <div className="panel-actions">
        <button type="button" className="button button--secondary" onClick={onDone} disabled={busy}>
          {t('common:actions.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy && <Spinner />}
          {t('report.save')}
        </button>
      </div>
    </form>
  );
}

/** After the session: the notes (Markdown, shown safely), what it yielded, and who does what by when. */
export function ReportPanel({ detail, people }: { detail: SessionDetail; people: Map<string, PersonRef> }) {
  const { t } = useTranslation('sessions');
  const { session, ended } = detail;
  const [editing, setEditing] = useState(false);
  const empty = !session.notes.trim() && !session.outcomes.trim() && session.actions.length === 0;
  return (
    <Section
      id="session-report"
      title={t('report.heading')}
      actions={
        !editing && (
          <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            <Icon name="edit" />
            {empty ? t('report.write') : t('report.edit')}
          </button>
        )
      }
    >
      {editing ? (
        <ReportForm detail={detail} onDone={() => setEditing(false)} />
      ) : empty ? (
        <p className="muted">{ended ? t('report.emptyEnded') : t('report.emptyUpcoming')}</p>
      ) : (
        <>
          {session.notes.trim() && <Markdown text={session.notes} className="report__notes" />}
          {session.outcomes.trim() && (
            <>
              <h3 className="session__subheading">{t('report.outcomes')}</h3>
              <Markdown text={session.outcomes} />
            </>
          )}
          {session.actions.length > 0 && (
            <>
              <h3 className="session__subheading">{t('report.actions')}</h3>
              <ActionList actions={session.actions} people={people} />
            </>
          )}
        </>
      )}
    </Section>
  );
}
