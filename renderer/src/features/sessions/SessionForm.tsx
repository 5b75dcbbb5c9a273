import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionDetails } from '../../../../shared/contract';
import type { CafeSession } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import { useAppInfo } from '../../app/appInfo';
import { describedBy, FieldError, TextField } from '../../components/FormField';
import { ProblemSummary } from '../../components/ProblemSummary';
import { ErrorNotice } from '../../components/Status';
import { formatWallDateTime } from '../../i18n/format';
import { call, CallFailed, errorOf } from '../../lib/call';
import { problemsFromApp, problemsFromZod, toFieldErrors, type FieldErrors } from '../../lib/fieldErrors';
import { useFieldErrors } from '../../lib/useFieldErrors';
import { useResource } from '../../lib/useResource';
import { MemberPicker } from '../research/MemberPicker';
import { DEFAULT_MINUTES, FIELD_ORDER, fieldId, fieldsOf, formStateOf, type SessionFormState } from './sessionForm';
import { FormActions } from '../../components/FormActions';

interface SessionFormProps {
  session?: CafeSession;
  submitLabel: string;
  onSaved: (session: CafeSession) => void;
  onCancel: () => void;
}

/**
 * The details of a netwerkcafé: what, when (Amsterdam time), where, who
 * organises. Checked with the app's own schema before sending; each problem
 * shows at its field and the first one gets the focus.
 */
