import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ACTIVITY_PHASES, AREAS, type ActivityPhase, type Area } from '../../../../shared/domain';
import { FilterSelect } from '../../components/FilterSelect';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { ShowMore } from '../../components/ShowMore';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { useSessionState } from '../../lib/useSessionState';
import { peopleById } from '../research/people';
import { ActivityCard } from './ActivityCard';

const PAGE = 24;

/** Every activity in the network, running ones first; filter by area and phase. */
export function ActivitiesPage() {
  const { t, i18n } = useTranslation('activities');
  usePageTitle(t('list.title'));
  const [area, setArea] = useSessionState('activities.area', '');
  const [phase, setPhase] = useSessionState('activities.phase', '');
  const [count, setCount] = useState(PAGE);
  const group = `activities:${area}:${phase}`;
  const list = useResource(
    `${group}:${count}`,
    () => call('activities:list', { filter: area ? { area: area as Area } : {}, ...(phase ? { phase: phase as ActivityPhase } : {}), limit: count }),
    { keepWithin: group },
  );
  const page = list.data;
  const people = peopleById(page?.people ?? []);
  const filtered = Boolean(area || phase);
  const choose = (apply: () => void) => {
    apply();
    setCount(PAGE);
  };

  return (
    <div className="page">
      <PageHeader
        title={t('list.title')}
        lead={t('list.lead')}
        actions={
          <>
            <Link href="/overview" className="button button--secondary">
              <Icon name="chart" />
              {t('list.overview')}
            </Link>
            <Link href="/activities/new" className="button button--primary">
              <Icon name="plus" />
              {t('list.new')}
            </Link>
          </>
        }
      />
      <div className="toolbar">
        <div className="toolbar__filters">
          <FilterSelect label={t('labels.area')} value={area} onChange={(v) => choose(() => setArea(v))} all={t('list.allAreas')} options={AREAS.map((a) => [a, t(`area.${a}`)])} />
          <FilterSelect label={t('labels.phase')} value={phase} onChange={(v) => choose(() => setPhase(v))} all={t('list.allPhases')} options={ACTIVITY_PHASES.map((p) => [p, t(`phase.${p}`)])} />
        </div>
      </div>
      {page && page.total > 0 && (
        <p className="list-count" aria-live="polite">
          {t('list.count', { count: page.total })}
        </p>
      )}
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {!page && !list.error && <Loading label={t('list.loading')} />}
      {page && page.total === 0 && (
        <EmptyState
          title={filtered ? t('list.noneFiltered') : t('list.empty')}
          action={
            filtered ? (
              <button type="button" className="button button--secondary" onClick={() => choose(() => (setArea(''), setPhase('')))}>
                {t('list.clear')}
              </button>
            ) : (
              <Link href="/activities/new" className="button button--primary">
                <Icon name="plus" />
                {t('list.new')}
              </Link>
            )
          }
        >
          {filtered ? '' : t('list.emptyText')}
        </EmptyState>
      )}
      {page && page.items.length > 0 && (
        <>
          <ul className="research-list" aria-label={t('list.title')}>
            {page.items.map((activity) => (
              <li key={activity.id}>
                <ActivityCard activity={activity} people={people} />
              </li>
            ))}
          </ul>
          <ShowMore t={t} language={i18n.language} shown={page.items.length} total={page.total} loading={list.loading} onMore={() => setCount(count + PAGE)} />
        </>
      )}
    </div>
  );
}
