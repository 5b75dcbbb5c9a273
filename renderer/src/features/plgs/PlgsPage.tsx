import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PlgSummary } from '../../../../shared/contract';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { formatWallDateTime } from '../../i18n/format';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { plainExcerpt } from '../research/ResearchCard';
import { PLGS_PATH, plgPath } from './paths';

/** One PLG in the list: its name is the link; members, coordinators, schools and its next café around it. */
function PlgCard({ summary }: { summary: PlgSummary }) {
  const { t, i18n } = useTranslation('plgs');
  const { plg, coordinators, nextSession } = summary;
  return (
    <article className="plg-card">
      <Icon name="community" className="icon-disc plg-card__icon" />
      <div className="plg-card__body">
        <h2 className="plg-card__name">
          <Link href={plgPath(plg.id)}>{plg.name}</Link>
          {summary.mine && <span className="badge badge--me">{t('list.mine')}</span>}
          {plg.demo && <span className="badge badge--demo">{t('common:demo.badge')}</span>}
        </h2>
        {plg.description.trim() && <p className="plg-card__description">{plainExcerpt(plg.description)}</p>}
        <p className="plg-card__meta">
          <span>{t('list.members', { count: summary.members })}</span>
          <span>{t('list.activities', { count: summary.activities })}</span>
          <span>{coordinators.length > 0 ? t('list.coordinators', { names: coordinators.map((c) => c.name).join(', ') }) : t('list.noCoordinators')}</span>
        </p>
        {plg.institutions.length > 0 && <p className="plg-card__institutions">{plg.institutions.join(' · ')}</p>}
        {nextSession && (
          <p className="plg-card__next">
            <Icon name="calendar" />
            <span>
              {t('list.next')} <Link href={`/sessions/${nextSession.id}`}>{nextSession.title}</Link> ({formatWallDateTime(nextSession.start, i18n.language)})
            </span>
          </p>
        )}
      </div>
    </article>
  );
}

/** Every PLG in the network, by name. */
export function PlgsPage() {
  const { t } = useTranslation('plgs');
  usePageTitle(t('list.title'));
  const list = useResource('plgs:summaries', () => call('plgs:summaries'));
  const newButton = (
    <Link href={`${PLGS_PATH}/new`} className="button button--primary">
      <Icon name="plus" />
      {t('list.new')}
    </Link>
  );
  return (
    <div className="page">
      <PageHeader title={t('list.title')} lead={t('list.lead')} actions={newButton} />
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Loading label={t('list.loading')} />}
      {list.data?.length === 0 && <EmptyState title={t('list.empty')} action={newButton}>{t('list.emptyText')}</EmptyState>}
      {list.data && list.data.length > 0 && (
        <ul className="plg-grid" aria-label={t('list.label')}>
          {list.data.map((summary) => (
            <li key={summary.plg.id}>
              <PlgCard summary={summary} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
