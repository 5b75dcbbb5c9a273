import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionInput } from '../../../../shared/contract';
import { AREAS, type Area, type Question } from '../../../../shared/domain';
import { TextField } from '../../components/FormField';
import { ProblemSummary } from '../../components/ProblemSummary';
import { ErrorNotice } from '../../components/Status';
import { TagInput } from '../../components/TagInput';
import { call } from '../../lib/call';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useResource } from '../../lib/useResource';
import { SimilarQuestions } from './SimilarQuestions';
import { FormActions } from '../../components/FormActions';

interface State {
  title: string;
  body: string;
  tags: string[];
  area: Area | '';
}

const FIELD_ORDER = ['title', 'body', 'tags', 'area'] as const;
const fieldId = (field: string) => `question-${field}`;
/** A new question being written survives a look at a similar one (same tab, until sent). */
const DRAFT_KEY = 'masternetwerk.questions.draft';

function initialState(question: Question | undefined): State {
  if (question) return { title: question.title, body: question.body, tags: [...question.tags], area: question.area ?? '' };
  try {
    const saved = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null') as State | null;
    if (saved && typeof saved.title === 'string') return saved;
  } catch {
    // A damaged draft is simply not restored.
  }
  return { title: '', body: '', tags: [], area: '' };
}

interface QuestionFormProps {
  question?: Question;
  onSaved: (question: Question) => void;
  onCancel: () => void;
}

/** Ask a question (or change one's own): title with similar questions as you type, Markdown body, tags, area. */
export function QuestionForm({ question, onSaved, onCancel }: QuestionFormProps) {
  const { t } = useTranslation(['questions', 'common', 'validation']);
  const [state, setState] = useState<State>(() => initialState(question));
  const { fieldErrors, errors, failure, saving, submit } = useFormSubmit({ fieldOrder: FIELD_ORDER, fieldId, t, namespace: 'questions' });
  const facets = useResource('question-form-facets', () => call('members:facets'));

  useEffect(() => {
    if (!question) sessionStorage.setItem(DRAFT_KEY, JSON.stringify(state));
  }, [question, state]);

  const set = <K extends keyof State>(key: K) => (value: State[K]) => {
    setState((s) => ({ ...s, [key]: value }));
    fieldErrors.clear(key);
  };

  const save = async (fields: QuestionInput) => {
    const saved = await call('questions:save', { ...(question ? { id: question.id } : {}), fields });
    if (!question) sessionStorage.removeItem(DRAFT_KEY);
    return saved;
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e, QuestionInput.safeParse({ ...state, area: state.area || null }), save, onSaved)} noValidate aria-busy={saving}>
      <ProblemSummary errors={errors} summaryRef={fieldErrors.summaryRef} message={(count) => t('form.problems', { count })} />
      {failure && <ErrorNotice error={failure} />}
      <section className="form__section" aria-labelledby="question-form-main">
        <h2 id="question-form-main" className="form__heading">
          {t('form.section')}
        </h2>
        <TextField id={fieldId('title')} label={t('labels.title')} hint={t('form.hints.title')} value={state.title} onChange={set('title')} error={errors.title} required>
          <SimilarQuestions title={state.title} excludeId={question?.id} />
        </TextField>
        <TextField
          id={fieldId('body')}
          label={t('labels.body')}
          hint={t('form.hints.body')}
          optionalLabel={t('common:optional')}
          value={state.body}
          onChange={set('body')}
          error={errors.body}
          multiline
        />
        <div className="form__grid">
          <TagInput
            id={fieldId('tags')}
            label={t('labels.tags')}
            hint={t('form.hints.tags')}
            value={state.tags}
            onChange={set('tags')}
            error={errors.tags}
            list="question-tag-options"
          />
          <div className="field">
            <label className="field__label" htmlFor={fieldId('area')}>
              {t('labels.area')} <span className="field__optional">{t('common:optional')}</span>
            </label>
            <p id={`${fieldId('area')}-hint`} className="field__hint">
              {t('form.hints.area')}
            </p>
            <select id={fieldId('area')} value={state.area} onChange={(e) => set('area')(e.target.value as Area | '')} aria-describedby={`${fieldId('area')}-hint`}>
              <option value="">{t('form.noArea')}</option>
              {AREAS.map((a) => (
                <option key={a} value={a}>
                  {t(`research:area.${a}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </section>
      <datalist id="question-tag-options">
        {facets.data?.expertise.map(({ tag }) => <option key={tag} value={tag} />)}
      </datalist>
      <FormActions
        saving={saving}
        submitLabel={question ? t('form.save') : t('form.ask')}
        savingLabel={t('form.saving')}
        onCancel={() => {
          if (!question) sessionStorage.removeItem(DRAFT_KEY);
          onCancel();
        }}
      />
    </form>
  );
}
