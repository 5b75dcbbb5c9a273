import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useAppInfo } from '../../app/appInfo';
import { Icon, type IconName } from '../../components/Icon';
import { ErrorNotice, Loading } from '../../components/Status';
import { formatDateTime } from '../../i18n/format';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { peopleById } from '../research/people';
import { EXPERTS_PATH } from '../search/searchLocation';
import { NewsList } from './NewsList';

const ENTRY_POINTS: { key: 'experts' | 'questions' | 'sessions'; path: string; icon: IconName }[] = [
  { key: 'experts', path: EXPERTS_PATH, icon: 'lightbulb' },
  { key: 'questions', path: '/questions', icon: 'question' },
  { key: 'sessions', path: '/sessions', icon: 'calendar' },
];

/** Where people usually go next: asking who knows what, the question bank, the cafés. */
function EntryPoints() {
  const { t } = useTranslation('start');
  return (
    <section className="start__entries" aria-labelledby="start-entries">
      <h2 id="start-entries">{t('entry.title')}</h2>
      <ul className="entry-grid">
        {ENTRY_POINTS.map(({ key, path, icon }) => (
          <li key={key}>
            <Link href={path} className="entry-card">
              <Icon name={icon} className="entry-card__icon" />
              <span className="entry-card__title">{t(`entry.${key}`)}</span>
              <span className="entry-card__text">{t(`entry.${key}Text`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** No profile is "me" (any more): nothing can be new for nobody, so say how to choose one. */
function ChooseMe() {
  const { t } = useTranslation('start');
  const { updateSettings } = useAppInfo();
  return (
    <section className="start__no-me" aria-labelledby="start-no-me">
      <h2 id="start-no-me">{t('noMe.title')}</h2>
      <p>{t('noMe.text')}</p>
      {/* Without "me" the app opens its welcome screen, where one is chosen or made. */}
      <button type="button" className="button button--primary" onClick={() => void updateSettings({ meId: null })}>
        <Icon name="user" />
        {t('noMe.button')}
      </button>
    </section>
  );
}

/**
 * The start page: what is new for "me" since the previous time the app was
 * opened (main/core/news), calm and short, and the usual ways on.
 */
export function StartPage() {
  const { t, i18n } = useTranslation('start');
  usePageTitle(t('pageTitle'));
  const news = useResource('start:news', () => call('start:news'));
  const data = news.data;
  const firstName = data?.me?.name.split(' ')[0] ?? '';

  return (
    <div className="page page--narrow start">
      <h1>{data?.me ? t('welcome', { name: firstName }) : t('pageTitle')}</h1>
      {data?.me && data.since && <p className="page__lead">{t('lastVisit', { date: formatDateTime(data.since, i18n.language) })}</p>}
      {news.error && <ErrorNotice error={news.error} onRetry={news.reload} />}
      {!data && !news.error && <Loading label={t('loading')} />}
      {data && !data.me && <ChooseMe />}
      {data?.me && (
        <section className="start__news" aria-labelledby="start-news">
          <h2 id="start-news">{t('news')}</h2>
          {data.since === null ? (
            <p className="start__calm">{t('firstVisit')}</p>
          ) : data.items.length === 0 ? (
            <p className="start__calm">{t('nothing')}</p>
          ) : (
            <>
              <NewsList items={data.items} people={peopleById(data.people)} labelledBy="start-news" />
              {data.total > data.items.length && <p className="muted">{t('more', { count: data.total - data.items.length })}</p>}
            </>
          )}
        </section>
      )}
      {data && <EntryPoints />}
    </div>
  );
}
