import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useNotify } from '../app/notices';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  /** The feature's i18n namespace: `delete.title`, `.confirm`, `.busy`, `.text` and `.done` (each may use {{title}}) come from it. */
  namespace: string;
  open: boolean;
  onClose: () => void;
  /** The record's title, for the question and for what is said afterwards. */
  title: string;
  remove: () => Promise<unknown>;
  /** Where the user lands after the deletion: the record's list. */
  listPath: string;
}

/** "Weet je het zeker?" before a record goes; afterwards back to its list, saying what was deleted. */
export function DeleteRecordDialog({ namespace, open, onClose, title, remove, listPath }: Props) {
  const { t } = useTranslation(namespace);
  const [, navigate] = useLocation();
  const notify = useNotify();
  return (
    <ConfirmDialog
      open={open}
      title={t('delete.title', { title })}
      confirmLabel={t('delete.confirm')}
      busyLabel={t('delete.busy')}
      onClose={onClose}
      onConfirm={async () => {
        await remove();
        // The record's page is gone: Back must not lead to it.
        navigate(listPath, { replace: true });
        notify(t('delete.done', { title }), listPath);
      }}
    >
      {t('delete.text', { title })}
    </ConfirmDialog>
  );
}
