import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/Status';
import { formatDate } from '../../i18n/format';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';

/**
 * On an activity's page, the other direction of its learning links: the
 * leerlog entries and POP goals that name it — mine, and colleagues' only
 * where they shared them with the network (the service decides which).
 */
export function ActivityLearning({ activityId }: { activityId: string }) {
  const { t, i18n } = useTranslation('learning');
  const linked = useResource(`learning-activity:${activityId}`, () => call('learning:linkedToActivity', { id: activityId }));
  const whose = (mine: boolean, ownerName: string) => (mine ? t('activity.mine') : ownerName);
  return (
    <section className="research__section activity-learning" aria-labelledby="activity-learning">
      <h2 id="activity-learning" className="research__heading">
        {t('activity.title')}
      </h2>
      {linked.error && <ErrorNotice error={linked.error} onRetry={linked.reload} />}
      {linked.data && linked.data.entries.length + linked.data.goals.length === 0 && <p className="muted">{t('activity.none')}</p>}
      {linked.data && linked.data.entries.length + linked.data.goals.length > 0 && (
        <ul className="plain-list link-list">
          {linked.data.entries.map((e) => (
            <li key={e.id}>
              <span className="muted">{t('activity.entry')}: </span>
              <Link href={`/learning/${e.id}`}>{e.title}</Link>{' '}
              <span className="muted">
                · {formatDate(e.date, i18n.language)} · {whose(e.mine, e.ownerName)}
              </span>
            </li>
          ))}
          {linked.data.goals.map((g) => (
            <li key={g.id}>
              <span className="muted">{t('activity.goal')}: </span>
              <Link href={g.mine ? `/pop#goal-${g.id}` : `/members/${g.ownerId}`}>{g.title}</Link>{' '}
              <span className="muted">
                · {t(`pop.statuses.${g.status}`)} · {whose(g.mine, g.ownerName)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
