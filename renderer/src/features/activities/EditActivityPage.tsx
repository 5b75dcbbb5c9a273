import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { useNotify } from '../../app/notices';
import { FormPage, WhenLoaded } from '../../components/FormPage';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';
import { ActivityForm } from './ActivityForm';

export function EditActivityPage() {
  const { t } = useTranslation('activities');
  const { id = '' } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const notify = useNotify();
  const detail = useResource(`activity-edit:${id}`, () => call('activities:get', { id }));
  const path = `/activities/${id}`;
  return (
    <FormPage backHref={path} backLabel={t('edit.back')} title={t('edit.title', { title: detail.data?.activity.title ?? '' })}>
      <WhenLoaded resource={detail} loadingLabel={t('detail.loading')}>
        {({ activity }) => (
          <ActivityForm
            key={activity.id}
            activity={activity}
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
