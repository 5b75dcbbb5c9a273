import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import type { PlgDetail, PlgRelation } from '../../../../shared/contract';
import { useAppInfo } from '../../app/appInfo';
import { Icon } from '../../components/Icon';
import { RecordColumns, RecordHeader, Section } from '../../components/RecordLayout';
import { RecordPage, recordPageTexts } from '../../components/RecordPage';
import { ShowMore } from '../../components/ShowMore';
import { formatDate } from '../../i18n/format';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { RecordNotices } from '../exchange/RecordNotices';
import { namesOf, PeopleList } from '../research/PeopleList';
import { peopleById } from '../research/people';
import { SessionCard } from '../sessions/SessionCard';
import { plgPath } from './paths';

/** How many of a long list show at first, and how many more each "Meer tonen" adds. */
const SHOWN = { sessions: 4, list: 8, members: 12 } as const;

/** The first part of a long list, with "Meer tonen" under it. */
function Limited<T>({ items, step, children }: { items: readonly T[]; step: number; children: (shown: readonly T[]) => ReactNode }) {
  const { t, i18n } = useTranslation('plgs');
  const [count, setCount] = useState(step);
  return (
    <>
      {children(items.slice(0, count))}
      <ShowMore t={t} language={i18n.language} shown={Math.min(count, items.length)} total={items.length} loading={false} onMore={() => setCount((c) => c + step)} />
    </>
  );
}

/** Which of the PLG's cafés and activities brought a research result or question onto its page. */
function DiscussedIn({ linkedFrom }: { linkedFrom: PlgRelation['linkedFrom'] }) {
  const { t } = useTranslation('plgs');
  if (linkedFrom.length === 0) return null;
  return (
    <p className="plg-list__meta">
      {t('detail.discussedIn')}{' '}
      {linkedFrom.map((link, i) => (
        <span key={link.id}>
          {i > 0 && ', '}
          {t(`detail.types.${link.type}`)} <Link href={`/${link.type}/${link.id}`}>{link.title}</Link>
        </span>
      ))}
    </p>
  );
}

/** Records around the PLG, each title a link, a line about it under it, and where it came up. */
function RelatedList<T extends { id: string; title: string; linkedFrom?: PlgRelation['linkedFrom'] }>({
  items,
  path,
  empty,
  meta,
}: {
  items: readonly T[];
  path: (id: string) => string;
  empty: string;
  meta: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <Limited items={items} step={SHOWN.list}>
      {(shown) => (
        <ul className="plg-list">
          {shown.map((item) => (
            <li key={item.id} className="plg-list__item">
              <Link href={path(item.id)} className="plg-list__title">
                {item.title}
              </Link>
              <p className="plg-list__meta">{meta(item)}</p>
              {item.linkedFrom && <DiscussedIn linkedFrom={item.linkedFrom} />}
            </li>
          ))}
        </ul>
      )}
    </Limited>
  );
}

