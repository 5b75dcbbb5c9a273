import { useTranslation } from 'react-i18next';
import type { Badge } from '../../../../shared/domain';
import { fileSlug } from '../../../../shared/text/fileSlug';
import { formatDate } from '../../i18n/format';
import { call } from '../../lib/call';
import { saveFile } from '../research/files';

const VISIBILITIES = ['netwerk', 'instelling', 'prive'] as const;

/** One received Open Badge: its name and date, the signed file to export, and for its owner who sees it. */
export function BadgeCard({ badge, isMine, onChanged }: { badge: Badge; isMine: boolean; onChanged?: () => void }) {
  const { t, i18n } = useTranslation('learning');
  return (
    <div className="badge-card">
      <p className="badge-card__name">{badge.name}</p>
      <p className="muted">{t('badges.issuedBy', { date: formatDate(badge.issuedAt, i18n.language) })}</p>
      <div className="badge-card__actions">
        <button type="button" className="button button--secondary" onClick={() => saveFile({ text: `${badge.jws}\n` }, 'application/vc+jwt', `badge-${fileSlug(badge.name, 'badge')}.jwt`)}>
          {t('badges.export')}
        </button>
        {isMine && (
          <label className="badge-card__visibility">
            <span>{t('badges.visibility')}</span>
            <select value={badge.visibility} onChange={(e) => void call('badges:setVisibility', { id: badge.id, visibility: e.target.value as Badge['visibility'] }).then(onChanged)}>
              {VISIBILITIES.map((v) => (
                <option key={v} value={v}>
                  {t(`badges.visibilityOptions.${v}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
    </div>
  );
}
