import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { ActivityDetail, LinkedRecord } from '../../../../shared/contract';
import { DeleteRecordDialog } from '../../components/DeleteRecordDialog';
import { Icon } from '../../components/Icon';
import { Chips, EditDeleteActions, RecordColumns, RecordHeader, Section } from '../../components/RecordLayout';
import { RecordPage, recordPageTexts } from '../../components/RecordPage';
import { formatDate } from '../../i18n/format';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { ActivityLearning } from '../learning/ActivityLearning';
import { PeopleList } from '../research/PeopleList';
import { peopleById } from '../research/people';
import { recordPath } from '../search/recordTypes';

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
      <RecordHeader
        kicker={
          <>
            <span className={`status-pill status-pill--${activity.phase}`}>{t(`phase.${activity.phase}`)}</span>
            {activity.area.map((a) => (
              <span key={a}>{t(`area.${a}`)}</span>
            ))}
            <span>
              {t('labels.initiative')}: {t(`initiative.${activity.initiative}`)}
            </span>
          </>
        }
        title={activity.title}
        badges={activity.demo && <span className="badge badge--demo">{t('common:demo.badge')}</span>}
        subtitle={[activity.institution, ...activity.teams].join(' · ')}
        actions={<EditDeleteActions editHref={`/activities/${activity.id}/edit`} namespace="activities" onDelete={() => setConfirming(true)} />}
      />

      {activity.collaborators.length === 0 && (
        <p className="nudge">
          <Icon name="users" />
          <span>
            {t('detail.noCollaborators')} <Link href={`/activities/${activity.id}/edit`}>{t('detail.addCollaborators')}</Link>
          </span>
        </p>
      )}

      <RecordColumns
        main={
          <>
            {activity.description.trim() && (
              <Section id="activity-description" title={t('labels.description')}>
                <p className="prewrap">{activity.description}</p>
              </Section>
            )}
            <Section id="activity-effect" title={t('labels.effect')}>
              {activity.effect.trim() ? <p className="prewrap">{activity.effect}</p> : <p className="muted">{t('detail.noEffect')}</p>}
              {activity.effectTags.length > 0 && <Chips items={activity.effectTags} label={t('labels.effectTags')} />}
            </Section>
            <Section id="activity-links" title={t('detail.links')}>
              {detail.links.length > 0 ? <Links links={detail.links} /> : <p className="muted">{t('detail.noLinks')}</p>}
            </Section>
            <ActivityLearning activityId={activity.id} />
          </>
        }
        sideLabel={t('detail.details')}
        side={
          <>
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
                <Chips items={activity.marketplace} />
              </Section>
            )}
          </>
        }
        updatedAt={activity.updatedAt}
      />

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
