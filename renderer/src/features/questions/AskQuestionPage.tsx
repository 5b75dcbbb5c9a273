import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useNotify } from '../../app/notices';
import { Icon } from '../../components/Icon';
import { usePageTitle } from '../../lib/usePageTitle';
import { QuestionForm } from './QuestionForm';

export function AskQuestionPage() {
  const { t } = useTranslation('questions');
  const [, navigate] = useLocation();
  const notify = useNotify();
  usePageTitle(t('ask.title'));
  return (
    <div className="page page--narrow">
      <Link href="/questions" className="back-link">
        <Icon name="back" />
        {t('thread.back')}
      </Link>
      <h1>{t('ask.title')}</h1>
      <p className="page__lead">{t('ask.lead')}</p>
      <QuestionForm
        onCancel={() => navigate('/questions')}
        onSaved={(saved) => {
          const path = `/questions/${saved.id}`;
          navigate(path);
          notify(t('ask.done'), path);
        }}
      />
    </div>
  );
}
