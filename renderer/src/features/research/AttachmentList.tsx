import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_KINDS, ATTACHMENT_MEDIA_TYPES } from '../../../../shared/contract';
import type { Attachment } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Spinner } from '../../components/Status';
import { call, errorOf } from '../../lib/call';
import { formatSize, saveFile } from './files';

const kindOf = (mediaType: string) => ATTACHMENT_KINDS.find((kind) => ATTACHMENT_MEDIA_TYPES[kind] === mediaType) ?? 'file';

function AttachmentRow({ researchId, attachment }: { researchId: string; attachment: Attachment }) {
  const { t, i18n } = useTranslation('research');
  const [busy, setBusy] = useState<'open' | 'download' | null>(null);
  const [cannotOpen, setCannotOpen] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const ref = { researchId, sha256: attachment.sha256 };

  const run = async (what: 'open' | 'download', action: () => Promise<void>) => {
    setBusy(what);
    setFailure(null);
    try {
      await action();
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setBusy(null);
    }
  };
  // The OS viewer opens it in the app; the browser preview has none and offers the file to save instead.
  const open = () => run('open', async () => setCannotOpen(!(await call('attachments:open', ref)).opened));
  const download = () =>
    run('download', async () => {
      const file = await call('attachments:download', ref);
      saveFile({ base64: file.dataBase64 }, file.mediaType, file.name);
    });

  return (
    <li className="attachment">
      <Icon name="paperclip" />
      <div className="attachment__body">
        <span className="attachment__name">{attachment.name}</span>
        <span className="attachment__meta">
          {t(`attachments.kinds.${kindOf(attachment.mediaType)}`)} · {formatSize(attachment.size, i18n.language)}
        </span>
        {cannotOpen && (
          <p className="attachment__note" role="status">
            {t('attachments.cannotOpen')}
          </p>
        )}
        {failure && <ErrorNotice error={failure} />}
      </div>
      <div className="attachment__actions">
        {cannotOpen ? (
          <button type="button" className="button button--primary button--small" onClick={() => void download()} disabled={busy !== null}>
            {busy === 'download' ? <Spinner /> : <Icon name="download" />}
            {t('attachments.download')}
            <span className="visually-hidden">: {attachment.name}</span>
          </button>
        ) : (
          <button type="button" className="button button--secondary button--small" onClick={() => void open()} disabled={busy !== null}>
            {busy === 'open' ? <Spinner /> : <Icon name="external" />}
            {t('attachments.open')}
            <span className="visually-hidden">: {attachment.name}</span>
          </button>
        )}
      </div>
    </li>
  );
}

/** A result's files, opened with the computer's own viewer (never inside the app). */
export function AttachmentList({ researchId, attachments }: { researchId: string; attachments: readonly Attachment[] }) {
  const { t } = useTranslation('research');
  return (
    <ul className="attachments" aria-label={t('detail.attachments')}>
      {attachments.map((a) => (
        <AttachmentRow key={a.sha256} researchId={researchId} attachment={a} />
      ))}
    </ul>
  );
}
