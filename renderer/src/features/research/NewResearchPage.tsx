import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useNotify } from '../../app/notices';
import { Icon } from '../../components/Icon';
import { usePageTitle } from '../../lib/usePageTitle';
import { ResearchForm } from './ResearchForm';

export function NewResearchPage() {
  const { t } = useTranslation('research');
  const [, navigate] = useLocation();
  const notify = useNotify();
  usePageTitle(t('new.title'));
  return (
    <div className="page page--narrow">
      <Link href="/research" className="back-link">
        <Icon name="back" />
        {t('detail.back')}
      </Link>
      <h1>{t('new.title')}</h1>
      <p className="page__lead">{t('new.lead')}</p>
      <ResearchForm
        onCancel={() => navigate('/research')}
        onSaved={(saved) => {
          const path = `/research/${saved.id}`;
          navigate(path);
          notify(saved.draft ? t('new.savedDraft', { title: saved.title }) : t('new.published', { title: saved.title }), path);
        }}
      />
    </div>
  );
}
