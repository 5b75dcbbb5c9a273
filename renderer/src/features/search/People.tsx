import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { BoardTopic } from '../../../../shared/search/schema';
import { useAppInfo } from '../../app/appInfo';
import { Avatar } from '../../components/Avatar';

const SHOWN = 4;

/** The colleagues behind a want or an offer: the first few by name, then how many more. */
export function People({ topic, label }: { topic: BoardTopic; label: string }) {
  const { t } = useTranslation('search');
  const { info } = useAppInfo();
  const shown = topic.members.slice(0, SHOWN);
  const more = topic.count - shown.length;
  return (
    <ul className="people" aria-label={label}>
      {shown.map((member) => (
        <li key={member.id} className="people__person">
          <Avatar name={member.name} seed={member.id} />
          <span className="people__text">
            <span>
              <Link href={`/members/${member.id}`}>{member.name}</Link>
              {member.id === info.settings.meId && <span className="badge badge--me">{t('common:you')}</span>}
            </span>
            <span className="people__place">{member.institution}</span>
          </span>
        </li>
      ))}
      {more > 0 && <li className="people__more">{t('market.others', { count: more })}</li>}
    </ul>
  );
}
