import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import type { CollectionName } from '../../../../shared/domain';
import type { FilterName, SearchResult } from '../../../../shared/search/schema';
import { Icon } from '../../components/Icon';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { usePageTitle } from '../../lib/usePageTitle';
import { FilterPanel } from './FilterPanel';
import { RESULT_TYPES } from './recordTypes';
import { PageSearchInput } from './PageSearchInput';
import { ResultItem } from './ResultItem';
import { expertsHref, hasFilters, MAX_TEXT, queryOf, readSearchState, searchParamsOf, type SearchState } from './searchLocation';
import { useIndexLoading } from './useIndexLoading';
import { useSearchResults } from './useSearchResults';
import { PageHeader } from '../../components/PageHeader';

/** Per type when all types show: enough to count "40+" and to show the first few of each. */
const PER_TYPE = 40;
const SHOWN_PER_GROUP = 5;
const ONE_TYPE_LIMIT = 100;

/** The full results page: the text, the filters, and the results grouped by type (or one type in full). */
export function SearchPage() {
  const { t } = useTranslation('search');
  const inputId = useId();
  const [params, setParams] = useSearchParams();
  const state = readSearchState(params);
  usePageTitle(state.q ? t('page.titleFor', { text: state.q }) : t('page.title'));
  const update = (patch: Partial<SearchState>) => setParams(searchParamsOf({ ...state, ...patch }), { replace: true });
  const setFilter = (name: FilterName, value: string) => update({ filters: { ...state.filters, [name]: value } });

  const active = state.q.trim() !== '' || Object.keys(state.filters).length > 0;
  // All types, for the groups and the counts on the type buttons; one type in full when one is chosen.
  const all = useSearchResults(active ? queryOf({ ...state, type: null }, { limit: RESULT_TYPES.length * PER_TYPE, perType: PER_TYPE }) : null, 'search-page');
  const one = useSearchResults(active && state.type ? queryOf(state, { limit: ONE_TYPE_LIMIT }) : null, 'search-page-type');
  const shown = state.type ? one : all;
  const counts = countByType(all.data ?? []);
  const indexLoading = useIndexLoading(active && !shown.data && !shown.error);

  return (
    <div className="page search-page">
      <PageHeader title={t('page.title')} lead={t('page.lead')} />

      <PageSearchInput id={inputId} label={t('page.inputLabel')} icon="search" placeholder={t('page.placeholder')} value={state.q} maxLength={MAX_TEXT} onChange={(q) => update({ q })} />

      <div className="search-page__layout">
        <aside className="search-page__filters" aria-labelledby={`${inputId}-filters`}>
          <h2 id={`${inputId}-filters`} className="search-page__filters-title">
            {t('filters.title')}
          </h2>
          <FilterPanel filters={state.filters} onChange={setFilter} />
          {hasFilters(state) && (
            <button type="button" className="button button--secondary search-page__clear" onClick={() => update({ type: null, filters: {} })}>
              <Icon name="close" />
              {t('filters.clear')}
            </button>
          )}
        </aside>

        <section className="search-page__results" aria-labelledby={`${inputId}-results`}>
          <h2 id={`${inputId}-results`} className="visually-hidden">
            {t('results.heading')}
          </h2>
          <div className="segmented search-page__types" role="group" aria-label={t('filters.type')}>
            <TypeButton label={t('types.all')} pressed={state.type === null} onClick={() => update({ type: null })} />
            {RESULT_TYPES.map((type) => (
              <TypeButton key={type} label={t(`types.${type}`)} count={active && all.data ? (counts.get(type) ?? 0) : undefined} pressed={state.type === type} onClick={() => update({ type })} />
            ))}
          </div>

          {!active && (
            <EmptyState title={t('page.startTitle')}>
              {t('page.startText')}
            </EmptyState>
          )}
          {active && shown.error && <ErrorNotice error={shown.error} onRetry={shown.reload} />}
          {active && !shown.data && !shown.error && <Loading label={indexLoading ? t('indexLoading') : t('results.loading')} />}
          {active && shown.data?.length === 0 && <NoResults state={state} onClear={() => update({ type: null, filters: {} })} />}
          {active && shown.data && shown.data.length > 0 && (
            state.type ? (
              <ul className="result-list" aria-label={t(`types.${state.type}`)}>
                {shown.data.map((result) => (
                  <ResultItem key={result.id} result={result} />
                ))}
              </ul>
            ) : (
              <Groups results={shown.data} counts={counts} onShowType={(type) => update({ type })} />
            )
          )}
        </section>
      </div>
    </div>
  );
}

function TypeButton({ label, count, pressed, onClick }: { label: string; count?: number; pressed: boolean; onClick: () => void }) {
  const { t } = useTranslation('search');
  return (
    <button type="button" className="segmented__option" aria-pressed={pressed} onClick={onClick}>
      {label}
      {count !== undefined && <span className={`search-page__type-count${count === 0 ? ' search-page__type-count--none' : ''}`}>{countText(count, t)}</span>}
    </button>
  );
}

function Groups({ results, counts, onShowType }: { results: SearchResult[]; counts: Map<CollectionName, number>; onShowType: (type: CollectionName) => void }) {
  const { t } = useTranslation('search');
  return RESULT_TYPES.filter((type) => counts.has(type)).map((type) => {
    const list = results.filter((r) => r.type === type);
    const count = counts.get(type)!;
    return (
      <section key={type} className="result-group" aria-labelledby={`group-${type}`}>
        <h2 id={`group-${type}`} className="result-group__title">
          {t(`types.${type}`)} <span className="result-group__count">{countText(count, t)}</span>
        </h2>
        <ul className="result-list">
          {list.slice(0, SHOWN_PER_GROUP).map((result) => (
            <ResultItem key={result.id} result={result} />
          ))}
        </ul>
        {count > SHOWN_PER_GROUP && (
          <button type="button" className="button button--secondary result-group__more" onClick={() => onShowType(type)}>
            {t('results.showAll', { type: t(`types.${type}`).toLowerCase(), count: countText(count, t) })}
          </button>
        )}
      </section>
    );
  });
}

function NoResults({ state, onClear }: { state: SearchState; onClear: () => void }) {
  const { t } = useTranslation('search');
  const text = state.q.trim();
  const filtered = hasFilters(state);
  return (
    <EmptyState
      title={text ? t('results.noneFor', { text }) : t('results.noneFiltered')}
      action={
        <div className="empty-state__actions">
          {filtered && (
            <button type="button" className="button button--secondary" onClick={onClear}>
              {t('filters.clear')}
            </button>
          )}
          {text && (
            <Link href={expertsHref(text)} className="button button--secondary">
              <Icon name="lightbulb" />
              {t('box.experts', { text })}
            </Link>
          )}
        </div>
      }
    >
      {filtered ? t('results.noneHintFiltered') : t('results.noneHint')}
    </EmptyState>
  );
}

function countByType(results: readonly SearchResult[]): Map<CollectionName, number> {
  const counts = new Map<CollectionName, number>();
  for (const r of results) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  return counts;
}

/** The grouped query stops at PER_TYPE per type, so that many means "at least". */
const countText = (count: number, t: (key: string, options: { count: number }) => string) =>
  count >= PER_TYPE ? t('results.atLeast', { count }) : String(count);
