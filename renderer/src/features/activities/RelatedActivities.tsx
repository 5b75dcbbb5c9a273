import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';

/** The other direction of an activity's links: on a research, question or café page, the activities that use it. */
export function RelatedActivities({ id, headingId }: { id: string; headingId: string }) {
  const { t } = useTranslation('activities');
  const related = useResource(`activities-linked:${id}`, () => call('activities:linkedTo', { id }));
  return (
    <section className="research__section related-activities" aria-labelledby={headingId}>
      <h2 id={headingId} className="research__heading">
        {t('related.title')}
      </h2>
      {related.data && related.data.length === 0 && <p className="muted">{t('related.none')}</p>}
      {related.data && related.data.length > 0 && (
        <ul className="plain-list link-list">
          {related.data.map((a) => (
            <li key={a.id}>
              <Link href={`/activities/${a.id}`}>{a.title}</Link> <span className="muted">· {t(`phase.${a.phase}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
