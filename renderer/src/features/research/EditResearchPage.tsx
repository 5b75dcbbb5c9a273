import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { useNotify } from '../../app/notices';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Loading } from '../../components/Status';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { ResearchForm } from './ResearchForm';

export function EditResearchPage() {
  const { t } = useTranslation('research');
  const { id = '' } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const notify = useNotify();
  // The form keeps its own state: a reload after a change elsewhere does not reset what the user typed.
  const detail = useResource(`research-edit:${id}`, () => call('research:get', { id }));
  const path = `/research/${id}`;
  const initial = detail.data?.research;
  const title = t('edit.title', { title: initial?.title ?? '' });
  usePageTitle(title);

  return (
    <div className="page page--narrow">
      <Link href={path} className="back-link">
        <Icon name="back" />
        {t('edit.back')}
      </Link>
      <h1>{title}</h1>
      {detail.error && <ErrorNotice error={detail.error} onRetry={detail.reload} />}
      {!initial && !detail.error && <Loading label={t('detail.loading')} />}
      {initial && (
        <ResearchForm
          key={initial.id}
          research={initial}
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
