import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import type { Conflict } from '../../../../shared/bundle';
import type { OutputOf } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { useNotify } from '../../app/notices';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { EmptyState, ErrorNotice, Loading, Spinner } from '../../components/Status';
import { formatDateTime } from '../../i18n/format';
import { call, errorOf } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { recordPath } from '../search/recordTypes';
import { ConflictValue, fieldLabel } from './ConflictValue';

type Side = 'local' | 'incoming';
type ConflictView = OutputOf<'exchange:conflicts'>[number];

/**
 * One side deleted the record, the other edited it. `deletedHere`: this
 * install deleted it (the colleague edited), otherwise the colleague did.
 */
const deletedHere = (conflict: Conflict) => conflict.local.value === true;

/** The button texts of a conflict, which differ when it is about a deletion. */
function pickLabel(t: (key: string) => string, conflict: Conflict, side: Side): string {
  if (conflict.field !== 'deleted') return t(`conflicts.keep.${side}`);
  const deletes = conflict[side].value === true;
  if (deletes) return t('conflicts.deleted.keepDeleted');
  return side === 'local' ? t('conflicts.deleted.restoreMine') : t('conflicts.deleted.restoreTheirs');
}

function ConflictCard({ view, highlighted, focused }: { view: ConflictView; highlighted: boolean; focused: boolean }) {
  const { conflict, title, names } = view;
  const { t, i18n } = useTranslation('exchange');
  const notify = useNotify();
  const [busy, setBusy] = useState<Side | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = `conflict-${conflict.recordId}-${conflict.field}`;
  const isDeletion = conflict.field === 'deleted';
  const field = fieldLabel(t, conflict.field, i18n.language);
  const pagePath = recordPath(conflict.collection, conflict.recordId);

  useEffect(() => {
    if (focused) heading.current?.focus();
  }, [focused]);

  const pick = async (side: Side) => {
    setBusy(side);
    setError(null);
    try {
      await call('conflicts:resolve', { id: conflict.id, pick: side });
      if (!isDeletion) notify(t('conflicts.resolved', { title, field }));
      else notify(t(conflict[side].value === true ? 'conflicts.deleted.keptDeleted' : 'conflicts.deleted.restored', { title }));
    } catch (cause) {
      setError(errorOf(cause));
      setBusy(null);
    }
  };
  const button = (side: Side) => (
    <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void pick(side)} aria-describedby={headingId}>
      {busy === side && <Spinner />}
      {pickLabel(t, conflict, side)}
    </button>
  );
  const side = (which: Side) => (
    <div className={`conflict__side${conflict.winner === which ? ' conflict__side--shown' : ''}`}>
      <h3 className="conflict__label">
        {t(`conflicts.${which}`)}
        {conflict.winner === which && <span className="badge badge--role">{t('conflicts.shownNow')}</span>}
      </h3>
      <div className="conflict__value">
        <ConflictValue value={conflict[which].value} collection={conflict.collection} field={conflict.field} names={names} />
      </div>
      {button(which)}
    </div>
  );
  return (
    <li className={`card conflict${highlighted ? ' conflict--highlighted' : ''}${isDeletion ? ' conflict--deletion' : ''}`}>
      <p className="conflict__type">{t(`collectionsOne.${conflict.collection}`, { defaultValue: conflict.collection })}</p>
      <h2 id={headingId} className="conflict__title" ref={heading} tabIndex={-1}>
        {pagePath ? <Link href={pagePath}>{title}</Link> : title}{' '}
        <span className="conflict__field">{field}</span>
      </h2>
      <p className="muted">{t('conflicts.detected', { date: formatDateTime(conflict.detectedAt, i18n.language) })}</p>
      {isDeletion ? (
        <>
          <p className="conflict__deletion">{deletedHere(conflict) ? t('conflicts.deleted.byMe') : t('conflicts.deleted.byThem')}</p>
          <div className="button-row">
            {button(deletedHere(conflict) ? 'local' : 'incoming')}
            {button(deletedHere(conflict) ? 'incoming' : 'local')}
          </div>
        </>
      ) : (
        <div className="conflict__sides">
          {side('local')}
          {side('incoming')}
        </div>
      )}
      {error && <ErrorNotice error={error} />}
    </li>
  );
}

/** "Alles van mij houden" / "Alles van hen overnemen": every conflict shown, settled with one side in one write, after a confirmation. */
function ResolveAll({ views }: { views: ConflictView[] }) {
  const { t } = useTranslation('exchange');
  const notify = useNotify();
  const [asking, setAsking] = useState<Side | null>(null);
  const count = views.length;
  return (
    <div className="conflict-bulk">
      <p className="conflict-bulk__text">{t('conflicts.bulk.text', { count })}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => setAsking('local')}>
          {t('conflicts.bulk.local')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking('incoming')}>
          {t('conflicts.bulk.incoming')}
        </button>
      </div>
      <ConfirmDialog
        open={asking !== null}
        title={asking ? t(`conflicts.bulk.${asking}Title`, { count }) : ''}
        confirmLabel={asking ? t(`conflicts.bulk.${asking}`) : ''}
        busyLabel={t('conflicts.bulk.busy')}
        onConfirm={async () => {
          const pick = asking!;
          const result = await call('conflicts:resolveAll', { pick, ids: views.map((v) => v.conflict.id) });
          notify(t('conflicts.bulk.done', { count: result.resolved }));
        }}
        onClose={() => setAsking(null)}
      >
        <p>{asking ? t(`conflicts.bulk.${asking}Body`, { count }) : ''}</p>
      </ConfirmDialog>
    </div>
  );
}

/** Fields that both installs changed: both values stay visible until the user picks one, per field or all at once. */
export function ConflictsPage() {
  const { t } = useTranslation('exchange');
  usePageTitle(t('conflicts.title'));
  const [params] = useSearchParams();
  const focusRecord = params.get('record');
  const list = useResource('exchange-conflicts', () => call('exchange:conflicts'));
  // The first conflict of the record a banner linked from takes the focus.
  const focusId = focusRecord ? list.data?.find((v) => v.conflict.recordId === focusRecord)?.conflict.id : undefined;
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
        <>
          <ResolveAll views={list.data} />
          <ul className="conflict-list">
            {list.data.map((view) => (
              <ConflictCard key={view.conflict.id} view={view} highlighted={view.conflict.recordId === focusRecord} focused={view.conflict.id === focusId} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
