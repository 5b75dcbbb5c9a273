import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useNotify } from '../../app/notices';
import { FormPage } from '../../components/FormPage';
import { PLGS_PATH, plgPath } from './paths';
import { PlgForm } from './PlgForm';

export function NewPlgPage() {
  const { t } = useTranslation('plgs');
  const [, navigate] = useLocation();
  const notify = useNotify();
  return (
    <FormPage backHref={PLGS_PATH} backLabel={t('detail.back')} title={t('new.title')} lead={t('new.lead')}>
      <PlgForm
        onCancel={() => navigate(PLGS_PATH)}
        onSaved={(saved) => {
          const path = plgPath(saved.id);
          navigate(path);
          notify(t('new.saved', { name: saved.name }), path);
        }}
      />
    </FormPage>
  );
}
