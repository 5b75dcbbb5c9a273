import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Icon } from '../../components/Icon';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';
import { fieldLabel } from './ConflictValue';

/**
 * On a record's own page: an import found a conflict on this record that
 * waits for the user's pick, with a link to it on the conflicts page.
 */
export function PendingConflictsBanner({ recordId }: { recordId: string }) {
  const { t, i18n } = useTranslation('exchange');
  const pending = useResource(`conflicts-of:${recordId}`, () => call('exchange:conflicts', { recordId }));
  const views = pending.data ?? [];
  if (views.length === 0) return null;
  const deletion = views.some((v) => v.conflict.field === 'deleted');
  const fields = views.filter((v) => v.conflict.field !== 'deleted').map((v) => fieldLabel(t, v.conflict.field, i18n.language));
  return (
    <aside className="notice notice--warning conflict-banner" aria-label={t('banner.label')}>
      <Icon name="alert" />
      <div className="notice__body">
        <p className="notice__title">{t('banner.title', { count: views.length })}</p>
        {deletion && <p>{t('banner.deletion')}</p>}
        {fields.length > 0 && <p>{t('banner.fields', { fields: fields.join(', '), count: fields.length })}</p>}
      </div>
      <Link href={`/exchange/conflicts?record=${recordId}`} className="button button--secondary">
        {t('banner.open', { count: views.length })}
      </Link>
    </aside>
  );
}
