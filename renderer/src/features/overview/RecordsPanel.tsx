import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { OverviewFilter } from '../../../../shared/contract';
import { ErrorNotice, Loading } from '../../components/Status';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';
import { recordPath } from '../search/recordTypes';

export interface OpenCell {
  /** Where it was opened: the panel shows there. */
  place: string;
  cell: string;
  label: string;
}

/** The records behind one number of the overview, each linked to its page; focus moves here when it opens. */
export function RecordsPanel({ filter, open, onClose }: { filter: OverviewFilter; open: OpenCell; onClose: () => void }) {
  const { t } = useTranslation('overview');
  const heading = useRef<HTMLHeadingElement>(null);
  const records = useResource(`overview-records:${JSON.stringify(filter)}:${open.cell}`, () => call('overview:records', { filter, cell: open.cell }));
  useEffect(() => heading.current?.focus(), [open.cell]);
  return (
    <section className="overview-records" aria-labelledby="overview-records-title">
      <div className="overview-records__header">
        <h3 id="overview-records-title" ref={heading} tabIndex={-1}>
          {t('records.title')}: {open.label}
        </h3>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('records.close')}
        </button>
      </div>
      {records.error && <ErrorNotice error={records.error} onRetry={records.reload} />}
      {!records.data && !records.error && <Loading label={t('records.loading')} />}
      {records.data && records.data.length === 0 && <p className="muted">{t('records.none')}</p>}
      {records.data && records.data.length > 0 && (
        <ul className="plain-list overview-records__list">
          {records.data.map((r) => {
            const path = recordPath(r.type, r.id);
            return (
              <li key={`${r.type}:${r.id}`}>
                <span className="muted">{t(`records.types.${r.type}`)}: </span>
                {path ? <Link href={path}>{r.title}</Link> : r.title} <span className="muted">· {r.detail}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
