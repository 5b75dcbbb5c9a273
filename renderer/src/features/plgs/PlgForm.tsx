import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlgFields, type Plg } from '../../../../shared/domain';
import { useAppInfo } from '../../app/appInfo';
import { TextField } from '../../components/FormField';
import { ProblemSummary } from '../../components/ProblemSummary';
import { ErrorNotice } from '../../components/Status';
import { TagInput } from '../../components/TagInput';
import { call } from '../../lib/call';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useResource } from '../../lib/useResource';
import { MemberPicker } from '../research/MemberPicker';
import { loadPeople } from '../research/people';
import { FIELD_ORDER, fieldId, formStateOf, type PlgFormState } from './plgForm';
import { FormActions } from '../../components/FormActions';

interface PlgFormProps {
  plg?: Plg;
  onSaved: (plg: Plg) => void;
  onCancel: () => void;
}

/** The one PLG form (new and edit), checked with the app's own schema before sending. */
export function PlgForm({ plg, onSaved, onCancel }: PlgFormProps) {
  const { t } = useTranslation(['plgs', 'common', 'validation']);
  const { info } = useAppInfo();
  const people = useResource('plg-form-people', loadPeople);
  const facets = useResource('plg-form-facets', () => call('members:facets'));
  const [state, setState] = useState<PlgFormState>(() => formStateOf(plg, info.settings.meId));
  const { fieldErrors, errors, failure, saving, submit } = useFormSubmit({ fieldOrder: FIELD_ORDER, fieldId, t, namespace: 'plgs' });

  const set = <K extends keyof PlgFormState>(key: K) => (value: PlgFormState[K]) => {
    setState((s) => ({ ...s, [key]: value }));
    fieldErrors.clear(key);
  };
  const save = (fields: PlgFields) => call('plgs:save', { ...(plg ? { id: plg.id } : {}), fields });

  return (
    <form className="form" onSubmit={(e) => void submit(e, PlgFields.safeParse(state), save, onSaved)} noValidate aria-busy={saving}>
      <ProblemSummary errors={errors} summaryRef={fieldErrors.summaryRef} message={(count) => t('form.problems', { count })} />
      {failure && <ErrorNotice error={failure} />}
      {people.error && <ErrorNotice error={people.error} onRetry={people.reload} />}

      <section className="form__section" aria-labelledby="plg-form-about">
        <h2 id="plg-form-about" className="form__heading">
          {t('form.sections.about')}
        </h2>
        <TextField id={fieldId('name')} label={t('form.name')} value={state.name} onChange={set('name')} error={errors.name} required className="field--wide" />
        <TextField
          id={fieldId('description')}
          label={t('form.description')}
          hint={t('form.descriptionHint')}
          optionalLabel={t('common:optional')}
          value={state.description}
          onChange={set('description')}
          error={errors.description}
          multiline
        />
        <TagInput id={fieldId('institutions')} label={t('form.institutions')} hint={t('form.institutionsHint')} value={state.institutions} onChange={set('institutions')} error={errors.institutions} list="plg-institutions" />
      </section>

      <section className="form__section" aria-labelledby="plg-form-people">
        <h2 id="plg-form-people" className="form__heading">
          {t('form.sections.people')}
        </h2>
        <MemberPicker
          id={fieldId('coordinatorIds')}
          label={t('form.coordinatorIds')}
          hint={t('form.coordinatorIdsHint')}
          value={state.coordinatorIds}
          onChange={set('coordinatorIds')}
          members={people.data ?? []}
          error={errors.coordinatorIds}
        />
        {state.coordinatorIds.length === 0 && <p className="muted">{t('form.noCoordinators')}</p>}
      </section>

      <datalist id="plg-institutions">{facets.data?.institutions.map((i) => <option key={i} value={i} />)}</datalist>

      <FormActions saving={saving} submitLabel={plg ? t('form.save') : t('form.create')} savingLabel={t('form.saving')} onCancel={onCancel} />
    </form>
  );
}
