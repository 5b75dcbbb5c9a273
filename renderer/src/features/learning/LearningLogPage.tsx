import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Period } from '../../../../shared/contract';
import { LearningKind, type LearningEntry } from '../../../../shared/domain';
import { Icon } from '../../components/Icon';
import { ShowMore } from '../../components/ShowMore';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { formatDate, formatNumber } from '../../i18n/format';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { useSessionState } from '../../lib/useSessionState';
import { KindOptions, useKindLabel } from './kinds';
import { ReportDownload } from './ReportDownload';
import { useMeId } from './useMe';
import { PageHeader } from '../../components/PageHeader';

const PAGE = 50;

/** My leerlog: newest first, narrowed by kind and period, with the learner report of what is shown. */
export function LearningLogPage() {
  const { t, i18n } = useTranslation('learning');
  usePageTitle(t('log.title'));
  const hasMe = useMeId() !== null;
  const [kindText, setKind] = useSessionState('learning.kind', '');
  const [from, setFrom] = useSessionState('learning.from', '');
  const [to, setTo] = useSessionState('learning.to', '');
  const [count, setCount] = useState(PAGE);
  const kind = LearningKind.safeParse(kindText).data;
  const periodParse = Period.safeParse({ from: from || null, to: to || null });
  const period = periodParse.data ?? { from: null, to: null };
  const key = `learning:${kind ?? ''}:${period.from}:${period.to}`;
  const list = useResource(`${key}:${count}`, () => (hasMe ? call('learning:list', { kind, period, limit: count }) : Promise.resolve(null)), { keepWithin: key });
  const filtered = Boolean(kind || period.from || period.to);

  const add = (
    <Link href="/learning/new" className="button button--primary">
      <Icon name="plus" />
      {t('log.new')}
    </Link>
  );

  return (
    <div className="page">
      <PageHeader title={t('log.title')} lead={t('log.lead')} actions={hasMe && add} />
      {!hasMe && <p className="notice notice--info">{t('log.needMe')}</p>}
      {hasMe && (
        <>
          <form className="learning-filters" aria-label={t('log.filters')} onSubmit={(e) => e.preventDefault()}>
            <div className="field">
              <label className="field__label" htmlFor="learning-filter-kind">
                {t('log.kind')}
              </label>
              <select id="learning-filter-kind" value={kind ?? ''} onChange={(e) => setKind(e.target.value)}>
                <option value="">{t('log.kindAll')}</option>
                <KindOptions />
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor="learning-filter-from">
                {t('log.from')}
              </label>
              <input id="learning-filter-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            </div>
            <div className={`field${periodParse.success ? '' : ' field--invalid'}`}>
              <label className="field__label" htmlFor="learning-filter-to">
                {t('log.to')}
              </label>
              <input
                id="learning-filter-to"
                type="date"
                value={to}
                aria-invalid={periodParse.success ? undefined : true}
                aria-describedby={periodParse.success ? undefined : 'learning-filter-to-error'}
                onChange={(e) => setTo(e.target.value)}
              />
              {!periodParse.success && (
                <p id="learning-filter-to-error" className="field__error">
                  {t('fields.to.end_before_start')}
                </p>
              )}
            </div>
          </form>
          {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
          {!list.data && !list.error && <Loading label={t('log.loading')} />}
          {list.data && (
            <p className="list-count" aria-live="polite">
              {t('log.count', { count: list.data.total, formatted: formatNumber(list.data.total, i18n.language) })}
            </p>
          )}
          {list.data && list.data.total === 0 && (
            <EmptyState title={filtered ? t('log.emptyFiltered') : t('log.emptyTitle')} action={filtered ? undefined : add}>
              {filtered ? undefined : t('log.emptyText')}
            </EmptyState>
          )}
          {list.data && list.data.items.length > 0 && (
            <>
              <ul className="learning-list" aria-label={t('log.title')}>
                {list.data.items.map((entry) => (
                  <li key={entry.id}>
                    <EntryRow entry={entry} />
                  </li>
                ))}
              </ul>
              <ShowMore t={t} language={i18n.language} shown={list.data.items.length} total={list.data.total} loading={list.loading} onMore={() => setCount(count + PAGE)} />
            </>
          )}
          <ReportDownload period={period} />
        </>
      )}
    </div>
  );
}

function EntryRow({ entry }: { entry: LearningEntry }) {
  const { t, i18n } = useTranslation('learning');
  const kindLabel = useKindLabel();
  return (
    <article className="learning-row">
      <p className="learning-row__date">{formatDate(entry.date, i18n.language)}</p>
      <div className="learning-row__body">
        <h2 className="learning-row__title">
          <Link href={`/learning/${entry.id}`}>{entry.title}</Link>
        </h2>
        <p className="learning-row__meta">
          <span className="learning-kind">{kindLabel(entry.kind)}</span>
          <span className={`badge badge--visibility badge--${entry.visibility}`}>{t(`visibilityShort.${entry.visibility}`)}</span>
          {entry.demo && <span className="badge badge--demo">{t('common:demo.badge')}</span>}
        </p>
      </div>
    </article>
  );
}
