import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { useNotify } from '../../app/notices';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Loading } from '../../components/Status';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { QuestionForm } from './QuestionForm';

export function EditQuestionPage() {
  const { t } = useTranslation('questions');
  const { id = '' } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const notify = useNotify();
  const detail = useResource(`question-edit:${id}`, () => call('questions:get', { id }));
  const path = `/questions/${id}`;
  const initial = detail.data?.question;
  usePageTitle(t('edit.title'));
  return (
    <div className="page page--narrow">
      <Link href={path} className="back-link">
        <Icon name="back" />
        {t('edit.back')}
      </Link>
      <h1>{t('edit.title')}</h1>
      {detail.error && <ErrorNotice error={detail.error} onRetry={detail.reload} />}
      {!initial && !detail.error && <Loading label={t('thread.loading')} />}
      {initial && (
        <QuestionForm
          key={initial.id}
          question={initial}
          onCancel={() => navigate(path)}
          onSaved={() => {
            navigate(path);
            notify(t('edit.saved'), path);
          }}
        />
      )}
    </div>
  );
}
