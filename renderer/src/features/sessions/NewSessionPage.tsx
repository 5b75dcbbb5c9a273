import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useNotify } from '../../app/notices';
import { Icon } from '../../components/Icon';
import { usePageTitle } from '../../lib/usePageTitle';
import { SessionForm } from './SessionForm';

/** Planning a netwerkcafé: the details first, then the programme and the attendees on its page. */
export function NewSessionPage() {
  const { t } = useTranslation('sessions');
  const [, navigate] = useLocation();
  const notify = useNotify();
  usePageTitle(t('new.title'));
  return (
    <div className="page page--narrow">
      <Link href="/sessions" className="back-link">
        <Icon name="back" />
        {t('detail.backToList')}
      </Link>
      <h1>{t('new.title')}</h1>
      <p className="page__lead">{t('new.lead')}</p>
      <SessionForm
        submitLabel={t('new.submit')}
        onCancel={() => navigate('/sessions')}
        onSaved={(saved) => {
          const path = `/sessions/${saved.id}`;
          navigate(path);
          notify(t('new.saved', { title: saved.title }), path);
        }}
      />
    </div>
  );
}
