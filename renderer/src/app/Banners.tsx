import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryNotice } from '../../../shared/contract';
import { Icon } from '../components/Icon';
import { formatDateTime } from '../i18n/format';
import { useAppInfo } from './appInfo';
import { RemoveDemoButton } from './RemoveDemoButton';

export function DemoBanner() {
  const { t } = useTranslation();
  const { info } = useAppInfo();
  if (info.demoCount === 0) return null;
  return (
    <aside className="banner banner--demo" aria-label={t('demo.badge')}>
      <Icon name="info" />
      <p className="banner__text">{t('demo.banner', { count: info.demoCount })}</p>
      <RemoveDemoButton />
    </aside>
  );
}

/** Said once per start: a damaged data file was repaired, and whether anything may be missing. */
export function RecoveryAlert() {
  const { t, i18n } = useTranslation();
  const { info } = useAppInfo();
  const [dismissed, setDismissed] = useState(false);
  if (info.recoveries.length === 0 || dismissed) return null;
  const describe = (r: RecoveryNotice) => {
    if (!r.restoredFrom) return t('recovery.rebuilt', { file: r.file });
    if (!r.backupSavedAt) return t('recovery.restoredUnknownDate', { file: r.file });
    return t('recovery.restored', { file: r.file, date: formatDateTime(r.backupSavedAt, i18n.language) });
  };
  const complete = info.recoveries.every((r) => r.complete);
  return (
    <div className="notice notice--warning" role="alert">
      <Icon name="alert" />
      <div className="notice__body">
        <p className="notice__title">{t('recovery.title')}</p>
        {info.recoveries.map((r) => (
          <p key={r.file}>{describe(r)}</p>
        ))}
        <p>{complete ? t('recovery.complete') : t('recovery.incomplete')}</p>
      </div>
      <button type="button" className="icon-button" onClick={() => setDismissed(true)} aria-label={t('actions.dismiss')}>
        <Icon name="close" />
      </button>
    </div>
  );
}
