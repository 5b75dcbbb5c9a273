import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../components/Status';
import { formatDate } from '../../i18n/format';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';
import { saveFile } from '../research/files';
import { fileSlug } from '../../../../shared/text/fileSlug';

/** Open Badges received, on the profile as far as their owner lets this viewer see them; exportable as the signed file. */
export function ProfileBadges({ memberId, isMe }: { memberId: string; isMe: boolean }) {
  const { t, i18n } = useTranslation('learning');
  const list = useResource(`badges:${memberId}`, () => call('badges:list', { memberId }));
  if (list.data?.length === 0 && !isMe) return null;
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
            <li key={badge.id} className="badge-card">
              <p className="badge-card__name">{badge.name}</p>
              <p className="muted">{t('badges.issuedBy', { date: formatDate(badge.issuedAt, i18n.language) })}</p>
              <div className="badge-card__actions">
                <button type="button" className="button button--secondary" onClick={() => saveFile({ text: `${badge.jws}\n` }, 'application/vc+jwt', `badge-${fileSlug(badge.name, 'badge')}.jwt`)}>
                  {t('badges.export')}
                </button>
                {isMe && (
                  <label className="badge-card__visibility">
                    <span>{t('badges.visibility')}</span>
                    <select value={badge.visibility} onChange={(e) => void call('badges:setVisibility', { id: badge.id, visibility: e.target.value as typeof badge.visibility }).then(list.reload)}>
                      {(['netwerk', 'instelling', 'prive'] as const).map((v) => (
                        <option key={v} value={v}>
                          {t(`badges.visibilityOptions.${v}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
