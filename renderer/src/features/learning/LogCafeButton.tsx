import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SessionDetail } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { useNotify } from '../../app/notices';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Spinner } from '../../components/Status';
import { call, errorOf } from '../../lib/call';

/**
 * One click on a café I attended or presented at: a private leerlog entry,
 * pre-filled from the session. A second click opens the entry already made.
 */
export function LogCafeButton({ detail }: { detail: SessionDetail }) {
  const { t } = useTranslation('learning');
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [logged, setLogged] = useState<string | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const presenter = detail.myRoles.includes('presenter');
  if (!presenter && !detail.myRoles.includes('attendee')) return null;
  const log = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const entry = await call('learning:logSession', { sessionId: detail.session.id });
      setLogged(entry.id);
      notify(t('cafe.logged'));
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="log-cafe">
      {logged ? (
        <Link href={`/learning/${logged}/edit`} className="button button--secondary">
          <Icon name="book" />
          {t('cafe.open')}
        </Link>
      ) : (
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void log()}>
          {busy ? <Spinner /> : <Icon name="book" />}
          {busy ? t('cafe.busy') : presenter ? t('cafe.logPresented') : t('cafe.logAttended')}
        </button>
      )}
      {failure && <ErrorNotice error={failure} />}
    </div>
  );
}
