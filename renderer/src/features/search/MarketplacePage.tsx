import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { BoardMatch, BoardTopic } from '../../../../shared/search/schema';
import { useAppInfo } from '../../app/appInfo';
import { Icon } from '../../components/Icon';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { formatNumber } from '../../i18n/format';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';
import { usePageTitle } from '../../lib/usePageTitle';
import { People } from './People';
import { useIndexLoading } from './useIndexLoading';

const PAGE = 12;

/**
 * The expertise marketplace of the whole network, live from the profiles:
 * wants tied to offers, offers several colleagues hold, and wants nobody
 * offers yet (DOMAIN.md, "Marktplaats interne deskundigheid").
 */
export function MarketplacePage() {
  const { t, i18n } = useTranslation('search');
  const { info } = useAppInfo();
  usePageTitle(t('market.title'));
  const board = useResource('marketplace', () => call('search:marketplace'));
  const data = board.data;
  const indexLoading = useIndexLoading(!data && !board.error);
  const meId = info.settings.meId;
  const profileLink = meId ? (
    <Link href={`/members/${meId}/edit`} className="button button--secondary">
      <Icon name="edit" />
      {t('market.editProfile')}
    </Link>
  ) : null;
  const empty = data && data.matches.length + data.sharedOffers.length + data.unmetWants.length === 0;
  const number = (n: number) => formatNumber(n, i18n.language);

  return (
    <div className="page market-page">
      <header className="page__header">
        <div>
          <h1>{t('market.title')}</h1>
          <p className="page__lead">{t('market.lead')}</p>
        </div>
        {profileLink}
      </header>

      {board.error && <ErrorNotice error={board.error} onRetry={board.reload} />}
      {!data && !board.error && <Loading label={indexLoading ? t('indexLoading') : t('market.loading')} />}
      {empty && (
        <EmptyState title={t('market.emptyTitle')} action={profileLink}>
          {t('market.emptyText')}
        </EmptyState>
      )}
      {data && !empty && (
        <>
          <ul className="market-stats" aria-label={t('market.summary')}>
            <li className="market-stats__item">
              <span className="market-stats__number">{number(data.matches.length)}</span> {t('market.statMatches', { count: data.matches.length })}
            </li>
            <li className="market-stats__item">
              <span className="market-stats__number">{number(data.sharedOffers.length)}</span> {t('market.statShared', { count: data.sharedOffers.length })}
            </li>
            <li className="market-stats__item">
              <span className="market-stats__number">{number(data.unmetWants.length)}</span> {t('market.statUnmet', { count: data.unmetWants.length })}
            </li>
          </ul>

          <MarketSection id="market-matches" title={t('market.matchesTitle')} lead={t('market.matchesLead')} items={mineFirst(data.matches, meId)} empty={t('market.matchesEmpty')}>
            {(match) => <MatchCard key={match.want.text} match={match} meId={meId} />}
          </MarketSection>

          <MarketSection id="market-shared" title={t('market.sharedTitle')} lead={t('market.sharedLead')} items={data.sharedOffers} empty={t('market.sharedEmpty')} grid>
            {(topic) => (
              <li key={topic.text} className="topic-card">
                <h3 className="topic-card__title">{topic.text}</h3>
                <p className="topic-card__count">{t('market.holders', { count: topic.count })}</p>
                <People topic={topic} label={t('market.offeredBy', { text: topic.text })} />
              </li>
            )}
          </MarketSection>

          <MarketSection id="market-unmet" title={t('market.unmetTitle')} lead={t('market.unmetLead')} items={data.unmetWants} empty={t('market.unmetEmpty')}>
            {(topic) => (
              <li key={topic.text} className="topic-card topic-card--want">
                <h3 className="topic-card__title">{topic.text}</h3>
                <p className="topic-card__count">{t('market.askers', { count: topic.count })}</p>
                <People topic={topic} label={t('market.wantedBy', { text: topic.text })} />
              </li>
            )}
          </MarketSection>
        </>
      )}
    </div>
  );
}

function MarketSection<T>({
  id,
  title,
  lead,
  items,
  empty,
  grid,
  children,
}: {
  id: string;
  title: string;
  lead: string;
  items: readonly T[];
  empty: string;
  grid?: boolean;
  children: (item: T) => ReactNode;
}) {
  const { t } = useTranslation('search');
  const [shown, setShown] = useState(PAGE);
  return (
    <section className="market-section" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="market-section__count">{items.length}</span>
      </h2>
      <p className="market-section__lead">{lead}</p>
      {items.length === 0 ? (
        <p className="market-section__empty">{empty}</p>
      ) : (
        <ul className={grid ? 'topic-grid' : 'match-list'} aria-labelledby={id}>
          {items.slice(0, shown).map(children)}
        </ul>
      )}
      {items.length > shown && (
        <button type="button" className="button button--secondary market-section__more" onClick={() => setShown((n) => n + PAGE)}>
          {t('market.more', { count: items.length - shown })}
        </button>
      )}
    </section>
  );
}

function MatchCard({ match, meId }: { match: BoardMatch; meId: string | null }) {
  const { t } = useTranslation('search');
  const mine = wantedBy(match, meId);
  return (
    <li className={`match${mine ? ' match--mine' : ''}`}>
      <div className="match__want">
        <p className="match__label match__label--want">
          {t('market.wanted')}
          {mine && <span className="match__mine">{t('market.yourWant')}</span>}
        </p>
        <h3 className="match__title">{match.want.text}</h3>
        <People topic={match.want} label={t('market.wantedBy', { text: match.want.text })} />
      </div>
      <Icon name="arrowDown" className="match__arrow" />
      <div className="match__offers">
        <p className="match__label match__label--offer">
          {t('market.offered')}
          {match.acrossInstitutions && <span className="match__across">{t('market.across')}</span>}
        </p>
        <ul className="match__offer-list">
          {match.offers.map((offer) => (
            <OfferItem key={offer.text} offer={offer} />
          ))}
        </ul>
      </div>
    </li>
  );
}

function OfferItem({ offer }: { offer: BoardTopic & { because: string[] } }) {
  const { t } = useTranslation('search');
  return (
    <li className="match__offer">
      <p className="match__offer-text">{offer.text}</p>
      <People topic={offer} label={t('market.offeredBy', { text: offer.text })} />
      <p className="match__because">{t('market.because', { words: readableBecause(offer.because).join(', ') })}</p>
    </li>
  );
}

const wantedBy = (match: BoardMatch, meId: string | null) => meId !== null && match.want.members.some((m) => m.id === meId);

/** My own wants that found an offer come first: that is where I can act. */
const mineFirst = (matches: readonly BoardMatch[], meId: string | null) => [...matches].sort((a, b) => Number(wantedBy(b, meId)) - Number(wantedBy(a, meId)));

/** A stem ("gamificati…") says nothing new next to a word it starts ("gamificatie"). */
const readableBecause = (words: readonly string[]) =>
  words.filter((word) => !word.endsWith('…') || !words.some((other) => other !== word && other.startsWith(word.slice(0, -1))));
