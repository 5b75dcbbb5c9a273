import { useTranslation } from 'react-i18next';
import type { SyncSkip, SyncStatus } from '../../../../shared/sync';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Status';
import { call } from '../../lib/call';

interface Props {
  skipped: SyncSkip[];
  busy: string | null;
  run: (what: string, action: () => Promise<SyncStatus>) => Promise<boolean>;
}

/**
 * A colleague's new install waiting in the shared folder (most likely their
 * second computer): the user compares the fingerprint with them and confirms
 * it; until then its changes are not applied (docs/sync.md, "Keys").
 */
export function NewKeyNotices({ skipped, busy, run }: Props) {
  const { t } = useTranslation('settings');
  const waiting = skipped.flatMap((s) => (s.code === 'new_key' && s.newKey ? [s.newKey] : []));
  const unique = waiting.filter((k, i) => waiting.findIndex((o) => o.installId === k.installId) === i);
  return unique.map((key) => {
    const name = key.name || t('sync.newKey.someone');
    return (
      <div key={key.installId} className="notice notice--warning sync-new-key" role="status">
        <Icon name="key" />
        <div>
        <p>
          <strong>{t('sync.newKey.title', { name })}</strong>
        </p>
        <p>{t('sync.newKey.explain', { name })}</p>
        <p className="fingerprint">
          <span>{t('sync.newKey.fingerprint')}</span> <code>{key.fingerprint}</code>
        </p>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy !== null}
          onClick={() => void run(`key:${key.installId}`, () => call('sync:confirmKey', { installId: key.installId, fingerprint: key.fingerprint }))}
        >
          {busy === `key:${key.installId}` ? <Spinner /> : null} {t('sync.newKey.confirm', { name })}
        </button>
        </div>
      </div>
    );
  });
}
