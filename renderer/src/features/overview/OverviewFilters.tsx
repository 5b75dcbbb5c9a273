import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { AREAS } from '../../../../shared/domain';
import type { ActivityChoices } from '../../../../shared/contract';
import { FieldError } from '../../components/FormField';
import { FilterSelect } from '../../components/FilterSelect';
import { plgPath } from '../plgs/paths';

export interface FilterState {
  from: string;
  to: string;
  institution: string;
  team: string;
  area: string;
  plgId: string;
}

export const NO_FILTER: FilterState = { from: '', to: '', institution: '', team: '', area: '', plgId: '' };

/** Period, institution, team, area and PLG; a period that ends before it starts is said at the field. */
export function OverviewFilters({ value, onChange, choices }: { value: FilterState; onChange: (next: FilterState) => void; choices?: ActivityChoices }) {
  const { t } = useTranslation('overview');
  const set = (key: keyof FilterState) => (v: string) => onChange({ ...value, [key]: v });
  const outOfOrder = Boolean(value.from && value.to && value.to < value.from);
  const plg = choices?.plgs.find((p) => p.id === value.plgId);
  const date = (key: 'from' | 'to') => (
    <div className={`toolbar__field toolbar__field--small${key === 'to' && outOfOrder ? ' field--invalid' : ''}`}>
      <label htmlFor={`overview-${key}`}>{t(`filters.${key}`)}</label>
      <input
        id={`overview-${key}`}
        type="date"
        value={value[key]}
        onChange={(e) => set(key)(e.target.value)}
        aria-invalid={key === 'to' && outOfOrder ? true : undefined}
        aria-describedby={key === 'to' && outOfOrder ? 'overview-to-error' : undefined}
      />
      {key === 'to' && <FieldError id="overview-to-error" message={outOfOrder ? t('filters.toBeforeFrom') : undefined} />}
    </div>
  );
  return (
    <fieldset className="toolbar overview-filters">
      <legend className="visually-hidden">{t('filters.legend')}</legend>
      <div className="toolbar__filters">
        {date('from')}
        {date('to')}
        <FilterSelect label={t('filters.institution')} value={value.institution} onChange={set('institution')} all={t('filters.all')} options={(choices?.institutions ?? []).map((i) => [i, i])} />
        <FilterSelect label={t('filters.team')} value={value.team} onChange={set('team')} all={t('filters.all')} options={(choices?.teams ?? []).map((i) => [i, i])} />
        <FilterSelect label={t('filters.area')} value={value.area} onChange={set('area')} all={t('filters.all')} options={AREAS.map((a) => [a, t(`area.${a}`)])} />
        <FilterSelect label={t('filters.plg')} value={value.plgId} onChange={set('plgId')} all={t('filters.all')} options={(choices?.plgs ?? []).map((p) => [p.id, p.title])} />
      </div>
      <button type="button" className="button button--secondary" onClick={() => onChange(NO_FILTER)}>
        {t('filters.reset')}
      </button>
      {plg && (
        <Link href={plgPath(plg.id)} className="overview-filters__plg">
          {t('filters.plgPage', { name: plg.title })}
        </Link>
      )}
    </fieldset>
  );
}
