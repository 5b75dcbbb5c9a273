import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../components/Status';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';
import { BadgeCard } from './BadgeCard';
import { IssueBadgeButtons } from './IssueBadgeButtons';

/**
 * Open Badges received, on the profile as far as their owner lets this
 * viewer see them; exportable as the signed file. A colleague from the
 * owner's PLG also finds here the reached POP goals they can issue a badge for.
 */
export function ProfileBadges({ memberId, isMe }: { memberId: string; isMe: boolean }) {
  const { t } = useTranslation('learning');
  const list = useResource(`badges:${memberId}`, () => call('badges:list', { memberId }));
  const goals = useResource(`goal-badges:${memberId}:${isMe}`, () => (isMe ? Promise.resolve(null) : call('badges:forGoals', { memberId })));
  const issuable = (goals.data?.goals ?? []).filter((g) => g.block === null && g.badge === null);
  if (list.data?.length === 0 && !isMe && issuable.length === 0) return null;
  return (
    <section className="profile__section" aria-labelledby="profile-badges">
      <h2 id="profile-badges" className="profile__heading">
        {t('badges.title')}
      </h2>
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Loading />}
      {list.data?.length === 0 && <p className="muted">{t('badges.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="badge-list">
          {list.data.map((badge) => (
            <li key={badge.id}>
              <BadgeCard badge={badge} isMine={isMe} onChanged={list.reload} />
            </li>
          ))}
        </ul>
      )}
      {issuable.length > 0 && (
        <div className="goal-badges">
          <h3 className="goal-badges__title">{t('badges.goalsTitle')}</h3>
          <p className="muted">{t('badges.goalsHint')}</p>
          <IssueBadgeButtons
            items={issuable.map((g) => ({ id: g.goalId, label: t('badges.issueForGoal', { title: g.title }), issued: t('badges.goalIssued', { title: g.title }) }))}
            issue={(goalId) => call('badges:issueForGoal', { goalId })}
          />
        </div>
      )}
    </section>
  );
}
