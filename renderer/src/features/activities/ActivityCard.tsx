import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PersonRef } from '../../../../shared/contract';
import type { Activity } from '../../../../shared/domain';
import { Icon } from '../../components/Icon';
import { namesOf } from '../research/PeopleList';

/** One activity in a list: title, phase and areas, who, and whether anyone else is named. */
export function ActivityCard({ activity, people }: { activity: Activity; people: ReadonlyMap<string, PersonRef> }) {
  const { t } = useTranslation('activities');
  return (
    <article className="research-card activity-card">
      <div className="research-card__body">
        <h2 className="research-card__title">
          <Link href={`/activities/${activity.id}`}>{activity.title}</Link>
          {activity.demo && <span className="badge badge--demo">{t('common:demo.badge')}</span>}
        </h2>
        <p className="research-card__meta">
          <span className={`status-pill status-pill--${activity.phase}`}>{t(`phase.${activity.phase}`)}</span>
          {activity.area.map((a) => (
            <span key={a}>{t(`area.${a}`)}</span>
          ))}
          <span>{activity.institution}</span>
        </p>
        <p className="research-card__people">
          {namesOf(activity.memberIds, people, t('research:people.unknown'))}
          {activity.collaborators.length === 0 && (
            <span className="activity-card__gap">
              {' · '}
              <Icon name="alert" />
              {t('list.noCollaborators')}
            </span>
          )}
        </p>
      </div>
    </article>
  );
}
