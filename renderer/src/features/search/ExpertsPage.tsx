import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import type { Expert, ExpertsResult } from '../../../../shared/search/schema';
import { useAppInfo } from '../../app/appInfo';
import { Avatar } from '../../components/Avatar';
import { ShowMore } from '../../components/ShowMore';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';
import { usePageTitle } from '../../lib/usePageTitle';
import { EvidenceList } from './EvidenceList';
import { PageSearchInput } from './PageSearchInput';
import { searchHref, TOPIC_PARAM } from './searchLocation';
import { useIndexLoading } from './useIndexLoading';
import { PageHeader } from '../../components/PageHeader';

const PAGE = 20;
const MAX_LIMIT = 100;
const SUGGESTIONS = 10;
const MAX_TOPIC = 200;

/** "Wie weet iets van …?": type a topic, see colleagues ranked by evidence, and why each is listed. */
export function ExpertsPage() {
  const { t, i18n } = useTranslation('search');
  const inputId = useId();
  const [params, setParams] = useSearchParams();
  const topic = params.get(TOPIC_PARAM) ?? '';
  const typed = topic.trim();
  usePageTitle(t('experts.title'));
  // "Meer" lengthens the list of this topic; a new topic starts at one page again.
  const [more, setMore] = useState({ topic: typed, limit: PAGE });
  const limit = more.topic === typed ? more.limit : PAGE;
  const setTopic = (value: string) => setParams(value ? { [TOPIC_PARAM]: value } : {}, { replace: true });
  const found = useResource(
    `experts:${typed}:${limit}`,
    () => (typed ? call('search:experts', { topic: typed, limit }) : Promise.resolve<ExpertsResult>({ total: 0, experts: [] })),
    { keepWithin: `experts:${typed}` },
  );
  const experts = { ...found, data: found.data?.experts };
  const indexLoading = useIndexLoading(Boolean(typed) && !experts.data && !experts.error);
  const total = found.data?.total ?? 0;
  const facets = useResource('facets', () => call('members:facets'));
  const suggestions = (facets.data?.expertise ?? []).slice(0, SUGGESTIONS);

  return (
    <div className="page experts-page">
      <PageHeader title={t('experts.title')} lead={t('experts.lead')} />

      <PageSearchInput id={inputId} label={t('experts.inputLabel')} icon="lightbulb" placeholder={t('experts.placeholder')} value={topic} maxLength={MAX_TOPIC} onChange={setTopic}>
        {suggestions.length > 0 && (
          <div className="topic-suggestions">
            <span className="topic-suggestions__label" id={`${inputId}-suggestions`}>
              {t('experts.suggestions')}
            </span>
            <ul className="chips" aria-labelledby={`${inputId}-suggestions`}>
              {suggestions.map(({ tag }) => (
                <li key={tag}>
                  <button type="button" className="chip chip--button" aria-pressed={tag === typed} onClick={() => setTopic(tag)}>
                    {tag}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </PageSearchInput>

      {!typed && <EmptyState title={t('experts.startTitle')}>{t('experts.startText')}</EmptyState>}
      {typed && experts.error && <ErrorNotice error={experts.error} onRetry={experts.reload} />}
      {typed && !experts.data && !experts.error && <Loading label={indexLoading ? t('indexLoading') : t('experts.loading')} />}
      {typed && experts.data?.length === 0 && (
        <EmptyState
          title={t('experts.noneFor', { text: typed })}
          action={
            <div className="empty-state__actions">
              <Link href="/questions/new" className="button button--primary">
                {t('experts.ask')}
              </Link>
              <Link href={searchHref({ q: typed })} className="button button--secondary">
                {t('box.all', { text: typed })}
              </Link>
            </div>
          }
        >
          {t('experts.noneHint')}
        </EmptyState>
      )}
      {typed && experts.data && experts.data.length > 0 && (
        <>
          <p className="toolbar__count" aria-live="polite">
            {t('experts.count', { count: total, text: typed })}
          </p>
          <ol className="expert-list">
            {experts.data.map((expert, rank) => (
              <ExpertCard key={expert.member.id} expert={expert} rank={rank + 1} />
            ))}
          </ol>
          <ShowMore
            t={t}
            language={i18n.language}
            shown={experts.data.length}
            total={Math.min(total, MAX_LIMIT)}
            loading={found.loading}
            onMore={() => setMore({ topic: typed, limit: Math.min(limit + PAGE, MAX_LIMIT) })}
          />
        </>
      )}
    </div>
  );
}

function ExpertCard({ expert, rank }: { expert: Expert; rank: number }) {
  const { t } = useTranslation('search');
  const { info } = useAppInfo();
  const { member } = expert;
  const isMe = member.id === info.settings.meId;
  return (
    <li className="expert-card">
      <span className="expert-card__rank" aria-hidden="true">
        {rank}
      </span>
      <Avatar name={member.name} seed={member.id} />
      <div className="expert-card__body">
        <h2 className="expert-card__name">
          <Link href={`/members/${member.id}`}>{member.name}</Link>
          {isMe && <span className="badge badge--me">{t('common:you')}</span>}
        </h2>
        <p className="expert-card__place">{member.institution}</p>
        <EvidenceList evidence={expert.evidence} label={t('experts.why', { name: member.name })} />
      </div>
    </li>
  );
}
