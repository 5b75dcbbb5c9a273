import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_PHASES, ActivityFields, AREAS, COLLABORATOR_KINDS, INITIATIVES, MAX_EFFECT_CHARS, type Activity, type CollaboratorKind } from '../../../../shared/domain';
import { useAppInfo } from '../../app/appInfo';
import { describedBy, FieldError, TextField } from '../../components/FormField';
import { Icon } from '../../components/Icon';
import { ProblemSummary } from '../../components/ProblemSummary';
import { ErrorNotice } from '../../components/Status';
import { TagInput } from '../../components/TagInput';
import { call } from '../../lib/call';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useResource } from '../../lib/useResource';
import { CheckboxGroup } from '../members/CheckboxGroup';
import { MemberPicker } from '../research/MemberPicker';
import { LinkSelect } from '../sessions/LinkSelect';
import { FIELD_ORDER, fieldId, fieldsOf, formStateOf, type ActivityFormState } from './activityForm';
import { FormActions } from '../../components/FormActions';

interface ActivityFormProps {
  activity?: Activity;
  onSaved: (activity: Activity) => void;
  onCancel: () => void;
}

/** The one activity form (new and edit), checked with the app's own schema before sending. */
export function ActivityForm({ activity, onSaved, onCancel }: ActivityFormProps) {
  const { t } = useTranslation(['activities', 'common', 'validation']);
  const { info } = useAppInfo();
  const choices = useResource('activity-choices', () => call('activities:choices', {}));
  const me = choices.data?.members.find((m) => m.id === info.settings.meId);
  const [state, setState] = useState<ActivityFormState>(() => formStateOf(activity, { meId: info.settings.meId ?? '', institution: '', team: '' }));
  const { fieldErrors, errors, failure, saving, submit } = useFormSubmit({ fieldOrder: FIELD_ORDER, fieldId, t, namespace: 'activities' });
  // A new activity starts at my own school, once my profile is known; after that the field is the user's.
  const prefilled = useRef(Boolean(activity));
  useEffect(() => {
    if (prefilled.current || !me) return;
    prefilled.current = true;
    setState((s) => (s.institution ? s : { ...s, institution: me.institution }));
  }, [me]);

  const set = <K extends keyof ActivityFormState>(key: K) => (value: ActivityFormState[K]) => {
    setState((s) => ({ ...s, [key]: value }));
    fieldErrors.clear(key);
  };
  const save = (fields: ActivityFields) => call('activities:save', { ...(activity ? { id: activity.id } : {}), fields });

  const select = (key: 'initiative' | 'phase' | 'plgId', options: [string, string][]) => (
    <div className={`field${errors[key] ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={fieldId(key)}>
        {t(`labels.${key}`)}
      </label>
      <select
        id={fieldId(key)}
        value={state[key]}
        onChange={(e) => set(key)(e.target.value as never)}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={describedBy(errors[key] && `${fieldId(key)}-error`)}
      >
        {options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <FieldError id={`${fieldId(key)}-error`} message={errors[key]} />
    </div>
  );
  const date = (key: 'startDate' | 'endDate') => (
    <div className={`field${errors[key] ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={fieldId(key)}>
        {t(`labels.${key}`)} <span className="field__optional">{t('common:optional')}</span>
      </label>
      <input
        id={fieldId(key)}
        type="date"
        value={state[key]}
        onChange={(e) => set(key)(e.target.value)}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={describedBy(errors[key] && `${fieldId(key)}-error`)}
      />
      <FieldError id={`${fieldId(key)}-error`} message={errors[key]} />
    </div>
  );
  const setCollaborator = (index: number, change: Partial<{ kind: CollaboratorKind; name: string }>) =>
    set('collaborators')(state.collaborators.map((c, i) => (i === index ? { ...c, ...change } : c)));
  const links = (key: 'researchIds' | 'questionIds' | 'sessionIds', options: 'research' | 'questions' | 'sessions', placeholder: string) => (
    <LinkSelect label={t(`labels.${key}`)} placeholder={placeholder} value={state[key]} onChange={set(key)} options={choices.data?.[options] ?? []} />
  );

  return (
    <form className="form" onSubmit={(e) => void submit(e, ActivityFields.safeParse(fieldsOf(state)), save, onSaved)} noValidate aria-busy={saving}>
      <ProblemSummary errors={errors} summaryRef={fieldErrors.summaryRef} message={(count) => t('form.problems', { count })} />
      {failure && <ErrorNotice error={failure} />}
      {choices.error && <ErrorNotice error={choices.error} onRetry={choices.reload} />}

      <section className="form__section" aria-labelledby="activity-form-about">
        <h2 id="activity-form-about" className="form__heading">
          {t('form.sections.about')}
        </h2>
        <TextField id={fieldId('title')} label={t('labels.title')} value={state.title} onChange={set('title')} error={errors.title} required className="field--wide" />
        <div className="form__grid">
          <TextField id={fieldId('institution')} label={t('labels.institution')} value={state.institution} onChange={set('institution')} error={errors.institution} required list="activity-institutions" />
          <TagInput id={fieldId('teams')} label={t('labels.teams')} hint={t('form.hints.teams')} value={state.teams} onChange={set('teams')} error={errors.teams} list="activity-teams" />
        </div>
        <CheckboxGroup
          id={fieldId('area')}
          legend={t('labels.area')}
          hint={t('form.hints.area')}
          options={AREAS.map((a) => ({ value: a, label: t(`area.${a}`) }))}
          value={state.area}
          onChange={set('area')}
          error={errors.area}
          columns
        />
        {select('initiative', INITIATIVES.map((i) => [i, t(`initiative.${i}`)]))}
        <TextField id={fieldId('description')} label={t('labels.description')} optionalLabel={t('common:optional')} value={state.description} onChange={set('description')} error={errors.description} multiline />
      </section>

      <section className="form__section" aria-labelledby="activity-form-people">
        <h2 id="activity-form-people" className="form__heading">
          {t('form.sections.people')}
        </h2>
        <p className="form__intro">{t('form.peopleIntro')}</p>
        <MemberPicker id={fieldId('memberIds')} label={t('labels.memberIds')} hint={t('form.hints.memberIds')} value={state.memberIds} onChange={set('memberIds')} members={choices.data?.members ?? []} error={errors.memberIds} />
        <TextField id={fieldId('carriedOutBy')} label={t('labels.carriedOutBy')} hint={t('form.hints.carriedOutBy')} optionalLabel={t('common:optional')} value={state.carriedOutBy} onChange={set('carriedOutBy')} error={errors.carriedOutBy} />
        <fieldset className="collaborators" id={fieldId('collaborators')} tabIndex={-1}>
          <legend className="field__label">{t('labels.collaborators')}</legend>
          {state.collaborators.map((c, i) => (
            <div key={i} className="collaborators__row">
              <label className="visually-hidden" htmlFor={`${fieldId('collaborators')}-kind-${i}`}>
                {t('form.collaboratorKind', { number: i + 1 })}
              </label>
              <select id={`${fieldId('collaborators')}-kind-${i}`} value={c.kind} onChange={(e) => setCollaborator(i, { kind: e.target.value as CollaboratorKind })}>
                {COLLABORATOR_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`collaborator.${k}`)}
                  </option>
                ))}
              </select>
              <label className="visually-hidden" htmlFor={`${fieldId('collaborators')}-name-${i}`}>
                {t('form.collaboratorName', { number: i + 1 })}
              </label>
              <input id={`${fieldId('collaborators')}-name-${i}`} type="text" value={c.name} onChange={(e) => setCollaborator(i, { name: e.target.value })} />
              <button type="button" className="button button--quiet" onClick={() => set('collaborators')(state.collaborators.filter((_, j) => j !== i))} aria-label={t('form.removeCollaborator', { number: i + 1 })}>
                <Icon name="close" />
              </button>
            </div>
          ))}
          <button type="button" className="button button--secondary" onClick={() => set('collaborators')([...state.collaborators, { kind: 'collega', name: '' }])}>
            <Icon name="plus" />
            {t('form.addCollaborator')}
          </button>
          <FieldError id={`${fieldId('collaborators')}-error`} message={errors.collaborators ?? errors['collaborators.name']} />
        </fieldset>
        {state.collaborators.length === 0 && (
          <p className="nudge" role="note">
            <Icon name="users" />
            <span>{t('form.alone')}</span>
          </p>
        )}
      </section>

      <section className="form__section" aria-labelledby="activity-form-phase">
        <h2 id="activity-form-phase" className="form__heading">
          {t('form.sections.phase')}
        </h2>
        <div className="form__grid form__grid--three-equal">
          {select('phase', ACTIVITY_PHASES.map((p) => [p, t(`phase.${p}`)]))}
          {date('startDate')}
          {date('endDate')}
        </div>
      </section>

      <section className="form__section" aria-labelledby="activity-form-effect">
        <h2 id="activity-form-effect" className="form__heading">
          {t('form.sections.effect')}
        </h2>
        <TextField id={fieldId('effect')} label={t('labels.effect')} hint={t('form.hints.effect')} optionalLabel={t('common:optional')} value={state.effect} onChange={set('effect')} error={errors.effect} multiline maxLength={MAX_EFFECT_CHARS * 3} />
        <TagInput id={fieldId('effectTags')} label={t('labels.effectTags')} hint={t('form.hints.effectTags')} value={state.effectTags} onChange={set('effectTags')} error={errors.effectTags} />
      </section>

      <section className="form__section" aria-labelledby="activity-form-links">
        <h2 id="activity-form-links" className="form__heading">
          {t('form.sections.links')}
        </h2>
        {select('plgId', [['', t('form.choosePlg')], ...(choices.data?.plgs ?? []).map((p): [string, string] => [p.id, p.title])])}
        {links('researchIds', 'research', t('form.pickResearch'))}
        {links('questionIds', 'questions', t('form.pickQuestion'))}
        {links('sessionIds', 'sessions', t('form.pickSession'))}
        <TagInput id={fieldId('marketplace')} label={t('labels.marketplace')} hint={t('form.hints.marketplace')} value={state.marketplace} onChange={set('marketplace')} error={errors.marketplace} list="activity-market" />
      </section>

      <datalist id="activity-institutions">{choices.data?.institutions.map((i) => <option key={i} value={i} />)}</datalist>
      <datalist id="activity-teams">{choices.data?.teams.map((i) => <option key={i} value={i} />)}</datalist>
      <datalist id="activity-market">{choices.data?.marketplace.map((i) => <option key={i} value={i} />)}</datalist>

      <FormActions saving={saving} submitLabel={t('form.save')} savingLabel={t('form.saving')} onCancel={onCancel} />
    </form>
  );
}
