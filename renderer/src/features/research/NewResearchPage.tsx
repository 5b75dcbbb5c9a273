import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useNotify } from '../../app/notices';
import { FormPage } from '../../components/FormPage';
import { ResearchForm } from './ResearchForm';

export function NewResearchPage() {
  const { t } = useTranslation('research');
  const [, navigate] = useLocation();
  const notify = useNotify();
  return (
    <FormPage backHref="/research" backLabel={t('detail.back')} title={t('new.title')} lead={t('new.lead')}>
      <ResearchForm
        onCancel={() => navigate('/research')}
        onSaved={(saved) => {
          const path = `/research/${saved.id}`;
          navigate(path);
          notify(saved.draft ? t('new.savedDraft', { title: saved.title }) : t('new.published', { title: saved.title }), path);
        }}
      />
    </FormPage>
  );
}
