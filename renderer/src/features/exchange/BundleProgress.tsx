import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleProgressState } from '../../../../shared/contract';
import { formatNumber } from '../../i18n/format';
import { api } from '../../api';

const POLL_MS = 150;

/**
 * How far reading or importing a bundle is, asked of the app a few times a
 * second while it runs, with a button that stops it (nothing is applied then).
 */
export function BundleProgress({ token, label, onCancel }: { token: string; label: string; onCancel: () => void }) {
  const { t, i18n } = useTranslation('exchange');
  const [progress, setProgress] = useState<BundleProgressState | null>(null);
  const [cancelling, setCancelling] = useState(false);
  useEffect(() => {
    let stopped = false;
    const timer = window.setInterval(() => {
      void api.invoke('exchange:progress', { token }).then((result) => {
        if (!stopped && result.ok) setProgress(result.value);
      });
    }, POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [token]);
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <div className="bundle-progress" role="status">
      <p className="bundle-progress__label">
        {label}
        {progress && <> — {t(`progress.${progress.phase}`, { done: n(progress.done), total: n(progress.total) })}</>}
      </p>
      <progress max={progress?.total || 1} value={progress?.done ?? undefined} aria-label={label} />
      <button
        type="button"
        className="button button--secondary"
        disabled={cancelling}
        onClick={() => {
          setCancelling(true);
          onCancel();
        }}
      >
        {cancelling ? t('progress.cancelling') : t('progress.cancel')}
      </button>
    </div>
  );
}
