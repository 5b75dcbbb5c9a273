import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_KINDS, MAX_ATTACHMENT_BYTES } from '../../../../shared/contract';
import type { Attachment } from '../../../../shared/domain';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Status';
import { call, CallFailed } from '../../lib/call';
import { FilePicker } from './FilePicker';
import { formatSize, readAsBase64 } from './files';

const EXTENSIONS = ATTACHMENT_KINDS.flatMap((kind) => ATTACHMENT_EXTENSIONS[kind]);
const ACCEPT = EXTENSIONS.map((ext) => `.${ext}`).join(',');
const MAX_MB = MAX_ATTACHMENT_BYTES / 1024 / 1024;

interface AttachmentInputProps {
  id: string;
  value: Attachment[];
  onChange: (attachments: Attachment[]) => void;
  /** Tells the form an upload is running, so it is not saved half-way. */
  onBusy: (busy: boolean) => void;
}

/**
 * Adds files to a result: checked here first (size, type) so nothing too big
 * is ever sent, then checked again and stored by the app. Each refusal says
 * in plain words which file and why.
 */
export function AttachmentInput({ id, value, onChange, onBusy }: AttachmentInputProps) {
  const { t, i18n } = useTranslation('research');
  const [problems, setProblems] = useState<string[]>([]);
  const [uploading, setUploading] = useState<string | null>(null);

  const add = async (files: File[]) => {
    const found: string[] = [];
    let next = value;
    onBusy(true);
    for (const file of files) {
      const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
      if (file.size > MAX_ATTACHMENT_BYTES) {
        found.push(t('attachments.problems.too_large', { name: file.name, size: formatSize(file.size, i18n.language), max: MAX_MB }));
        continue;
      }
      if (!EXTENSIONS.includes(ext)) {
        found.push(t('attachments.problems.type_not_allowed', { name: file.name }));
        continue;
      }
      setUploading(file.name);
      try {
        const stored = await call('attachments:add', { name: file.name, dataBase64: await readAsBase64(file) });
        if (!next.some((a) => a.sha256 === stored.sha256)) next = [...next, stored];
      } catch (cause) {
        const code = cause instanceof CallFailed ? (cause.error.issues?.[0]?.code ?? cause.error.code) : 'internal';
        found.push(t(`attachments.problems.${code}`, { name: file.name, max: MAX_MB, defaultValue: t('attachments.problems.other', { name: file.name }) }));
      }
    }
    setUploading(null);
    onBusy(false);
    onChange(next);
    setProblems(found);
  };

  return (
    <div className="field attachment-input">
      <p className="field__label">{t('attachments.title')}</p>
      <p id={`${id}-hint`} className="field__hint">
        {t('attachments.hint', { max: MAX_MB })}
      </p>
      {problems.length > 0 && (
        <div className="notice notice--error" role="alert">
          <Icon name="alert" />
          <ul className="notice__body attachment-input__problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <FilePicker id={id} label={t('attachments.add')} accept={ACCEPT} multiple disabled={uploading !== null} describedBy={`${id}-hint`} onFiles={(files) => void add(files)} />
      {uploading && (
        <p className="muted" role="status">
          <Spinner /> {t('attachments.uploading', { name: uploading })}
        </p>
      )}
      {value.length > 0 && (
        <ul className="attachments attachments--editing" aria-label={t('detail.attachments')}>
          {value.map((a) => (
            <li key={a.sha256} className="attachment">
              <Icon name="paperclip" />
              <div className="attachment__body">
                <span className="attachment__name">{a.name}</span>
                <span className="attachment__meta">{formatSize(a.size, i18n.language)}</span>
              </div>
              <button type="button" className="button button--secondary button--small" onClick={() => onChange(value.filter((x) => x.sha256 !== a.sha256))}>
                <Icon name="close" />
                {t('attachments.remove')}
                <span className="visually-hidden">: {a.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
