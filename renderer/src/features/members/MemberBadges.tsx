import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/domain';

export function MemberBadges({ member, isMe }: { member: Member; isMe: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {isMe && <span className="badge badge--me">{t('you')}</span>}
      {member.demo && <span className="badge badge--demo">{t('demo.badge')}</span>}
    </>
  );
}
