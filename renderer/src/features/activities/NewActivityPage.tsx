import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useNotify } from '../../app/notices';
import { FormPage } from '../../components/FormPage';
import { ActivityForm } from './ActivityForm';

export function NewActivityPage() {
  const { t } = useTranslation('activities');
  const [, navigate] = useLocation();
  const notify = useNotify();
  return (
    <FormPage backHref="/activities" backLabel={t('detail.back')} title={t('new.title')} lead={t('new.lead')}>
      <ActivityForm
        onCancel={() => navigate('/activities')}
        onSaved={(saved) => {
          const path = `/activities/${saved.id}`;
          navigate(path);
          notify(t('new.saved', { title: saved.title }), path);
        }}
      />
    </FormPage>
  );
}
