import { useTranslation } from 'react-i18next';
import type { Refusal } from '../../../../shared/bundle';
import { Icon } from '../../components/Icon';

/** Why a bundle was refused, in words for people; the technical reason stays available below it. */
export function RefusalNotice({ refusal, fileName }: { refusal: Refusal; fileName: string }) {
  const { t } = useTranslation('exchange');
  const cancelled = refusal.code === 'cancelled';
  return (
    <div className={`notice ${cancelled ? 'notice--warning' : 'notice--error'}`} role="alert">
      <Icon name="alert" />
      <div className="notice__body">
        <p className="notice__title">{cancelled ? t('refused.cancelledTitle') : t('refused.title', { file: fileName })}</p>
        <p>{t(`refusal.${refusal.code}`)}</p>
        <p>{cancelled ? t('refused.cancelledText') : t('refused.unchanged')}</p>
        <p className="notice__detail">{t('refused.detail', { code: refusal.code, message: refusal.message })}</p>
      </div>
    </div>
  );
}
