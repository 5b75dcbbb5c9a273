import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PersonRef, SessionListItem } from '../../../../shared/contract';
import { Icon } from '../../components/Icon';
import { formatNumber, wallDayParts } from '../../i18n/format';
import { sessionWhen } from './sessionTime';

/** One netwerkcafé in a list: a date tile, what and where, who organises, and how full it is. */
/** `markEnded` is off in the list of past sessions, where every card would say so. */
export function SessionCard({ item, people, markEnded = true }: { item: SessionListItem; people: Map<string, PersonRef>; markEnded?: boolean }) {
  const { t, i18n } = useTranslation('sessions');
  const { session, myRoles, ended, counts } = item;
  const day = wallDayParts(session.start, i18n.language);
  const organisers = session.organiserIds.flatMap((id) => people.get(id)?.name ?? []);
  const place = session.location || (session.onlineLink ? t('card.online') : '');
  return (
    <article className={`session-card${ended ? ' session-card--past' : ''}`}>
      <div className="session-card__date" aria-hidden="true">
        <span className="session-card__weekday">{day.weekday}</span>
        <span className="session-card__day">{day.day}</span>
        <span className="session-card__month">{day.month}</span>
      </div>
      <div className="session-card__body">
        <h2 className="session-card__title">
          <Link href={`/sessions/${session.id}`}>{session.title}</Link>
        </h2>
        {session.theme && <p className="session-card__theme">{t('card.theme', { theme: session.theme })}</p>}
        <p className="session-card__meta">
          <span className="link-with-icon">
            <Icon name="calendar" />
            {sessionWhen(session, i18n.language)}
          </span>
          {place && (
            <span className="link-with-icon">
              <Icon name="pin" />
              {place}
            </span>
          )}
        </p>
        {organisers.length > 0 && <p className="session-card__organisers">{t('card.organisers', { names: organisers.join(', ') })}</p>}
      </div>
      <div className="session-card__side">
        <ul className="session-card__badges" aria-label={t('card.badges')}>
          {ended && markEnded && <li className="badge badge--past">{t('card.ended')}</li>}
          {session.demo && <li className="badge badge--demo">{t('common:demo.badge')}</li>}
          {myRoles.map((role) => (
            <li key={role} className="badge badge--role">
              {t(`roles.${role}`)}
            </li>
          ))}
        </ul>
        <p className="session-card__count">
          {session.capacity === null
            ? t('card.registered', { count: counts.taken, formatted: formatNumber(counts.taken, i18n.language) })
            : t('card.places', { taken: formatNumber(counts.taken, i18n.language), capacity: formatNumber(session.capacity, i18n.language) })}
          {counts.waiting > 0 && (
            <>
              <br />
              {t('card.waiting', { count: counts.waiting, formatted: formatNumber(counts.waiting, i18n.language) })}
            </>
          )}
        </p>
      </div>
    </article>
  );
}
