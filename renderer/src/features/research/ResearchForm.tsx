import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AREAS, INITIATIVES, PUBLICATION_TYPES, RESEARCH_STATUSES, ResearchFields, type Research } from '../../../../shared/domain';
import { useAppInfo } from '../../app/appInfo';
import { describedBy, FieldError, TextField } from '../../components/FormField';
import { Icon } from '../../components/Icon';
import { ProblemSummary } from '../../components/ProblemSummary';
import { ErrorNotice, Spinner } from '../../components/Status';
import { TagInput } from '../../components/TagInput';
import { call } from '../../lib/call';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useResource } from '../../lib/useResource';
import { AttachmentInput } from './AttachmentInput';
import { MemberPicker } from './MemberPicker';
import { loadPeople } from './people';
import { FIELD_ORDER, fieldId, fieldsOf, formStateOf, type ResearchFormState } from './researchForm';

interface ResearchFormProps {
  research?: Research;
  onSaved: (research: Research) => void;
  onCancel: () => void;
}

/**
 * The one research form (new and edit). Checked with the app's own schema
 * before sending; saved as a draft or published in one call.
 */
export function ResearchForm({ research, onSaved, onCancel }: ResearchFormProps) {
  const { t } = useTranslation(['research', 'common', 'validation']);
  const { info } = useAppInfo();
  const people = useResource('research-form-people', loadPeople);
  const facets = useResource('research-form-facets', () => call('members:facets'));
  const me = people.data?.find((p) => p.id === info.settings.meId);
  const [state, setState] = useState<ResearchFormState>(() =>
    formStateOf(research, { meId: info.settings.meId ?? '', institution: '', year: new Date().getFullYear() }),
  );
  const { fieldErrors, errors, failure, saving: busySaving, submit: submitFields } = useFormSubmit({ fieldOrder: FIELD_ORDER, fieldId, t, namespace: 'research' });
  /** Which of the two buttons saves: "Bewaren als concept" or "Publiceren". */
  const [mode, setMode] = useState<'draft' | 'publish'>('publish');
  const saving = busySaving ? mode : null;
  const [uploading, setUploading] = useState(false);
  // A new result starts at my own school, once my profile is known; after that the field is the user's.
  const prefilled = useRef(Boolean(research));
  useEffect(() => {
    if (prefilled.current || !me) return;
    prefilled.current = true;
    setState((s) => (s.institution ? s : { ...s, institution: me.institution }));
  }, [me]);

  const set = <K extends keyof ResearchFormState>(key: K) => (value: ResearchFormState[K]) => {
    setState((s) => ({ ...s, [key]: value }));
    fieldErrors.clear(key);
  };

  const save = async (draft: boolean) => {
    if (saving || uploading) return;
    setMode(draft ? 'draft' : 'publish');
    await submitFields(null, ResearchFields.safeParse(fieldsOf(state, draft)), (fields) => call('research:save', { ...(research ? { id: research.id } : {}), fields }), onSaved);
  };
  // Enter in a field never publishes by accident: a new result is kept as a draft.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(research ? research.draft : true);
  };

  const text = (key: 'title' | 'question' | 'summary' | 'method' | 'findings' | 'year' | 'publication', extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={fieldId(key)}
      label={t(`labels.${key}`)}
      hint={t(`form.hints.${key}`, { defaultValue: '' }) || undefined}
      value={state[key]}
      onChange={set(key)}
      error={errors[key]}
      {...extra}
    />
  );
  /** A choice from a fixed list; `none` adds a first option for "not given" (the empty value). */
  const select = (key: 'status' | 'area' | 'initiative' | 'publicationType', options: readonly string[], none?: { label: string; hint: string }) => (
    <div className={`field${errors[key] ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={fieldId(key)}>
        {t(`labels.${key}`)}
        {none && <span className="field__optional"> {t('common:optional')}</span>}
      </label>
      {none && (
        <p id={`${fieldId(key)}-hint`} className="field__hint">
          {none.hint}
        </p>
      )}
      <select
        id={fieldId(key)}
        value={state[key]}
        onChange={(e) => setState((s) => ({ ...s, [key]: e.target.value }))}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={describedBy(none && `${fieldId(key)}-hint`, errors[key] && `${fieldId(key)}-error`)}
      >
        {none && <option value="">{none.label}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`${key}.${o}`)}
          </option>
        ))}
      </select>
      <FieldError id={`${fieldId(key)}-error`} message={errors[key]} />
    </div>
  );

  const alone = state.authorIds.length + state.partnerIds.length < 2;
  const markdownHint = t('form.markdown');
  const isDraft = !research || research.draft;
  const busy = saving !== null || uploading;

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={saving !== null}>
      <ProblemSummary errors={errors} summaryRef={fieldErrors.summaryRef} message={(count) => t('form.problems', { count })} />
      {failure && <ErrorNotice error={failure} />}

      <section className="form__section" aria-labelledby="research-form-about">
        <h2 id="research-form-about" className="form__heading">
          {t('form.sections.about')}
        </h2>
        {text('title', { required: true, className: 'field--wide' })}
        <div className="form__grid form__grid--three-equal">
          {select('status', RESEARCH_STATUSES)}
          {select('area', AREAS)}
          {select('initiative', INITIATIVES)}
        </div>
        <div className="form__grid">
          <TextField
            id={fieldId('institution')}
            label={t('labels.institution')}
            optionalLabel={t('common:optional')}
            value={state.institution}
            onChange={set('institution')}
            error={errors.institution}
            list="research-institutions"
          />
          {text('year', { inputMode: 'numeric', maxLength: 4, required: true })}
        </div>
        <div className="form__grid">
          {select('publicationType', PUBLICATION_TYPES, { label: t('publicationType.none'), hint: t('form.hints.publicationType') })}
          {text('publication', { optionalLabel: t('common:optional') })}
        </div>
      </section>

      <section className="form__section" aria-labelledby="research-form-people">
        <h2 id="research-form-people" className="form__heading">
          {t('form.sections.people')}
        </h2>
        <p className="form__intro">{t('form.peopleIntro')}</p>
        {people.error && <ErrorNotice error={people.error} onRetry={people.reload} />}
        <div className="form__grid">
          <MemberPicker
            id={fieldId('authorIds')}
            label={t('labels.authorIds')}
            hint={t('form.hints.authorIds')}
            value={state.authorIds}
            onChange={set('authorIds')}
            members={people.data ?? []}
            exclude={state.partnerIds}
            error={errors.authorIds}
          />
          <MemberPicker
            id={fieldId('partnerIds')}
            label={t('labels.partnerIds')}
            hint={t('form.hints.partnerIds')}
            value={state.partnerIds}
            onChange={set('partnerIds')}
            members={people.data ?? []}
            exclude={state.authorIds}
            error={errors.partnerIds}
          />
        </div>
        {alone && (
          <p className="nudge" role="note">
            <Icon name="users" />
            <span>{t('form.alone')}</span>
          </p>
        )}
      </section>

      <section className="form__section" aria-labelledby="research-form-texts">
        <h2 id="research-form-texts" className="form__heading">
          {t('form.sections.texts')}
        </h2>
        <p className="form__intro">{markdownHint}</p>
        {text('question', { multiline: true, optionalLabel: t('common:optional') })}
        {text('summary', { multiline: true, optionalLabel: t('common:optional') })}
        {text('method', { multiline: true, optionalLabel: t('common:optional') })}
        {text('findings', { multiline: true, optionalLabel: t('common:optional') })}
      </section>

      <section className="form__section" aria-labelledby="research-form-sources">
        <h2 id="research-form-sources" className="form__heading">
          {t('form.sections.sources')}
        </h2>
        <TagInput
          id={fieldId('tags')}
          label={t('labels.tags')}
          hint={t('form.hints.tags')}
          value={state.tags}
          onChange={set('tags')}
          error={errors.tags}
          list="research-tag-options"
        />
        <TextField
          id={fieldId('links')}
          label={t('labels.links')}
          hint={t('form.hints.links')}
          optionalLabel={t('common:optional')}
          value={state.links}
          onChange={set('links')}
          error={errors.links}
          multiline
        />
        <AttachmentInput id={fieldId('attachments')} value={state.attachments} onChange={set('attachments')} onBusy={setUploading} />
        <FieldError id={`${fieldId('attachments')}-error`} message={errors.attachments} />
      </section>

      <datalist id="research-institutions">
        {facets.data?.institutions.map((i) => <option key={i} value={i} />)}
      </datalist>
      <datalist id="research-tag-options">
        {facets.data?.expertise.map(({ tag }) => <option key={tag} value={tag} />)}
      </datalist>

      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={saving !== null}>
          {t('common:actions.cancel')}
        </button>
        {isDraft && (
          <button type="button" className="button button--secondary" onClick={() => void save(true)} disabled={busy}>
            {saving === 'draft' && <Spinner />}
            {saving === 'draft' ? t('form.saving') : t('form.saveDraft')}
          </button>
        )}
        <button type="button" className="button button--primary" onClick={() => void save(false)} disabled={busy}>
          {saving === 'publish' && <Spinner />}
          {saving === 'publish' ? t('form.saving') : isDraft ? t('form.publish') : t('form.save')}
        </button>
      </div>
    </form>
  );
}
