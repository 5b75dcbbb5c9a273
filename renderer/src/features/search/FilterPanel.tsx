import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AREAS, QUESTION_STATUSES, RESEARCH_STATUSES } from '../../../../shared/domain';
import type { FilterName } from '../../../../shared/search/schema';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';

const FIRST_YEAR = 2000;
const TAG_SUGGESTIONS = 60;

/** The filters of the results page; each applies at once and combines with the text. */
export function FilterPanel({
  filters,
  onChange,
}: {
  filters: Partial<Record<FilterName, string>>;
  onChange: (name: FilterName, value: string) => void;
}) {
  const { t } = useTranslation('search');
  const id = useId();
  const facets = useResource('facets', () => call('members:facets'));
  const institutions = facets.data?.institutions ?? [];
  const tags = (facets.data?.expertise ?? []).slice(0, TAG_SUGGESTIONS).map((e) => e.tag);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, i) => String(thisYear + 1 - i));
  const field = (name: FilterName) => ({
    id: `${id}-${name}`,
    value: filters[name] ?? '',
    onChange: (event: { target: { value: string } }) => onChange(name, event.target.value),
  });
  const label = (name: FilterName) => (
    <label htmlFor={`${id}-${name}`} className="filter-panel__label">
      {t(`filters.${name}`)}
    </label>
  );
  /** A value from the address that is not among the options still shows as chosen. */
  const keep = (name: FilterName, options: readonly string[]) => {
    const value = filters[name];
    return value && !options.includes(value) ? <option value={value}>{value}</option> : null;
  };

  return (
    <div className="filter-panel">
      <div className="filter-panel__field">
        {label('institution')}
        <select {...field('institution')}>
          <option value="">{t('filters.allInstitutions')}</option>
          {institutions.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          {keep('institution', institutions)}
        </select>
      </div>
      <div className="filter-panel__field">
        {label('area')}
        <select {...field('area')}>
          <option value="">{t('filters.allAreas')}</option>
          {AREAS.map((area) => (
            <option key={area} value={area}>
              {t(`areas.${area}`)}
            </option>
          ))}
          {keep('area', AREAS)}
        </select>
      </div>
      <div className="filter-panel__field">
        {label('tag')}
        <input type="text" list={`${id}-tags`} autoComplete="off" placeholder={t('filters.tagPlaceholder')} {...field('tag')} />
        <datalist id={`${id}-tags`}>
          {tags.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      </div>
      <div className="filter-panel__field">
        {label('status')}
        <select {...field('status')}>
          <option value="">{t('filters.allStatuses')}</option>
          <optgroup label={t('types.research')}>
            {RESEARCH_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`statuses.research.${status}`)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('types.questions')}>
            {QUESTION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`statuses.questions.${status}`)}
              </option>
            ))}
          </optgroup>
          {keep('status', [...RESEARCH_STATUSES, ...QUESTION_STATUSES])}
        </select>
      </div>
      <div className="filter-panel__field">
        {label('year')}
        <select {...field('year')}>
          <option value="">{t('filters.allYears')}</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
          {keep('year', years)}
        </select>
      </div>
    </div>
  );
}
