import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorNotice, Loading } from '../../components/Status';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';

const SHOWN = 20;

/** The research a colleague wrote or took part in, as a section of their profile. */
export function MemberResearch({ memberId, isMe }: { memberId: string; isMe: boolean }) {
  const { t } = useTranslation('research');
  const list = useResource(`member-research:${memberId}`, () => call('research:list', { memberId, limit: SHOWN }));
  const page = list.data;
  return (
    <section className="profile__section" aria-labelledby="profile-research">
      <h2 id="profile-research" className="profile__heading">
        {t('profile.title')}
      </h2>
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {!page && !list.error && <Loading label={t('list.loading')} />}
      {page && page.total === 0 && (
        <p className="muted">
          {isMe ? t('profile.noneMine') : t('profile.none')}{' '}
          {isMe && <Link href="/research/new">{t('profile.addFirst')}</Link>}
        </p>
      )}
      {page && page.items.length > 0 && (
        <ul className="member-research">
          {page.items.map((r) => (
            <li key={r.id} className="member-research__item">
              <Link href={`/research/${r.id}`} className="member-research__title">
                {r.title}
              </Link>
              <span className="member-research__meta">
                {r.authorIds.includes(memberId) ? t('profile.asAuthor') : t('profile.asPartner')} · {t(`status.${r.status}`)} · {r.year}
              </span>
            </li>
          ))}
        </ul>
      )}
      {page && page.total > page.items.length && <p className="muted">{t('profile.more', { count: page.total - page.items.length })}</p>}
    </section>
  );
}
