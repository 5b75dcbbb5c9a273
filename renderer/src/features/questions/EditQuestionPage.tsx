import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { useNotify } from '../../app/notices';
import { FormPage, WhenLoaded } from '../../components/FormPage';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';
import { QuestionForm } from './QuestionForm';

export function EditQuestionPage() {
  const { t } = useTranslation('questions');
  const { id = '' } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const notify = useNotify();
  const detail = useResource(`question-edit:${id}`, () => call('questions:get', { id }));
  const path = `/questions/${id}`;
  return (
    <FormPage backHref={path} backLabel={t('edit.back')} title={t('edit.title')}>
      <WhenLoaded resource={detail} loadingLabel={t('thread.loading')}>
        {({ question }) => (
          <QuestionForm
            key={question.id}
            question={question}
            onCancel={() => navigate(path)}
            onSaved={() => {
              navigate(path);
              notify(t('edit.saved'), path);
            }}
          />
        )}
      </WhenLoaded>
    </FormPage>
  );
}
