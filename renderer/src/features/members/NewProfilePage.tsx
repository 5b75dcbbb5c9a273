import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useNotify } from '../../app/notices';
import { Icon } from '../../components/Icon';
import { usePageTitle } from '../../lib/usePageTitle';
import { MemberForm } from './MemberForm';

/** A profile for a colleague (HR or a teacher adding someone who is not in yet). */
export function NewProfilePage() {
  const { t } = useTranslation('members');
  const [, navigate] = useLocation();
  const notify = useNotify();
  usePageTitle(t('new.title'));
  return (
    <div className="page page--narrow">
      <Link href="/members" className="back-link">
        <Icon name="back" />
        {t('profile.backToList')}
      </Link>
      <h1>{t('new.title')}</h1>
      <p className="page__lead">{t('new.lead')}</p>
      <MemberForm
        submitLabel={t('new.submit')}
        onCancel={() => navigate('/members')}
        onSaved={(saved) => {
          const path = `/members/${saved.id}`;
          navigate(path);
          notify(t('new.saved', { name: saved.name }), path);
        }}
      />
    </div>
  );
}
