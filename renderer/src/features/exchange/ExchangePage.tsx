import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../i18n/format';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { handOver } from './pendingFile';
import { UndoImportButton } from './UndoImportButton';
import { useWindowDrop } from './useWindowDrop';
import { TrustedColleagues } from './TrustedColleagues';
import { PageHeader } from '../../components/PageHeader';

/** Sharing with colleagues at other schools: export a bundle, import one, settle conflicts, add colleagues from HR. */
export function ExchangePage() {
  const { t, i18n } = useTranslation('exchange');
  usePageTitle(t('hub.title'));
  const [, navigate] = useLocation();
  const status = useResource('exchange-status', () => call('exchange:status'));
  const dragging = useWindowDrop((file) => {
    handOver(file);
    navigate('/exchange/import');
  });
  const last = status.data?.lastImport;
  const conflicts = status.data?.conflicts ?? 0;
  return (
    <div className={`page${dragging ? ' page--dropping' : ''}`}>
      <PageHeader title={t('hub.title')} lead={t('hub.lead')} />
      <ul className="exchange-cards">
        <li className="card exchange-card">
          <Icon name="upload" className="exchange-card__icon" />
          <h2 className="exchange-card__title">{t('hub.export.title')}</h2>
          <p>{t('hub.export.text')}</p>
          <Link href="/exchange/export" className="button button--primary">
            {t('hub.export.action')}
          </Link>
        </li>
        <li className={`card exchange-card${dragging ? ' exchange-card--drop' : ''}`}>
          <Icon name="download" className="exchange-card__icon" />
          <h2 className="exchange-card__title">{t('hub.import.title')}</h2>
          <p>{dragging ? t('import.dropNow') : t('hub.import.text')}</p>
          <Link href="/exchange/import" className="button button--primary">
            {t('hub.import.action')}
          </Link>
        </li>
        <li className="card exchange-card">
          <Icon name="users" className="exchange-card__icon" />
          <h2 className="exchange-card__title">{t('hub.members.title')}</h2>
          <p>{t('hub.members.text')}</p>
          <Link href="/exchange/members" className="button button--secondary">
            {t('hub.members.action')}
          </Link>
        </li>
      </ul>

      <section className="exchange-status" aria-labelledby="exchange-status-heading">
        <h2 id="exchange-status-heading" className="exchange__subheading">
          {t('hub.status')}
        </h2>
        <div className="exchange-status__row">
          <p>
            {last
              ? t('hub.lastImport', { file: last.file, date: formatDateTime(last.importedAt, i18n.language), count: last.records })
              : t('hub.noImport')}
          </p>
          <UndoImportButton />
        </div>
        <div className="exchange-status__row">
          <p>
            {conflicts > 0
              ? t('hub.conflicts', { count: conflicts, records: t('hub.conflictRecords', { count: status.data?.conflictRecords ?? 0 }) })
              : t('hub.noConflicts')}
          </p>
          {conflicts > 0 && (
            <Link href="/exchange/conflicts" className="button button--secondary">
              {t('hub.openConflicts')}
            </Link>
          )}
        </div>
      </section>
      <TrustedColleagues />
    </div>
  );
}
