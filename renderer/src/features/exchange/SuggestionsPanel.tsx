import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { useNotify } from '../../app/notices';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Spinner } from '../../components/Status';
import { formatDateTime } from '../../i18n/format';
import { call, errorOf } from '../../lib/call';
import { useResource } from '../../lib/useResource';
import { ConflictValue, fieldLabel } from './ConflictValue';

/**
 * Changes colleagues who are not owners of this record sent in a bundle: shown
 * on the record's own page, where an owner accepts or rejects each. Nothing
 * shows when there are none.
 */
export function SuggestionsPanel({ recordId }: { recordId: string }) {
  const { t, i18n } = useTranslation('exchange');
  const notify = useNotify();
  const list = useResource(`suggestions:${recordId}`, () => call('suggestions:list', { recordId }));
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  if (!list.data || list.data.length === 0) return null;

  const decide = async (id: string, accept: boolean) => {
    setBusy(id);
    setError(null);
    try {
      await call('suggestions:decide', { id, accept });
      notify(t(accept ? 'suggestions.accepted' : 'suggestions.rejected'));
    } catch (cause) {
      setError(errorOf(cause));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="notice notice--info suggestions" aria-labelledby={`suggestions-${recordId}`}>
      <Icon name="info" />
      <div className="notice__body">
        <h2 id={`suggestions-${recordId}`} className="notice__title suggestions__title">
          {t('suggestions.title', { count: list.data.length })}
        </h2>
        <ul className="suggestions__list">
          {list.data.map((s) => (
            <li key={s.id} className="suggestion">
              <p className="notice__detail">
                {t(`suggestions.from.${s.from.signature}`, { name: s.from.name || t('suggestions.someone'), date: formatDateTime(s.receivedAt, i18n.language) })}
              </p>
              <dl className="suggestion__fields">
                {Object.entries(s.fields).map(([field, { value }]) => (
                  <div key={field} className="suggestion__field">
                    <dt>{fieldLabel(t, field, i18n.language)}</dt>
                    <dd>
                      <ConflictValue value={value} collection={s.collection} field={field} names={{}} />
                    </dd>
                  </div>
                ))}
              </dl>
              {s.canDecide ? (
                <div className="button-row">
                  <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void decide(s.id, true)}>
                    {busy === s.id && <Spinner />}
                    {t('suggestions.accept')}
                  </button>
                  <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void decide(s.id, false)}>
                    {t('suggestions.reject')}
                  </button>
                </div>
              ) : (
                <p className="notice__detail">{t('suggestions.waitsForOwner')}</p>
              )}
            </li>
          ))}
        </ul>
        {error && <ErrorNotice error={error} />}
      </div>
    </section>
  );
}
