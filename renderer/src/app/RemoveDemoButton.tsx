import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Icon } from '../components/Icon';
import { call } from '../lib/call';
import { useAppInfo } from './appInfo';
import { useNotify } from './notices';

/** Removes every demo record in one action, after asking. Used by the banner and the settings page. */
export function RemoveDemoButton({ variant = 'secondary' }: { variant?: 'secondary' | 'danger' }) {
  const { t } = useTranslation();
  const { info, reload } = useAppInfo();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);

  const remove = async () => {
    const { removed } = await call('demo:remove');
    reload();
    notify(t('demo.removed', { count: removed }));
  };

  return (
    <>
      <button type="button" className={`button button--${variant}`} onClick={() => setAsking(true)}>
        <Icon name="trash" />
        {t('demo.remove')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('demo.confirmTitle')}
        confirmLabel={t('demo.remove')}
        busyLabel={t('demo.removing')}
        onConfirm={remove}
        onClose={() => setAsking(false)}
      >
        <p>{t('demo.confirmBody', { count: info.demoCount })}</p>
      </ConfirmDialog>
    </>
  );
}
