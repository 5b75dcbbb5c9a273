import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Member } from '../../../../shared/domain';
import { useAppInfo } from '../../app/appInfo';
import { useNotify } from '../../app/notices';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { call } from '../../lib/call';

/** Deletes after a confirmation; back to the list, or to onboarding when it was my own profile. */
export function DeleteProfileButton({ member }: { member: Member }) {
  const { t } = useTranslation('members');
  const { info, reload } = useAppInfo();
  const [, navigate] = useLocation();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const isMe = info.settings.meId === member.id;

  const remove = async () => {
    await call('members:delete', { id: member.id });
    navigate('/members', { replace: true });
    notify(t('delete.done', { name: member.name }), '/members');
    if (isMe) reload();
  };

  return (
    <>
      <button type="button" className="button button--danger-quiet" onClick={() => setAsking(true)}>
        <Icon name="trash" />
        {t('delete.button')}
      </button>
      <ConfirmDialog
        open={asking}
        title={isMe ? t('delete.titleMe') : t('delete.title', { name: member.name })}
        confirmLabel={t('delete.confirm')}
        busyLabel={t('delete.busy')}
        onConfirm={remove}
        onClose={() => setAsking(false)}
      >
        <p>{isMe ? t('delete.bodyMe') : t('delete.body', { name: member.name })}</p>
      </ConfirmDialog>
    </>
  );
}
