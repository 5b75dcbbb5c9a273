import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { useNotify } from '../../app/notices';
import { FormPage, WhenLoaded } from '../../components/FormPage';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';
import { SessionForm } from './SessionForm';

export function EditSessionPage() {
  const { t } = useTranslation('sessions');
  const { id = '' } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const notify = useNotify();
  // The form keeps its own state: a reload after a change elsewhere does not reset what the user typed.
  const detail = useResource(`session-edit:${id}`, () => call('sessions:get', { id }));
  const path = `/sessions/${id}`;
  return (
    <FormPage backHref={path} backLabel={t('edit.back')} title={t('edit.title', { title: detail.data?.session.title ?? '' })}>
      <WhenLoaded resource={detail}>
        {({ session }) => (
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
      </WhenLoaded>
    </FormPage>
  );
}
