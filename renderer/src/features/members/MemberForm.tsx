import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AREAS, MemberFields, ROLES, VISIBILITIES, type Member, type Visibility } from '../../../../shared/domain';
import { describedBy, FieldError, TextField } from '../../components/FormField';
import { ErrorNotice } from '../../components/Status';
import { TagInput } from '../../components/TagInput';
import { call, CallFailed, errorOf } from '../../lib/call';
import { problemsFromApp, problemsFromZod, toFieldErrors, type FieldErrors } from '../../lib/fieldErrors';
import { useResource } from '../../lib/useResource';
import type { AppError } from '../../../../shared/result';
import { profileFor, type PrivateFieldName } from '../../../../shared/contract';
import { FieldVisibilityControls, HiddenField } from '../privacy/FieldVisibilityControls';
import { useViewer } from '../privacy/useViewer';
import { CheckboxGroup } from './CheckboxGroup';
import { errorId, FIELD_ORDER, fieldId, fieldsOf, formStateOf, type MemberFormState } from './memberForm';
import { FormActions } from '../../components/FormActions';

interface MemberFormProps {
  member?: Member;
  submitLabel: string;
  onSaved: (member: Member) => void;
  onCancel?: () => void;
}

/**
 * The one profile form (onboarding, new profile, edit). It checks the input
 * with the same schema the app uses before sending, shows each problem at its
 * field, and saves everything in one call or nothing.
 */
