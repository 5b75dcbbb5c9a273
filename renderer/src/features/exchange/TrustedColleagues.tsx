import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { ErrorNotice } from '../../components/Status';
import { formatDateTime } from '../../i18n/format';
import { call, errorOf } from '../../lib/call';
import { useResource } from '../../lib/useResource';

/**
 * Colleagues whose keys this user confirmed: their bundles may change what they
 * own. Here the user also names HR curators, whose bundles may change café
 * sessions and PLGs too (docs/security.md, "Ownership").
 */
export function TrustedColleagues() {
  const { t, i18n } = useTranslation('exchange');
  const list = useResource('trust:list', () => call('trust:list'));
  const [error, setError] = useState<AppError | null>(null);
  const toggle = async (installId: string, curator: boolean) => {
    setError(null);
    try {
      await call('trust:setCurator', { installId, curator });
    } catch (cause) {
      setError(errorOf(cause));
    }
  };
  return (
    <section className="exchange-status" aria-labelledby="trusted-heading">
      <h2 id="trusted-heading" className="exchange__subheading">
        {t('trusted.title')}
      </h2>
      <p className="muted">{t('trusted.lead')}</p>
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.data?.length === 0 && <p>{t('trusted.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="trusted-list">
          {list.data.map((k) => (
            <li key={k.id} className="trusted-list__item">
              <span className="trusted-list__name">{k.name || t('signature.someone')}</span>
              <span className="fingerprint trusted-list__fingerprint">{k.fingerprint}</span>
              <span className="muted">{t('trusted.since', { date: formatDateTime(k.trustedAt, i18n.language) })}</span>
              <label className="checkbox">
                <input type="checkbox" checked={k.curator === true} onChange={(e) => void toggle(k.id, e.target.checked)} />
                <span className="checkbox__text">{t('trusted.curator')}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
