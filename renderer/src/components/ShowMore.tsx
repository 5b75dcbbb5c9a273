import type { TFunction } from 'i18next';
import { formatNumber } from '../i18n/format';
import { Spinner } from './Status';

/**
 * Under a list that shows only its first part: how much is shown, and a
 * button for more. Worded by the feature's own `list.shown`, `list.more` and
 * `list.loadingMore` texts.
 */
export function ShowMore({
  t,
  language,
  shown,
  total,
  loading,
  onMore,
}: {
  t: TFunction;
  language: string;
  shown: number;
  total: number;
  loading: boolean;
  onMore: () => void;
}) {
  if (shown >= total) return null;
  return (
    <div className="list-footer">
      <p className="muted">{t('list.shown', { shown: formatNumber(shown, language), total: formatNumber(total, language) })}</p>
      <button type="button" className="button button--secondary" disabled={loading} aria-busy={loading} onClick={onMore}>
        {loading && <Spinner />}
        {loading ? t('list.loadingMore') : t('list.more')}
      </button>
    </div>
  );
}
