import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { useNotify } from '../../app/notices';
import { FormPage, WhenLoaded } from '../../components/FormPage';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';
import { plgPath } from './paths';
import { PlgForm } from './PlgForm';

export function EditPlgPage() {
  const { t } = useTranslation('plgs');
  const { id = '' } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const notify = useNotify();
  const detail = useResource(`plg-edit:${id}`, () => call('plgs:get', { id }));
  const path = plgPath(id);
  return (
    <FormPage backHref={path} backLabel={t('edit.back')} title={t('edit.title', { name: detail.data?.plg.name ?? '' })}>
      <WhenLoaded resource={detail} loadingLabel={t('detail.loading')}>
        {({ plg, mayEdit }) =>
          !mayEdit ? (
            <p className="notice notice--info">{t('detail.onlyCoordinators')}</p>
          ) : (
          <PlgForm
            key={plg.id}
            plg={plg}
            onCancel={() => navigate(path)}
            onSaved={(saved) => {
              navigate(path);
              notify(t('edit.saved', { name: saved.name }), path);
            }}
          />
          )
        }
      </WhenLoaded>
    </FormPage>
  );
}
