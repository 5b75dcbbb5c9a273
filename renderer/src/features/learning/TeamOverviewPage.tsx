import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { MIN_GROUP, Period, type TeamOverview } from '../../../../shared/contract';
import { learningKindInfo } from '../../../../shared/domain';
import { ErrorNotice, Loading } from '../../components/Status';
import { formatNumber } from '../../i18n/format';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { LearningLegend, useKindLabel } from './kinds';

interface Filter {
  team: string;
  from: string;
  to: string;
}

/**
 * The team overview for HR and teams: per team, how many learning-log
 * entries of each kind — only from entries shared in aggregate, and a group
 * of fewer than five teachers shows "te weinig deelnemers" instead of numbers.
 */
export function TeamOverviewPage() {
  const { t } = useTranslation('learning');
  usePageTitle(t('team.title'));
  const [draft, setDraft] = useState<Filter>({ team: '', from: '', to: '' });
  const [applied, setApplied] = useState<Filter>(draft);
  const [periodError, setPeriodError] = useState(false);
  const period = Period.parse({ from: applied.from || null, to: applied.to || null });
  const overview = useResource(`team-overview:${applied.team}:${applied.from}:${applied.to}`, () =>
    call('team:overview', { ...(applied.team.trim() ? { team: applied.team.trim() } : {}), period }),
  );
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const ok = Period.safeParse({ from: draft.from || null, to: draft.to || null }).success;
    setPeriodError(!ok);
    if (ok) setApplied(draft);
  };
  const field = (key: keyof Filter, type: 'text' | 'date') => (
    <div className={`field${key === 'to' && periodError ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={`team-filter-${key}`}>
        {t(`team.${key}`)}
      </label>
      <input
        id={`team-filter-${key}`}
        type={type}
        value={draft[key]}
        aria-invalid={key === 'to' && periodError ? true : undefined}
        aria-describedby={key === 'to' && periodError ? 'team-filter-to-error' : key === 'team' ? 'team-filter-team-hint' : undefined}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
      {key === 'team' && (
        <p id="team-filter-team-hint" className="field__hint">
          {t('team.teamHint')}
        </p>
      )}
      {key === 'to' && periodError && (
        <p id="team-filter-to-error" className="field__error">
          {t('fields.to.end_before_start')}
        </p>
      )}
    </div>
  );
  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1>{t('team.title')}</h1>
          <p className="page__lead">{t('team.lead', { min: MIN_GROUP })}</p>
          <p>
            <Link href="/overview">{t('team.inOverview')}</Link>
          </p>
        </div>
      </header>
      <form className="learning-filters" onSubmit={apply} noValidate>
        {field('team', 'text')}
        {field('from', 'date')}
        {field('to', 'date')}
        <button type="submit" className="button button--secondary learning-filters__apply">
          {t('team.apply')}
        </button>
      </form>
      {overview.error && <ErrorNotice error={overview.error} onRetry={overview.reload} />}
      {!overview.data && !overview.error && <Loading label={t('team.loading')} />}
      {overview.data && <OverviewTable overview={overview.data} />}
    </div>
  );
}

function OverviewTable({ overview }: { overview: TeamOverview }) {
  const { t, i18n } = useTranslation('learning');
  const kindLabel = useKindLabel();
  const n = (value: number) => formatNumber(value, i18n.language);
  if (overview.teams.length === 0) return <p className="muted">{t('team.empty')}</p>;
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="team-overview-caption">
        <table className="data-table team-table">
          <caption id="team-overview-caption">{t('team.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.institution')}</th>
              <th scope="col">{t('team.team')}</th>
              <th scope="col" className="num">
                {t('team.teachers')}
              </th>
              <th scope="col" className="num">
                {t('team.total')}
              </th>
              {overview.kinds.map((kind) => (
                <th key={kind} scope="col" className="num" title={kindLabel(kind)}>
                  <abbr title={kindLabel(kind)}>{learningKindInfo(kind).number}</abbr>
                  <span className="visually-hidden">{t('team.kindNumber', { number: learningKindInfo(kind).number })}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview.teams.map((row) => (
              <tr key={`${row.institution}|${row.team}`} className={row.suppressed ? 'team-table__suppressed' : undefined}>
                <td>{row.institution}</td>
                <th scope="row">{row.team || t('team.noTeam')}</th>
                {row.suppressed ? (
                  <td colSpan={2 + overview.kinds.length} className="team-table__too-few">
                    {t('team.tooFew')}
                  </td>
                ) : (
                  <>
                    <td className="num">{n(row.contributors)}</td>
                    <td className="num">{n(row.total)}</td>
                    {overview.kinds.map((kind) => (
                      <td key={kind} className="num">
                        {n(row.counts[kind] ?? 0)}
                      </td>
                    ))}
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LearningLegend kinds={overview.kinds} />
    </>
  );
}
