import { useTranslation } from 'react-i18next';
import { EditRecordPage } from '../../components/EditRecordPage';
import { call } from '../../lib/call';
import { SessionForm } from './SessionForm';

export function EditSessionPage() {
  const { t } = useTranslation('sessions');
  return (
    <EditRecordPage
      namespace="sessions"
      section="/sessions"
      load={(id) => call('sessions:get', { id })}
      titleOf={(d) => d.session.title}
      form={({ session }, done) => <SessionForm key={session.id} session={session} submitLabel={t('edit.submit')} {...done} />}
    />
  );
}
