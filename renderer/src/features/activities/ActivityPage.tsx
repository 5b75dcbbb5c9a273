import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { ActivityDetail, LinkedRecord } from '../../../../shared/contract';
import { DeleteRecordDialog } from '../../components/DeleteRecordDialog';
import { Icon } from '../../components/Icon';
import { RecordPage, recordPageTexts } from '../../components/RecordPage';
import { formatDate, formatDateTime } from '../../i18n/format';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { ActivityLearning } from '../learning/ActivityLearning';
import { PeopleList } from '../research/PeopleList';
import { peopleById } from '../research/people';
import { recordPath } from '../search/recordTypes';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="research__section" aria-labelledby={id}>
      <h2 id={id} className="research__heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Links({ links }: { links: readonly LinkedRecord[] }) {
  const { t } = useTranslation('activities');
  return (
    <ul className="plain-list link-list">
      {links.map((link) => {
        const path = recordPath(link.type, link.id);
        return (
          <li key={`${link.type}:${link.id}`}>
            <span className="muted">{t(`detail.types.${link.type}`)}: </span>
            {path ? <Link href={path}>{link.title}</Link> : link.title}
          </li>
        );
      })}
    </ul>
  );
}

function Detail({ detail }: { detail: ActivityDetail }) {
  const { t, i18n } = useTranslation('activities');
  const [confirming, setConfirming] = useState(false);
  const { activity } = detail;
  const people = peopleById(detail.people);
  const date = (iso: string) => formatDate(`${iso}T12:00:00`, i18n.language);
  const period = activity.startDate
    ? activity.endDate
      ? t('detail.range', { from: date(activity.startDate), to: date(activity.endDate) })
      : t('detail.from', { date: date(activity.startDate) })
    : t('detail.noDates');

  return (
    <article className="research">
      <header className="research__header">
        <div className="research__identity">
          <p className="research__kicker">
            <span className={`status-pill status-pill--${activity.phase}`}>{t(`phase.${activity.phase}`)}</span>
            {activity.area.map((a) => (
              <span key={a}>{t(`area.${a}`)}</span>
            ))}
            <span>
              {t('labels.initiative')}: {t(`initiative.${activity.initiative}`)}
            </span>
          </p>
          <h1 className="research__title">
            {activity.title}
            {activity.demo && <span className="badge badge--demo">{t('common:demo.badge')}</span>}
          </h1>
          <p className="research__institution">{[activity.institution, ...activity.teams].join(' · ')}</p>
        </div>
        <div className="research__actions">
          <Link href={`/activities/${activity.id}/edit`} className="button button--primary">
            <Icon name="edit" />
            {t('detail.edit')}
          </Link>
          <button type="button" className="button button--danger-quiet" onClick={() => setConfirming(true)}>
            <Icon name="trash" />
            {t('detail.delete')}
          </button>
        </div>
      </header>

      {activity.collaborators.length === 0 && (
        <p className="nudge">
          <Icon name="users" />
          <span>
            {t('detail.noCollaborators')} <Link href={`/activities/${activity.id}/edit`}>{t('detail.addCollaborators')}</Link>
          </span>
        </p>
      )}

      <div className="research__columns">
        <div className="research__main">
          {activity.description.trim() && (
            <Section id="activity-description" title={t('labels.description')}>
              <p className="prewrap">{activity.description}</p>
            </Section>
          )}
          <Section id="activity-effect" title={t('labels.effect')}>
            {activity.effect.trim() ? <p className="prewrap">{activity.effect}</p> : <p className="muted">{t('detail.noEffect')}</p>}
            {activity.effectTags.length > 0 && (
              <ul className="chips" aria-label={t('labels.effectTags')}>
                {activity.effectTags.map((tag) => (
                  <li key={tag} className="chip">
                    {tag}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="activity-links" title={t('detail.links')}>
            {detail.links.length > 0 ? <Links links={detail.links} /> : <p className="muted">{t('detail.noLinks')}</p>}
          </Section>
          <ActivityLearning activityId={activity.id} />
        </div>
        <aside className="research__side" aria-label={t('detail.details')}>
          <Section id="activity-members" title={t('labels.memberIds')}>
            <PeopleList ids={activity.memberIds} people={people} label={t('labels.memberIds')} />
          </Section>
          <Section id="activity-collaborators" title={t('labels.collaborators')}>
            {activity.collaborators.length > 0 ? (
              <ul className="plain-list">
                {activity.collaborators.map((c, i) => (
                  <li key={i}>
                    {t(`collaborator.${c.kind}`)}
                    {c.name && <span className="muted"> — {c.name}</span>}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('list.noCollaborators')}</p>
            )}
          </Section>
          {activity.carriedOutBy && (
            <Section id="activity-carried" title={t('labels.carriedOutBy')}>
              <p>{activity.carriedOutBy}</p>
            </Section>
          )}
          <Section id="activity-period" title={t('detail.period')}>
            <p>{period}</p>
          </Section>
          {activity.marketplace.length > 0 && (
            <Section id="activity-market" title={t('labels.marketplace')}>
              <ul className="chips">
                {activity.marketplace.map((text) => (
                  <li key={text} className="chip">
                    {text}
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <p className="profile__meta">{t('detail.updated', { date: formatDateTime(activity.updatedAt, i18n.language) })}</p>
        </aside>
      </div>

      <DeleteRecordDialog
        namespace="activities"
        open={confirming}
        onClose={() => setConfirming(false)}
        title={activity.title}
        remove={() => call('activities:delete', { id: activity.id })}
        listPath="/activities"
      />
    </article>
  );
}

/** One activity, with loading, not-found and error states. */
export function ActivityPage() {
  const { t } = useTranslation('activities');
  const { id = '' } = useParams<{ id: string }>();
  const detail = useResource(`activity:${id}`, () => call('activities:get', { id }));
  usePageTitle(detail.data?.activity.title ?? t('detail.loadingTitle'));
  return (
    <RecordPage
      backHref="/activities"
      resource={detail}
      texts={recordPageTexts(t)}
    >
      {(data) => <Detail detail={data} />}
    </RecordPage>
  );
}
