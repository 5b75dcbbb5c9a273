import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useNotify } from '../../app/notices';
import { FormPage } from '../../components/FormPage';
import { QuestionForm } from './QuestionForm';

export function AskQuestionPage() {
  const { t } = useTranslation('questions');
  const [, navigate] = useLocation();
  const notify = useNotify();
  return (
    <FormPage backHref="/questions" backLabel={t('thread.back')} title={t('ask.title')} lead={t('ask.lead')}>
      <QuestionForm
        onCancel={() => navigate('/questions')}
        onSaved={(saved) => {
          const path = `/questions/${saved.id}`;
          navigate(path);
          notify(t('ask.done'), path);
        }}
      />
    </FormPage>
  );
}
