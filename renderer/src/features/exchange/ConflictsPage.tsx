import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Conflict } from '../../../../shared/bundle';
import type { AppError } from '../../../../shared/result';
import { useNotify } from '../../app/notices';
import { Icon } from '../../components/Icon';
import { EmptyState, ErrorNotice, Loading, Spinner } from '../../components/Status';
import { formatDateTime } from '../../i18n/format';
import { call, errorOf } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { ValueText } from './ValueText';
import { useResource } from '../../lib/useResource';

function ConflictCard({ conflict, title }: { conflict: Conflict; title: string }) {
  const { t, i18n } = useTranslation('exchange');
  const notify = useNotify();
  const [busy, setBusy] = useState<'local' | 'incoming' | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const headingId = `conflict-${conflict.recordId}-${conflict.field}`;
  const pick = async (side: 'local' | 'incoming') => {
    setBusy(side);
    setError(null);
    try {
      await call('conflicts:resolve', { id: conflict.id, pick: side });
      notify(t('conflicts.resolved', { title, field: t(`fields.${conflict.field}`, { defaultValue: conflict.field }) }));
    } catch (cause) {
      setError(errorOf(cause));
      setBusy(null);
    }
  };
  const side = (which: 'local' | 'incoming') => (
    <div className={`conflict__side${conflict.winner === which ? ' conflict__side--shown' : ''}`}>
      <h3 className="conflict__label">
        {t(`conflicts.${which}`)}
        {conflict.winner === which && <span className="badge badge--role">{t('conflicts.shownNow')}</span>}
      </h3>
      <div className="conflict__value">
        <ValueText value={conflict[which].value} />
      </div>
      <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void pick(which)} aria-describedby={headingId}>
        {busy === which && <Spinner />}
        {t(`conflicts.keep.${which}`)}
      </button>
    </div>
  );
  return (
    <li className="card conflict">
      <h2 id={headingId} className="conflict__title">
        {t('conflicts.cardTitle', { title, type: t(`collectionsOne.${conflict.collection}`, { defaultValue: conflict.collection }), field: t(`fields.${conflict.field}`, { defaultValue: conflict.field }) })}
      </h2>
      <p className="muted">{t('conflicts.detected', { date: formatDateTime(conflict.detectedAt, i18n.language) })}</p>
      <div className="conflict__sides">
        {side('local')}
        {side('incoming')}
      </div>
      {error && <ErrorNotice error={error} />}
    </li>
  );
}

/** Fields that both installs changed: both values stay visible until the user picks one. */
export function ConflictsPage() {
  const { t } = useTranslation('exchange');
  usePageTitle(t('conflicts.title'));
  const list = useResource('exchange-conflicts', () => call('exchange:conflicts'));
  return (
    <div className="page page--narrow">
      <Link href="/exchange" className="back-link">
        <Icon name="back" />
        {t('backToExchange')}
      </Link>
      <h1>{t('conflicts.title')}</h1>
      <p className="page__lead">{t('conflicts.lead')}</p>
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Loading />}
      {list.data?.length === 0 && <EmptyState title={t('conflicts.noneTitle')}>{t('conflicts.noneText')}</EmptyState>}
      {list.data && list.data.length > 0 && (
        <ul className="conflict-list">
          {list.data.map(({ conflict, title }) => (
            <ConflictCard key={conflict.id} conflict={conflict} title={title} />
          ))}
        </ul>
      )}
    </div>
  );
}
