import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { useNotify } from '../../app/notices';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Loading } from '../../components/Status';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { SessionForm } from './SessionForm';

export function EditSessionPage() {
  const { t } = useTranslation('sessions');
  const { id = '' } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const notify = useNotify();
  // The form keeps its own state: a reload after a change elsewhere does not reset what the user typed.
  const detail = useResource(`session-edit:${id}`, () => call('sessions:get', { id }));
  const session = detail.data?.session;
  const path = `/sessions/${id}`;
  usePageTitle(t('edit.title', { title: session?.title ?? '' }));
  return (
    <div className="page page--narrow">
      <Link href={path} className="back-link">
        <Icon name="back" />
        {t('edit.back')}
      </Link>
      <h1>{t('edit.title', { title: session?.title ?? '' })}</h1>
      {detail.error && <ErrorNotice error={detail.error} onRetry={detail.reload} />}
      {!session && !detail.error && <Loading />}
      {session && (
        <SessionForm
          key={session.id}
          session={session}
          submitLabel={t('edit.submit')}
          onCancel={() => navigate(path)}
          onSaved={(saved) => {
            navigate(path);
            notify(t('edit.saved', { title: saved.title }), path);
          }}
        />
      )}
    </div>
  );
}
