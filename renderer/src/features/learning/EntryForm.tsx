import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LearningInput, type LearningInputDraft } from '../../../../shared/contract';
import { emptyAnswers, LEARNER_QUESTIONS, LEARNING_VISIBILITIES, noLinks, type LearningEntry, type LearningLinks } from '../../../../shared/domain';
import { FieldError, TextField, describedBy } from '../../components/FormField';
import { ProblemSummary } from '../../components/ProblemSummary';
import { ErrorNotice, Spinner } from '../../components/Status';
import { call } from '../../lib/call';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useResource } from '../../lib/useResource';
import { KindOptions } from './kinds';

type State = Omit<LearningInputDraft, 'kind'> & { kind: string };

const FIELD_ORDER = ['date', 'title', 'kind', 'happened', 'withWhom', ...LEARNER_QUESTIONS.map((q) => `answers.${q}`), 'visibility'] as const;
const fieldId = (field: string) => `learning-${field.replace('.', '-')}`;
const LINKS = [
  ['sessionId', 'sessions', 'session'],
  ['goalId', 'goals', 'goal'],
  ['researchId', 'research', 'research'],
  ['questionId', 'questions', 'question'],
  ['activityId', 'activities', 'activity'],
] as const;

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

function initialState(entry: LearningEntry | undefined): State {
  if (entry) {
    const { date, title, happened, withWhom, kind, answers, links, visibility } = entry;
    return { date, title, happened, withWhom, kind, answers: { ...answers }, links: { ...links }, visibility };
  }
  return { date: today(), title: '', happened: '', withWhom: '', kind: '', answers: emptyAnswers(), links: noLinks(), visibility: 'prive' };
}

/** Write or change one leerlog entry: what, when, which kind, the five questions, links and who sees it. */
export function EntryForm({ entry, onSaved, onCancel }: { entry?: LearningEntry; onSaved: (entry: LearningEntry) => void; onCancel: () => void }) {
  const { t } = useTranslation(['learning', 'common', 'validation']);
  const [state, setState] = useState<State>(() => initialState(entry));
  const { fieldErrors, errors, failure, saving, submit } = useFormSubmit({ fieldOrder: FIELD_ORDER, fieldId, t, namespace: 'learning' });
  const choices = useResource('learning-choices', () => call('learning:choices'));

  const set = <K extends keyof State>(key: K) => (value: State[K]) => {
    setState((s) => ({ ...s, [key]: value }));
    fieldErrors.clear(key);
  };
  const setAnswer = (question: (typeof LEARNER_QUESTIONS)[number]) => (value: string) => {
    setState((s) => ({ ...s, answers: { ...s.answers, [question]: value } }));
    fieldErrors.clear(`answers.${question}`);
  };
  const setLink = (key: keyof LearningLinks, value: string) => setState((s) => ({ ...s, links: { ...s.links, [key]: value || null } }));
  const save = (fields: LearningInput) => call('learning:save', { ...(entry ? { id: entry.id } : {}), fields });

  return (
    <form className="form" onSubmit={(e) => void submit(e, LearningInput.safeParse(state), save, onSaved)} noValidate aria-busy={saving}>
      <ProblemSummary errors={errors} summaryRef={fieldErrors.summaryRef} message={(count) => t('form.problems', { count })} />
      {failure && <ErrorNotice error={failure} />}
      <section className="form__section" aria-labelledby="learning-form-what">
        <h2 id="learning-form-what" className="form__heading">
          {t('form.sectionWhat')}
        </h2>
        <div className="form__grid">
          <div className={`field${errors.date ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={fieldId('date')}>
              {t('form.date')}
            </label>
            <input
              id={fieldId('date')}
              type="date"
              value={state.date}
              aria-required
              aria-invalid={errors.date ? true : undefined}
              aria-describedby={describedBy(errors.date && `${fieldId('date')}-error`)}
              onChange={(e) => set('date')(e.target.value)}
            />
            <FieldError id={`${fieldId('date')}-error`} message={errors.date} />
          </div>
          <div className={`field${errors.kind ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={fieldId('kind')}>
              {t('form.kind')}
            </label>
            <p id={`${fieldId('kind')}-hint`} className="field__hint">
              {t('form.kindHint')}
            </p>
            <select
              id={fieldId('kind')}
              value={state.kind}
              aria-required
              aria-invalid={errors.kind ? true : undefined}
              aria-describedby={describedBy(`${fieldId('kind')}-hint`, errors.kind && `${fieldId('kind')}-error`)}
              onChange={(e) => set('kind')(e.target.value)}
            >
              <option value="">{t('form.kindChoose')}</option>
              <KindOptions />
            </select>
            <FieldError id={`${fieldId('kind')}-error`} message={errors.kind} />
          </div>
        </div>
        <TextField id={fieldId('title')} label={t('form.title')} hint={t('form.titleHint')} value={state.title} onChange={set('title')} error={errors.title} required />
        <TextField id={fieldId('happened')} label={t('form.happened')} optionalLabel={t('common:optional')} value={state.happened} onChange={set('happened')} error={errors.happened} multiline />
        <TextField id={fieldId('withWhom')} label={t('form.withWhom')} optionalLabel={t('common:optional')} value={state.withWhom} onChange={set('withWhom')} error={errors.withWhom} />
      </section>

      <section className="form__section" aria-labelledby="learning-form-questions">
        <h2 id="learning-form-questions" className="form__heading">
          {t('form.sectionQuestions')}
        </h2>
        <p className="muted">{t('form.sectionQuestionsHint')}</p>
        {LEARNER_QUESTIONS.map((q) => (
          <TextField
            key={q}
            id={fieldId(`answers.${q}`)}
            label={t(`questions.${q}.label`)}
            hint={t(`questions.${q}.hint`)}
            optionalLabel={t('common:optional')}
            value={state.answers[q]}
            onChange={setAnswer(q)}
            error={errors[`answers.${q}`]}
            multiline
          />
        ))}
      </section>

      <section className="form__section" aria-labelledby="learning-form-links">
        <h2 id="learning-form-links" className="form__heading">
          {t('form.sectionLinks')}
        </h2>
        <div className="form__grid">
          {LINKS.map(([key, list, label]) => (
            <div className="field" key={key}>
              <label className="field__label" htmlFor={fieldId(key)}>
                {t(`form.${label}`)} <span className="field__optional">{t('common:optional')}</span>
              </label>
              <select id={fieldId(key)} value={state.links[key] ?? ''} onChange={(e) => setLink(key, e.target.value)}>
                <option value="">{t('form.none')}</option>
                {(choices.data?.[list] ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title}
                  </option>
                ))}
                {state.links[key] && !choices.data?.[list].some((c) => c.id === state.links[key]) && <option value={state.links[key]!}>{state.links[key]}</option>}
              </select>
            </div>
          ))}
        </div>
      </section>

      <section className="form__section">
        <fieldset className="radio-group" id={fieldId('visibility')}>
          <legend className="form__heading">{t('visibility.legend')}</legend>
          {LEARNING_VISIBILITIES.map((v) => (
            <label key={v} className="radio">
              <input type="radio" name="learning-visibility" value={v} checked={state.visibility === v} onChange={() => set('visibility')(v)} aria-describedby={`learning-visibility-${v}-hint`} />
              <span className="checkbox__text">
                <span>{t(`visibility.${v}`)}</span>
                <span id={`learning-visibility-${v}-hint`} className="checkbox__description">
                  {t(`visibility.${v}Hint`)}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      </section>

      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving && <Spinner />}
          {saving ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
