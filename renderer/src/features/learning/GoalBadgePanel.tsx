import { useTranslation } from 'react-i18next';
import type { GoalBadgeState } from '../../../../shared/contract';
import { BadgeCard } from './BadgeCard';

/**
 * On my POP, for a goal I reached: the badge it earned, or how to get one.
 * I cannot issue it myself (the service's rule): a colleague from my PLG
 * does, on my profile, once my POP is shared with the network.
 */
export function GoalBadgePanel({ state, plgs }: { state: GoalBadgeState; plgs: string[] }) {
  const { t } = useTranslation('learning');
  return (
    <div className="pop-group goal-badge">
      <h4 className="pop-group__title">{state.badge ? t('pop.badge.received') : t('pop.badge.request')}</h4>
      {state.badge ? (
        <BadgeCard badge={state.badge} isMine />
      ) : (
        <div className="notice notice--info">
          <div className="notice__body goal-badge__how">
            <p>{t('badges.blocked.own_goal')}</p>
            <p>{!state.shared ? t('pop.badge.notShared') : plgs.length === 0 ? t('pop.badge.noPlg') : t('pop.badge.ask', { plgs: plgs.join(', ') })}</p>
          </div>
        </div>
      )}
    </div>
  );
}
