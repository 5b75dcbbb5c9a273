import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { TextField } from '../../components/FormField';
import { ErrorNotice, Spinner } from '../../components/Status';
import { call, errorOf } from '../../lib/call';

/** Answer as "me"; Markdown allowed. */
export function AnswerForm({ questionId, onAnswered }: { questionId: string; onAnswered: () => void }) {
  const { t } = useTranslation('questions');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (!body.trim()) {
      setError(t('answer.empty'));
      document.getElementById('answer-body')?.focus();
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      await call('questions:answer', { questionId, body });
      setBody('');
      setError(undefined);
      onAnswered();
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="answer-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="answer-form-title">
      <h2 id="answer-form-title">{t('answer.title')}</h2>
      {failure && <ErrorNotice error={failure} />}
      <TextField
        id="answer-body"
        label={t('answer.label')}
        hint={t('answer.hint')}
        value={body}
        onChange={(value) => {
          setBody(value);
          setError(undefined);
        }}
        error={error}
        multiline
      />
      <div className="answer-form__actions">
        <button type="submit" className="button button--primary" disabled={saving} aria-busy={saving}>
          {saving && <Spinner />}
          {saving ? t('answer.saving') : t('answer.submit')}
        </button>
      </div>
    </form>
  );
}
