import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../app/notices';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../i18n/format';
import { call, CallFailed } from '../../lib/call';
import { useResource } from '../../lib/useResource';

/** "Laatste import ongedaan maken": restores exactly the state before the last import, after a confirmation. */
export function UndoImportButton({ onUndone }: { onUndone?: () => void }) {
  const { t, i18n } = useTranslation('exchange');
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const status = useResource('exchange-status', () => call('exchange:status'));
  const last = status.data?.lastImport;
  if (!last) return null;
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
        <Icon name="back" />
        {t('undo.button')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('undo.title')}
        confirmLabel={t('undo.confirm')}
        busyLabel={t('undo.busy')}
        onConfirm={async () => {
          try {
            const result = await call('bundles:undo');
            notify(t('undo.done', { restored: result.restored, removed: result.removed }));
            onUndone?.();
          } catch (cause) {
            // Changed afterwards: say so in words, the dialog shows it.
            if (cause instanceof CallFailed && cause.error.code === 'conflict') throw new CallFailed({ ...cause.error, message: t('undo.changedSince') });
            throw cause;
          }
        }}
        onClose={() => setAsking(false)}
      >
        <p>{t('undo.body', { file: last.file, date: formatDateTime(last.importedAt, i18n.language), count: last.records })}</p>
      </ConfirmDialog>
    </>
  );
}
