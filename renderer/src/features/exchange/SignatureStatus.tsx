import { useTranslation } from 'react-i18next';
import type { SignatureStatus as Status } from '../../../../shared/bundle';
import { Icon } from '../../components/Icon';

/** Who made the bundle, as far as the signature tells: the reader must be able to judge the file before importing it. */
export function SignatureStatus({ signature }: { signature: Status }) {
  const { t } = useTranslation('exchange');
  const name = signature.trusted?.name || t('signature.someone');
  const tone = { known: 'success', unknown: 'warning', key_changed: 'error', unsigned: 'warning' }[signature.kind];
  return (
    <div className={`notice notice--${tone} signature`} role={signature.kind === 'key_changed' ? 'alert' : undefined}>
      <Icon name={signature.kind === 'known' ? 'check' : signature.kind === 'key_changed' ? 'alert' : 'key'} />
      <div className="notice__body">
        <p className="notice__title">{t(`signature.${signature.kind}.title`, { name })}</p>
        <p>{t(`signature.${signature.kind}.text`, { name })}</p>
        {signature.kind === 'key_changed' && signature.trusted && (
          <dl className="facts fingerprints">
            <dt>{t('signature.oldKey')}</dt>
            <dd className="fingerprint">{signature.trusted.fingerprint}</dd>
            <dt>{t('signature.newKey')}</dt>
            <dd className="fingerprint">{signature.fingerprint}</dd>
          </dl>
        )}
        {signature.kind !== 'key_changed' && signature.fingerprint && (
          <p className="fingerprint-line">
            <span>{t('signature.fingerprint')}</span>
            <code className="fingerprint">{signature.fingerprint}</code>
          </p>
        )}
      </div>
    </div>
  );
}