function Detail({ detail }: { detail: PlgDetail }) {
  const { t, i18n } = useTranslation('plgs');
  const { info } = useAppInfo();
  const { plg } = detail;
  const people = peopleById(detail.people);
  const meId = info.settings.meId;
  const isMember = meId !== null && detail.memberIds.includes(meId);

  return (
    <article className="research plg">
      <RecordHeader
        kicker={
          <>
            <Icon name="community" />
            {t('detail.kicker')}
          </>
        }
        title={plg.name}
        badges={plg.demo && <span className="badge badge--demo">{t('common:demo.badge')}</span>}
        subtitle={
          plg.institutions.length > 0 && (
            <>
              <span className="visually-hidden">{t('detail.institutions')}: </span>
              {plg.institutions.join(' · ')}
            </>
          )
        }
        actions={
          detail.mayEdit ? (
            <Link href={`${plgPath(plg.id)}/edit`} className="button button--primary">
              <Icon name="edit" />
              {t('detail.edit')}
            </Link>
          ) : (
            <p className="plg__only-coordinators">{t('detail.onlyCoordinators')}</p>
          )
        }
      />

      <RecordColumns
        main={
          <>
            <Section id="plg-about" title={t('detail.about')}>
              {plg.description.trim() ? <p className="prewrap">{plg.description}</p> : <p className="muted">{t('detail.noDescription')}</p>}
            </Section>
            <Section id="plg-sessions" title={t('detail.sessions')}>
              {detail.sessions.length === 0 ? (
                <p className="muted">{t('detail.noSessions')}</p>
              ) : (
                <Limited items={detail.sessions} step={SHOWN.sessions}>
                  {(shown) => (
                    <ul className="plg-sessions">
                      {shown.map((item) => (
                        <li key={item.session.id}>
                          <SessionCard item={item} people={people} />
                        </li>
                      ))}
                    </ul>
                  )}
                </Limited>
              )}
            </Section>
            <Section id="plg-activities" title={t('detail.activities')}>
              <RelatedList
                items={detail.activities}
                path={(id) => `/activities/${id}`}
                empty={t('detail.noActivities')}
                meta={(a) => (
                  <>
                    <span className={`status-pill status-pill--${a.phase}`}>{t(`activities:phase.${a.phase}`)}</span> {a.institution}
                  </>
                )}
              />
            </Section>
            <Section id="plg-research" title={t('detail.research')}>
              <p className="plg__lead">{t('detail.researchLead')}</p>
              <RelatedList
                items={detail.research}
                path={(id) => `/research/${id}`}
                empty={t('detail.noResearch')}
                meta={(r) => (
                  <>
                    <span className={`status-pill status-pill--${r.status}`}>{t(`research:status.${r.status}`)}</span> {r.year} · {t('detail.by', { names: namesOf(r.authorIds, people, t('detail.unknown')) })}
                  </>
                )}
              />
            </Section>
            <Section id="plg-questions" title={t('detail.questions')}>
              <p className="plg__lead">{t('detail.questionsLead')}</p>
              <RelatedList
                items={detail.questions}
                path={(id) => `/questions/${id}`}
                empty={t('detail.noQuestions')}
                meta={(q) => (
                  <>
                    <span className={`status-pill status-pill--${q.status}`}>{t(`questions:status.${q.status}`)}</span> {t('detail.answers', { count: q.answers })} ·{' '}
                    {t('detail.askedBy', { name: people.get(q.authorId)?.name ?? t('detail.unknown'), date: formatDate(q.createdAt, i18n.language) })}
                  </>
                )}
              />
            </Section>
          </>
        }
        sideLabel={t('detail.details')}
        side={
          <>
            <Section id="plg-coordinators" title={t('detail.coordinators')}>
              {plg.coordinatorIds.length > 0 ? (
                <PeopleList ids={plg.coordinatorIds} people={people} label={t('detail.coordinators')} />
              ) : (
                <p className="muted">{t('detail.noCoordinators')}</p>
              )}
            </Section>
            <Section id="plg-members" title={t('detail.members')}>
              {detail.memberIds.length === 0 ? (
                <p className="muted">{t('detail.noMembers')}</p>
              ) : (
                <>
                  <p className="plg__lead">{t('detail.membersLead', { count: detail.memberIds.length })}</p>
                  <Limited items={detail.memberIds} step={SHOWN.members}>
                    {(shown) => <PeopleList ids={shown} people={people} label={t('detail.members')} />}
                  </Limited>
                </>
              )}
              {!isMember && meId !== null && (
                <p className="plg__join">
                  {t('detail.joinHint')} <Link href={`/members/${meId}/edit`}>{t('detail.joinLink')}</Link>
                </p>
              )}
            </Section>
          </>
        }
      />
    </article>
  );
}

/** One PLG: its people, cafés, activities, and the research and questions around it. */
export function PlgPage() {
  const { t } = useTranslation('plgs');
  const { id = '' } = useParams<{ id: string }>();
  const detail = useResource(`plg:${id}`, () => call('plgs:get', { id }));
  usePageTitle(detail.data?.plg.name ?? t('detail.loadingTitle'));
  return (
    <RecordPage
      backHref="/plgs"
      resource={detail}
      notice={<RecordNotices recordId={id} />}
      texts={recordPageTexts(t)}
    >
      {(data) => <Detail detail={data} />}
    </RecordPage>
  );
}
