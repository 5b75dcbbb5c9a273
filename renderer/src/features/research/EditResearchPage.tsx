import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { useNotify } from '../../app/notices';
import { FormPage, WhenLoaded } from '../../components/FormPage';
import { call } from '../../lib/call';
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
  return (
    <FormPage backHref={path} backLabel={t('edit.back')} title={t('edit.title', { title: detail.data?.research.title ?? '' })}>
      <WhenLoaded resource={detail} loadingLabel={t('detail.loading')}>
        {({ research }) => (
          <ResearchForm
            key={research.id}
            research={research}
            onCancel={() => navigate(path)}
            onSaved={(saved) => {
              navigate(path);
              notify(t('edit.saved', { title: saved.title }), path);
            }}
          />
        )}
      </WhenLoaded>
    </FormPage>
  );
}