export function MemberForm({ member, submitLabel, onSaved, onCancel }: MemberFormProps) {
  const { t } = useTranslation(['members', 'common', 'validation']);
  const [state, setState] = useState<MemberFormState>(() => formStateOf(member));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Someone else's fields kept from me stay in the form's state (saving keeps them) but are not shown.
  const viewer = useViewer();
  const hidden: readonly PrivateFieldName[] = member ? profileFor(member, viewer).hidden : [];
  const isHidden = (field: string) => (hidden as readonly string[]).includes(field);
  const options = useResource('member-form-options', async () => {
    const [facets, plgs] = await Promise.all([call('members:facets'), call('plgs:list')]);
    return { facets, plgs };
  });

  const set = <K extends keyof MemberFormState>(key: K, field: string) => (value: MemberFormState[K]) => {
    setState((s) => ({ ...s, [key]: value }));
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  };

  const showProblems = (next: FieldErrors) => {
    setErrors(next);
    const first = FIELD_ORDER.find((f) => next[f]);
    // After React has drawn the messages: focus the first field with a problem.
    requestAnimationFrame(() => (first ? document.getElementById(fieldId(first)) : summaryRef.current)?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const parsed = MemberFields.safeParse(fieldsOf(state));
    if (!parsed.success) return showProblems(toFieldErrors(problemsFromZod(parsed.error), t));
    setSaving(true);
    try {
      const saved = await call('members:save', { ...(member ? { id: member.id } : {}), fields: parsed.data });
      setErrors({});
      onSaved(saved);
    } catch (cause) {
      const error = errorOf(cause);
      if (cause instanceof CallFailed && error.issues?.length) showProblems(toFieldErrors(problemsFromApp(error.issues), t));
      else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const errorCount = Object.keys(errors).length;
  const text = (key: keyof MemberFormState, field: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) =>
    isHidden(field) ? (
      <HiddenField field={field as PrivateFieldName} />
    ) : (
      <TextField
        id={fieldId(field)}
        label={t(`form.${field}.label`)}
        hint={t(`form.${field}.hint`, { defaultValue: '' }) || undefined}
        value={state[key] as string}
        onChange={set(key, field) as (value: string) => void}
        error={errors[field]}
        {...extra}
      />
    );
  const plgs = options.data?.plgs ?? [];

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-busy={saving}>
      {errorCount > 0 && (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={summaryRef}>
          <p className="notice__body">{t('form.problems', { count: errorCount })}</p>
        </div>
      )}
      {failure && <ErrorNotice error={failure} />}

      <section className="form__section" aria-labelledby="form-about">
        <h2 id="form-about" className="form__heading">{t('form.sections.about')}</h2>
        <div className="form__grid">
          {text('name', 'name', { required: true, autoComplete: 'name', className: 'field--wide' })}
          {text('email', 'email', { type: 'email', autoComplete: 'email', optionalLabel: t('common:optional') })}
          {text('function', 'function', { optionalLabel: t('common:optional') })}
          {text('institution', 'institution', { required: true, list: 'institution-options' })}
          {text('team', 'team', { list: 'team-options', optionalLabel: t('common:optional') })}
        </div>
      </section>

      <section className="form__section" aria-labelledby="form-degree">
        <h2 id="form-degree" className="form__heading">
          {t('form.sections.degree')} <span className="field__optional">{t('common:optional')}</span>
        </h2>
        <p className="form__intro">{t('form.degreeIntro')}</p>
        {isHidden('masterDegree') ? (
          <HiddenField field="masterDegree" />
        ) : (
          <div className="form__grid form__grid--three">
            {text('degreeProgramme', 'masterDegree.programme')}
            {text('degreeInstitute', 'masterDegree.institute')}
            {text('degreeYear', 'masterDegree.year', { inputMode: 'numeric', maxLength: 4 })}
          </div>
        )}
      </section>

      <section className="form__section" aria-labelledby="form-expertise">
        <h2 id="form-expertise" className="form__heading">{t('form.sections.expertise')}</h2>
        <TagInput
          id={fieldId('expertise')}
          label={t('form.expertise.label')}
          hint={t('form.expertise.hint')}
          value={state.expertise}
          onChange={set('expertise', 'expertise')}
          error={errors.expertise}
          list="expertise-options"
          placeholder={t('form.expertise.placeholder')}
        />
        <div className="form__grid">
          <CheckboxGroup
            id={fieldId('areas')}
            legend={t('form.areas.label')}
            hint={t('form.areas.hint')}
            options={AREAS.map((value) => ({ value, label: t(`areas.${value}`) }))}
            value={state.areas}
            onChange={set('areas', 'areas')}
            error={errors.areas}
          />
          <CheckboxGroup
            id={fieldId('roles')}
            legend={t('form.roles.label')}
            hint={t('form.roles.hint')}
            options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            value={state.roles}
            onChange={set('roles', 'roles')}
            error={errors.roles}
          />
        </div>
      </section>

      <section className="form__section" aria-labelledby="form-market">
        <h2 id="form-market" className="form__heading">{t('form.sections.market')}</h2>
        <p className="form__intro">{t('form.marketIntro')}</p>
        <div className="form__grid">
          {isHidden('offers') ? (
            <HiddenField field="offers" />
          ) : (
            <TagInput
              id={fieldId('offers')}
              label={t('form.offers.label')}
              hint={t('form.offers.hint')}
              value={state.offers}
              onChange={set('offers', 'offers')}
              error={errors.offers}
              list="expertise-options"
            />
          )}
          {isHidden('wants') ? (
            <HiddenField field="wants" />
          ) : (
            <TagInput
              id={fieldId('wants')}
              label={t('form.wants.label')}
              hint={t('form.wants.hint')}
              value={state.wants}
              onChange={set('wants', 'wants')}
              error={errors.wants}
            />
          )}
        </div>
        {text('bio', 'bio', { multiline: true, optionalLabel: t('common:optional') })}
      </section>

      <section className="form__section" aria-labelledby="form-plgs">
        <h2 id="form-plgs" className="form__heading">{t('form.sections.plgs')}</h2>
        {options.loading && !options.data ? (
          <p className="muted">{t('common:loading')}</p>
        ) : plgs.length === 0 ? (
          <p className="muted">{t('form.plgIds.none')}</p>
        ) : (
          <CheckboxGroup
            id={fieldId('plgIds')}
            legend={t('form.plgIds.label')}
            hint={t('form.plgIds.hint')}
            options={plgs.map((plg) => ({ value: plg.id, label: plg.name, description: plg.institutions.join(', ') }))}
            value={state.plgIds}
            onChange={set('plgIds', 'plgIds')}
            error={errors.plgIds}
            columns
          />
        )}
      </section>

      <section className="form__section" aria-labelledby="form-privacy">
        <h2 id="form-privacy" className="form__heading">{t('form.sections.privacy')}</h2>
        <div className={`field${errors.visibility ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={fieldId('visibility')}>
            {t('form.visibility.label')}
          </label>
          <p id={`${fieldId('visibility')}-hint`} className="field__hint">
            {t('form.visibility.hint')}
          </p>
          <select
            id={fieldId('visibility')}
            value={state.visibility}
            onChange={(e) => set('visibility', 'visibility')(e.target.value as Visibility)}
            aria-invalid={errors.visibility ? true : undefined}
            aria-describedby={describedBy(`${fieldId('visibility')}-hint`, errors.visibility && errorId('visibility'))}
          >
            {VISIBILITIES.map((v) => (
              <option key={v} value={v}>
                {t(`visibility.${v}`)}
              </option>
            ))}
          </select>
          <FieldError id={errorId('visibility')} message={errors.visibility} />
        </div>
        <FieldVisibilityControls value={state.fieldVisibility} onChange={set('fieldVisibility', 'fieldVisibility')} hidden={hidden} />
      </section>

      <datalist id="institution-options">
        {options.data?.facets.institutions.map((i) => <option key={i} value={i} />)}
      </datalist>
      <datalist id="team-options">
        {options.data?.facets.teams.map((team) => <option key={team} value={team} />)}
      </datalist>
      <datalist id="expertise-options">
        {options.data?.facets.expertise.map(({ tag }) => <option key={tag} value={tag} />)}
      </datalist>

      <FormActions saving={saving} submitLabel={submitLabel} savingLabel={t('form.saving')} onCancel={onCancel} />
    </form>
  );
}
