import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useNotify } from '../../app/notices';
import { FormPage } from '../../components/FormPage';
import { SessionForm } from './SessionForm';

/** Planning a netwerkcafé: the details first, then the programme and the attendees on its page. */
export function NewSessionPage() {
  const { t } = useTranslation('sessions');
  const [, navigate] = useLocation();
  const notify = useNotify();
  return (
    <FormPage backHref="/sessions" backLabel={t('detail.backToList')} title={t('new.title')} lead={t('new.lead')}>
      <SessionForm
        submitLabel={t('new.submit')}
        onCancel={() => navigate('/sessions')}
        onSaved={(saved) => {
          const path = `/sessions/${saved.id}`;
          navigate(path);
          notify(t('new.saved', { title: saved.title }), path);
        }}
      />
    </FormPage>
  );
}
