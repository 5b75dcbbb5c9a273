import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { AREAS, RESEARCH_STATUSES, type Area, type Research } from '../../../../shared/domain';
import { FilterSelect } from '../../components/FilterSelect';
import { Icon } from '../../components/Icon';
import { ShowMore } from '../../components/ShowMore';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { formatNumber } from '../../i18n/format';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { useSessionState } from '../../lib/useSessionState';
import { CitationExport } from './CitationExport';
import { peopleById } from './people';
import { ResearchCard } from './ResearchCard';
import { PageHeader } from '../../components/PageHeader';

const PAGE = 24;
type View = 'published' | 'drafts';
const VIEW_KEY = 'research.view';

/** After an import the list opens on the drafts, where the new results are (useSessionState's storage). */
export const showDraftsNext = () => sessionStorage.setItem(`masternetwerk.${VIEW_KEY}`, 'drafts');

/** All research of the network: published results, or the drafts (own and imported) still to check. */
export function ResearchListPage() {
  const { t, i18n } = useTranslation('research');
  usePageTitle(t('list.title'));
  const [view, setView] = useSessionState(VIEW_KEY, 'published');
  const [status, setStatus] = useSessionState('research.status', '');
  const [area, setArea] = useSessionState('research.area', '');
  const [count, setCount] = useState(PAGE);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const drafts = view === 'drafts';
  const filtered = Boolean(status || area);
  const group = `research:${view}:${status}:${area}`;
  const list = useResource(
    `${group}:${count}`,
    () =>
      call('research:list', {
        drafts: drafts ? 'only' : 'exclude',
        ...(status ? { status: status as Research['status'] } : {}),
        ...(area ? { area: area as Area } : {}),
        limit: count,
      }),
    { keepWithin: group },
  );
  const page = list.data;
  const people = peopleById(page?.people ?? []);
  // Filters and export have nothing to work on yet: the empty state says what to do instead.
  const nothingYet = page?.total === 0 && !filtered;

  const choose = (apply: () => void) => {
    apply();
    setCount(PAGE);
  };
  const clearFilters = () => choose(() => (setStatus(''), setArea('')));
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const tab = (name: View, label: string) => (
    <button type="button" aria-pressed={view === name} className="segmented__option" onClick={() => choose(() => setView(name))}>
      {label}
    </button>
  );

  return (
    <div className="page">
      <PageHeader
        title={t('list.title')}
        lead={t('list.lead')}
        actions={
          <>
            <Link href="/research/import" className="button button--secondary">
              <Icon name="upload" />
              {t('list.import')}
            </Link>
            <Link href="/research/new" className="button button--primary">
              <Icon name="plus" />
              {t('list.add')}
            </Link>
          </>
        }
      />

      <div className="segmented" role="group" aria-label={t('list.views')}>
        {tab('published', t('list.published'))}
        {tab('drafts', t('list.drafts'))}
      </div>

      {!nothingYet && (
        <div className="toolbar">
          <div className="toolbar__filters">
            <FilterSelect label={t('labels.status')} value={status} onChange={(v) => choose(() => setStatus(v))} all={t('list.allStatuses')} options={RESEARCH_STATUSES.map((s) => [s, t(`status.${s}`)])} />
            <FilterSelect label={t('labels.area')} value={area} onChange={(v) => choose(() => setArea(v))} all={t('list.allAreas')} options={AREAS.map((a) => [a, t(`area.${a}`)])} />
          </div>
          <CitationExport
            ids={selected.size > 0 ? [...selected] : drafts ? [] : undefined}
            label={selected.size > 0 ? t('cite.selected', { count: selected.size }) : drafts ? t('cite.selectFirst') : t('cite.allPublished')}
          />
        </div>
      )}

      {page && page.total > 0 && (
        <p className="list-count" aria-live="polite">
          {t(drafts ? 'list.countDrafts' : 'list.count', { count: page.total, formatted: formatNumber(page.total, i18n.language) })}
        </p>
      )}
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {!page && !list.error && <Loading label={t('list.loading')} />}
      {page && page.total === 0 && (
        <EmptyState
          title={filtered ? t('empty.filteredTitle') : drafts ? t('empty.draftsTitle') : t('empty.title')}
          action={
            filtered ? (
              <button type="button" className="button button--secondary" onClick={clearFilters}>
                {t('empty.clearFilters')}
              </button>
            ) : (
              <div className="empty-state__actions">
                <Link href="/research/new" className="button button--primary">
                  <Icon name="plus" />
                  {t('list.add')}
                </Link>
                <Link href="/research/import" className="button button--secondary">
                  <Icon name="upload" />
                  {t('list.import')}
                </Link>
              </div>
            )
          }
        >
          {filtered ? t('empty.filteredText') : drafts ? t('empty.draftsText') : t('empty.text')}
        </EmptyState>
      )}
      {page && page.items.length > 0 && (
        <>
          <ul className="research-list" aria-label={drafts ? t('list.drafts') : t('list.title')}>
            {page.items.map((research) => (
              <li key={research.id}>
                <ResearchCard research={research} people={people} selected={selected.has(research.id)} onSelect={(on) => toggle(research.id, on)} />
              </li>
            ))}
          </ul>
          <ShowMore
            t={t}
            language={i18n.language}
            shown={page.items.length}
            total={page.total}
            loading={list.loading}
            onMore={() => setCount(count + PAGE)}
          />
        </>
      )}
    </div>
  );
}