export function SessionForm({ session, submitLabel, onSaved, onCancel }: SessionFormProps) {
  const { t, i18n } = useTranslation(['sessions', 'common', 'validation']);
  const { info } = useAppInfo();
  const [state, setState] = useState<SessionFormState>(() => formStateOf(session, info.settings.meId));
  const fieldErrors = useFieldErrors(FIELD_ORDER, fieldId);
  const { errors } = fieldErrors;
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  // The start the user confirmed lies in the past; a later change of date or time asks again.
  const [confirmedStart, setConfirmedStart] = useState<string | null>(null);
  const options = useResource('session-form-options', async () => {
    const [choices, plgs] = await Promise.all([call('sessions:choices'), call('plgs:list')]);
    return { members: choices.members, plgs };
  });

  const set = <K extends keyof SessionFormState>(key: K, field: string = key) => (value: SessionFormState[K]) => {
    setState((s) => ({ ...s, [key]: value }));
    fieldErrors.clear(field);
  };

  const showProblems = fieldErrors.show;

  const start = fieldsOf(state).start;
  // Saving a date in the past is allowed (HR records cafés afterwards), but only when the user says it is meant:
  // for a new café, or when an existing one moves to another past moment.
  const startsInPast = start !== '' && start < localNow() && start !== session?.start.slice(0, 16);
  const pastConfirmed = startsInPast && confirmedStart === start;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const parsed = SessionDetails.safeParse(fieldsOf(state));
    const problems: FieldErrors = parsed.success ? {} : toFieldErrors(problemsFromZod(parsed.error), t, 'sessions');
    if (startsInPast && !pastConfirmed) problems.confirmPast = t('form.confirmPast.required');
    if (!parsed.success || Object.keys(problems).length > 0) return showProblems(problems);
    setSaving(true);
    try {
      const saved = await call('sessions:save', { ...(session ? { id: session.id } : {}), fields: parsed.data });
      fieldErrors.reset();
      onSaved(saved);
    } catch (cause) {
      const error = errorOf(cause);
      if (cause instanceof CallFailed && error.issues?.length) {
        showProblems(toFieldErrors(problemsFromApp(error.issues), t, 'sessions'));
      } else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const text = (key: keyof SessionFormState, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={fieldId(key)}
      label={t(`form.${key}.label`)}
      hint={t(`form.${key}.hint`, { defaultValue: '' }) || undefined}
      value={state[key] as string}
      onChange={set(key) as (value: string) => void}
      error={errors[key]}
      {...extra}
    />
  );
  const minutes = Number(state.minutes);
  const startShown = state.date && state.time ? formatWallDateTime(`${state.date}T${state.time}`, i18n.language) : '';
  const timeErrorId = `${fieldId('start')}-error`;

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-busy={saving}>
      <ProblemSummary errors={errors} summaryRef={fieldErrors.summaryRef} message={(count) => t('form.problems', { count })} />
      {failure && <ErrorNotice error={failure} />}

      <section className="form__section" aria-labelledby="session-form-what">
        <h2 id="session-form-what" className="form__heading">{t('form.sections.what')}</h2>
        <div className="form__grid">
          {text('title', { required: true, className: 'field--wide' })}
          {text('theme', { optionalLabel: t('common:optional'), className: 'field--wide' })}
        </div>
      </section>

      <section className="form__section" aria-labelledby="session-form-when">
        <h2 id="session-form-when" className="form__heading">{t('form.sections.when')}</h2>
        <div className="form__grid form__grid--three">
          <div className={`field${errors.start ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={fieldId('start')}>
              {t('form.date.label')}
            </label>
            <input
              id={fieldId('start')}
              type="date"
              value={state.date}
              required
              aria-invalid={errors.start ? true : undefined}
              aria-describedby={describedBy('session-start-shown', startsInPast && PAST_WARNING_ID, errors.start && timeErrorId)}
              onChange={(e) => set('date', 'start')(e.target.value)}
            />
          </div>
          <div className={`field${errors.start ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor="session-time">
              {t('form.time.label')}
            </label>
            <input
              id="session-time"
              type="time"
              value={state.time}
              required
              aria-invalid={errors.start ? true : undefined}
              aria-describedby={describedBy('session-start-shown', startsInPast && PAST_WARNING_ID, errors.start && timeErrorId)}
              onChange={(e) => set('time', 'start')(e.target.value)}
            />
          </div>
          {text('minutes', {
            required: true,
            inputMode: 'numeric',
            maxLength: 3,
            hint: Number.isFinite(minutes) && minutes > 0 && minutes !== DEFAULT_MINUTES ? t('form.minutes.hintOther') : t('form.minutes.hint'),
          })}
        </div>
        <p id="session-start-shown" className="field__hint">
          {startShown ? t('form.startShown', { when: startShown }) : t('form.startHint')}
        </p>
        <FieldError id={timeErrorId} message={errors.start} />
        {startsInPast && (
          <div className={`field__warning past-start${errors.confirmPast ? ' past-start--invalid' : ''}`}>
            <p id={PAST_WARNING_ID} role="status">
              {t('form.pastWarning')}
            </p>
            <label className="checkbox">
              <input
                id={fieldId('confirmPast')}
                type="checkbox"
                checked={pastConfirmed}
                aria-invalid={errors.confirmPast ? true : undefined}
                aria-describedby={describedBy(PAST_WARNING_ID, errors.confirmPast && `${fieldId('confirmPast')}-error`)}
                onChange={(e) => {
                  setConfirmedStart(e.target.checked ? start : null);
                  fieldErrors.clear('confirmPast');
                }}
              />
              <span className="checkbox__text">{t('form.confirmPast.label')}</span>
            </label>
            <FieldError id={`${fieldId('confirmPast')}-error`} message={errors.confirmPast} />
          </div>
        )}
      </section>

      <section className="form__section" aria-labelledby="session-form-where">
        <h2 id="session-form-where" className="form__heading">{t('form.sections.where')}</h2>
        <div className="form__grid">
          {text('location', { optionalLabel: t('common:optional') })}
          {text('onlineLink', { optionalLabel: t('common:optional'), inputMode: 'text' })}
        </div>
      </section>

      <section className="form__section" aria-labelledby="session-form-who">
        <h2 id="session-form-who" className="form__heading">{t('form.sections.who')}</h2>
        <MemberPicker
          id={fieldId('organiserIds')}
          label={t('form.organiserIds.label')}
          hint={t('form.organiserIds.hint')}
          value={state.organiserIds}
          onChange={set('organiserIds')}
          members={options.data?.members ?? []}
          error={errors.organiserIds}
        />
        <div className="form__grid">
          <div className={`field${errors.plgId ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={fieldId('plgId')}>
              {t('form.plgId.label')} <span className="field__optional">{t('common:optional')}</span>
            </label>
            <select id={fieldId('plgId')} value={state.plgId} onChange={(e) => set('plgId')(e.target.value)}>
              <option value="">{t('form.plgId.none')}</option>
              {options.data?.plgs.map((plg) => (
                <option key={plg.id} value={plg.id}>
                  {plg.name}
                </option>
              ))}
            </select>
          </div>
          {text('capacity', { inputMode: 'numeric', maxLength: 5, optionalLabel: t('common:optional') })}
        </div>
      </section>

      <section className="form__section" aria-labelledby="session-form-about">
        <h2 id="session-form-about" className="form__heading">{t('form.sections.about')}</h2>
        {text('description', { multiline: true, optionalLabel: t('common:optional') })}
        {text('preparation', { multiline: true, optionalLabel: t('common:optional') })}
      </section>

      <FormActions saving={saving} submitLabel={submitLabel} savingLabel={t('form.saving')} onCancel={onCancel} />
    </form>
  );
}

const PAST_WARNING_ID = 'session-past-warning';

/** Now as a wall-clock `YYYY-MM-DDTHH:mm`, to compare with the date and time typed. */
function localNow(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}
