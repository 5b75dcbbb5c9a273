import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Member } from '../../../../shared/domain';
import { profileFor, type Viewer } from '../../../../shared/contract';
import { Avatar } from '../../components/Avatar';
import { MemberBadges } from './MemberBadges';
import { Chips } from '../../components/RecordLayout';

const SHOWN_TAGS = 4;

/** One colleague in the list; the whole card opens the profile (the name is the link). */
export function MemberCard({ member: stored, isMe, viewer, ref }: { member: Member; isMe: boolean; viewer: Viewer; ref?: Ref<HTMLAnchorElement> }) {
  const { t } = useTranslation('members');
  const member = profileFor(stored, viewer).member;
  const hidden = member.expertise.length - SHOWN_TAGS;
  const place = [member.institution, member.team].filter(Boolean).join(' · ');
  return (
    <article className="member-card">
      <Avatar name={member.name} seed={member.id} />
      <div className="member-card__body">
        <h2 className="member-card__name">
          <Link href={`/members/${member.id}`} className="member-card__link" ref={ref}>
            {member.name}
          </Link>
          <MemberBadges member={member} isMe={isMe} />
        </h2>
        {member.function && <p className="member-card__function">{member.function}</p>}
        <p className="member-card__place">{place}</p>
        {member.expertise.length > 0 && (
          <Chips items={member.expertise.slice(0, SHOWN_TAGS)} label={t('profile.expertise')} more={hidden > 0 ? t('list.moreTags', { count: hidden }) : undefined} />
        )}
      </div>
    </article>
  );
}
