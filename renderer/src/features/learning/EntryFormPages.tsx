import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { useNotify } from '../../app/notices';
import { FormPage, WhenLoaded } from '../../components/FormPage';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';
import { EntryForm } from './EntryForm';

export function NewEntryPage() {
  const { t } = useTranslation('learning');
  const [, navigate] = useLocation();
  const notify = useNotify();
  return (
    <FormPage backHref="/learning" backLabel={t('entry.back')} title={t('entry.newTitle')} lead={t('entry.newLead')}>
      <EntryForm
        onCancel={() => navigate('/learning')}
        onSaved={(saved) => {
          navigate(`/learning/${saved.id}`);
          notify(t('entry.added'), `/learning/${saved.id}`);
        }}
      />
    </FormPage>
  );
}

export function EditEntryPage() {
  const { t } = useTranslation('learning');
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const notify = useNotify();
  const detail = useResource(`learning-entry:${id}`, () => call('learning:get', { id }));
  return (
    <FormPage backHref={`/learning/${id}`} backLabel={t('entry.back')} title={t('entry.editTitle')}>
      <WhenLoaded resource={detail} loadingLabel={t('entry.loading')}>
        {({ entry }) => (
          <EntryForm
            entry={entry}
            onCancel={() => navigate(`/learning/${id}`)}
            onSaved={() => {
              navigate(`/learning/${id}`);
              notify(t('entry.saved'), `/learning/${id}`);
            }}
          />
        )}
      </WhenLoaded>
    </FormPage>
  );
}
