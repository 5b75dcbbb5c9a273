import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Overview, OverviewFilter } from '../../../../shared/contract';
import { overviewCharts, type ChartId } from '../../../../shared/overview/charts';
import type { AppError } from '../../../../shared/result';
import { useNotify } from '../../app/notices';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Loading, Spinner } from '../../components/Status';
import { formatNumber } from '../../i18n/format';
import { call, errorOf } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { saveFile } from '../research/files';
import { LearningLegend } from '../learning/kinds';
import { ChartPanel } from './ChartPanel';
import { NO_FILTER, OverviewFilters, type FilterState } from './OverviewFilters';
import { RecordsPanel, type OpenCell } from './RecordsPanel';

/** The filter as the contract wants it: empty choices left out; null while the period is out of order. */
function filterOf(state: FilterState): OverviewFilter | null {
  if (state.from && state.to && state.to < state.from) return null;
  const entries = Object.entries(state).filter(([, v]) => v !== '');
  return Object.fromEntries(entries) as OverviewFilter;
}

function ReportButtons({ filter }: { filter: OverviewFilter | null }) {
  const { t } = useTranslation('overview');
  const notify = useNotify();
  const [busy, setBusy] = useState<'pdf' | 'csv' | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const run = async (format: 'pdf' | 'csv') => {
    if (!filter) return;
    setBusy(format);
    setFailure(null);
    try {
      const file = await call('overview:report', { filter, format });
      saveFile({ base64: file.dataBase64 }, file.mediaType, file.fileName);
      notify(t('report.saved', { file: file.fileName }));
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="page__actions">
      {failure && <ErrorNotice error={failure} />}
      {(['csv', 'pdf'] as const).map((format) => (
        <button key={format} type="button" className={`button ${format === 'pdf' ? 'button--primary' : 'button--secondary'}`} disabled={!filter || busy !== null} aria-busy={busy === format} onClick={() => void run(format)}>
          {busy === format ? <Spinner /> : <Icon name="download" />}
          {busy === format ? t('report.busy') : t(`report.${format}`)}
        </button>
      ))}
    </div>
  );
}

function Figure({ value, label, onOpen, extra }: { value: number; label: string; onOpen?: () => void; extra?: ReactNode }) {
  const { i18n } = useTranslation();
  const number = formatNumber(value, i18n.language);
  return (
    <div className="overview-figure">
      {onOpen && value > 0 ? (
        <button type="button" className="overview-figure__number link-button" onClick={onOpen} aria-label={`${number} ${label}`}>
          {number}
        </button>
      ) : (
        <span className="overview-figure__number">{number}</span>
      )}
      <span className="overview-figure__label">{label}</span>
      {extra}
    </div>
  );
}

/** The charts that need a sentence to be read right. */
const LEADS: Partial<Record<ChartId, string>> = { collaboration: 'charts.collaborationLead', learning: 'charts.learningLead' };

function Body({ overview, filter }: { overview: Overview; filter: OverviewFilter }) {
  const { t, i18n } = useTranslation('overview');
  const [open, setOpen] = useState<OpenCell | null>(null);
  const charts = useMemo(() => overviewCharts(overview, (key) => t(key), i18n.language === 'en' ? 'en-GB' : 'nl-NL'), [overview, t, i18n.language]);
  const leadOf = (id: ChartId) => {
    const key = LEADS[id];
    return key ? t(key, { min: overview.learning.minGroup }) : undefined;
  };
  const opener = (place: string) => (cell: string, label: string) => setOpen({ place, cell, label });
  const panel = (place: string) => open?.place === place && <RecordsPanel filter={filter} open={open} onClose={() => setOpen(null)} />;
  const { activities, sessions, questions, marketplace, details } = overview;
  const median = questions.medianHoursToFirstAnswer;
  const medianText =
    median === null ? t('figures.noMedian') : t('figures.median', { value: median < 48 ? t('figures.hours', { value: formatNumber(median, i18n.language) }) : t('figures.days', { value: formatNumber(Math.round(median / 2.4) / 10, i18n.language) }) });

  return (
    <>
      <div className="overview-figures">
        <Figure
          value={details.total}
          label={t('figures.activities')}
          onOpen={() => opener('figures')('activities', t('figures.activities'))}
          extra={
            <button type="button" className="link-button overview-figure__extra" disabled={activities.withoutCollaborators === 0} onClick={() => opener('figures')('withoutCollaborators', t('figures.withoutCollaborators'))}>
              {formatNumber(activities.withoutCollaborators, i18n.language)} {t('figures.withoutCollaborators')}
            </button>
          }
        />
        <Figure value={sessions.sessions} label={t('figures.sessions')} onOpen={() => opener('figures')('sessions', t('figures.sessions'))} extra={<span className="overview-figure__extra">{t('actions.open')}: {sessions.openActions} · {t('actions.overdue')}: {sessions.overdueActions}</span>} />
        <Figure
          value={questions.asked}
          label={t('figures.questions')}
          onOpen={() => opener('figures')('questions:asked', t('figures.questions'))}
          extra={
            <span className="overview-figure__extra">
              <button type="button" className="link-button" disabled={questions.unanswered === 0} onClick={() => opener('figures')('questions:unanswered', t('figures.unanswered'))}>
                {formatNumber(questions.unanswered, i18n.language)} {t('figures.unanswered')}
              </button>
              <br />
              {medianText}
            </span>
          }
        />
        <Figure value={overview.isolatedMembers.length} label={t('figures.isolated')} onOpen={() => opener('figures')('isolated', t('figures.isolated'))} />
      </div>
      {panel('figures')}

      <div className="overview-charts">
        {charts.map((spec) => (
          <div key={spec.id} className={`overview-charts__item overview-charts__item--${spec.id}`}>
            <ChartPanel spec={spec} title={t(`charts.${spec.id}`)} lead={leadOf(spec.id)} onOpen={opener(spec.id)}>
              {spec.id === 'learning' && <LearningLegend kinds={overview.learning.kinds} level="h3" />}
            </ChartPanel>
            {panel(spec.id)}
          </div>
        ))}
      </div>

      <div className="overview-lists">
        <section className="overview-list" aria-labelledby="overview-isolated">
          <h2 id="overview-isolated">{t('isolated.title')}</h2>
          <p className="muted">{t('isolated.lead')}</p>
          {details.isolated.length === 0 ? (
            <p className="muted">{t('isolated.none')}</p>
          ) : (
            <ul className="plain-list overview-list__people">
              {details.isolated.map((m) => (
                <li key={m.id}>
                  <Link href={`/members/${m.id}`}>{m.name}</Link> <span className="muted">· {m.institution}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="overview-list" aria-labelledby="overview-market">
          <h2 id="overview-market">{t('market.title')}</h2>
          {(
            [
              ['unmet', 'unmetWant', marketplace.unmetWantTopics],
              ['unasked', 'unaskedOffer', marketplace.unaskedOfferTopics],
            ] as const
          ).map(([key, cell, topics]) => (
            <div key={key}>
              <h3>
                {t(`market.${key}`)} ({formatNumber(topics.length, i18n.language)})
              </h3>
              {topics.length === 0 ? (
                <p className="muted">{t('market.none')}</p>
              ) : (
                <ul className="chips">
                  {topics.map((text) => (
                    <li key={text}>
                      <button type="button" className="chip chip--button" onClick={() => opener('market')(`${cell}:${text}`, text)}>
                        {text}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
          {panel('market')}
        </section>
      </div>
    </>
  );
}

/** Overzicht: the network's activities, collaboration, cafés, questions and marketplace in charts and tables. */
export function OverviewPage() {
  const { t } = useTranslation('overview');
  usePageTitle(t('title'));
  const [state, setState] = useState<FilterState>(NO_FILTER);
  const filter = filterOf(state);
  const choices = useResource('overview-choices', () => call('activities:choices', {}));
  const key = JSON.stringify(filter);
  const overview = useResource(`overview:${key}`, () => (filter ? call('overview:get', { filter }) : Promise.reject(new Error('filter'))), { keepWithin: 'overview' });
  return (
    <div className="page page--wide">
      <header className="page__header">
        <div>
          <h1>{t('title')}</h1>
          <p className="page__lead">{t('lead')}</p>
        </div>
        <ReportButtons filter={filter} />
      </header>
      <OverviewFilters value={state} onChange={setState} choices={choices.data} />
      {filter && overview.error && <ErrorNotice error={overview.error} onRetry={overview.reload} />}
      {filter && !overview.data && !overview.error && <Loading label={t('loading')} />}
      {filter && overview.data && <Body overview={overview.data} filter={filter} />}
    </div>
  );
}
