import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ATTACHMENT_EXTENSIONS,
  ATTACHMENT_KINDS,
  ATTACHMENT_MEDIA_TYPES,
  MAX_ATTACHMENT_BYTES,
  type AttachmentKind,
  type AttachmentProblem,
  type Handlers,
} from '../../shared/contract';
import type { Attachment } from '../../shared/domain';
import type { AppContext } from './app';
import { contentIs, kindOfName } from './attachmentTypes';
import { hasAttachment, readAttachment, sha256Of, writeAttachment } from './bundle/attachments';
import { ServiceError } from './dispatch';
import type { Platform } from './platform';
import { makePrivateFolder } from './privateFolder';

/**
 * Research attachments: PDF, Word, PowerPoint and images, at most 25 MB,
 * stored once by content (`attachments/<sha256>` in the data directory).
 * They are opened by the OS's viewer or handed back as bytes for a download;
 * the app itself never renders or runs them.
 */

type AttachmentHandlers = Pick<Handlers, 'attachments:add' | 'attachments:open' | 'attachments:download'>;

const refuse = (problem: AttachmentProblem, message: string): never => {
  throw new ServiceError('invalid_input', message, [{ path: 'file', code: problem, message }]);
};

/** Checks a file and stores it; the same bytes are stored once however often they are added. */
export async function addAttachment(dataDir: string, name: string, data: Buffer): Promise<Attachment> {
  if (data.length > MAX_ATTACHMENT_BYTES) refuse('too_large', `The file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`);
  if (data.length === 0) refuse('empty', 'The file is empty.');
  const kind = kindOfName(name) ?? refuse('type_not_allowed', 'Only PDF, Word (.docx), PowerPoint (.pptx) and images (PNG, JPEG, GIF, WebP) can be attached.');
  if (!(await contentIs(kind, data))) refuse('content_mismatch', `The file's content is not a ${kind.toUpperCase()} file.`);
  const sha256 = sha256Of(data);
  if (!(await hasAttachment(dataDir, sha256))) await writeAttachment(dataDir, sha256, data);
  return { sha256, name, mediaType: ATTACHMENT_MEDIA_TYPES[kind], size: data.length };
}

export function attachmentHandlers(app: AppContext, platform: Platform): AttachmentHandlers {
  let viewerFolder: Promise<string> | undefined;
  /** Only attachments a live result lists can be read back, and only when the stored bytes still match. */
  const stored = async (researchId: string, sha256: string) => {
    const attachment = app.repos.research.get(researchId).attachments.find((a) => a.sha256 === sha256);
    if (!attachment) throw new ServiceError('not_found', 'This result has no such attachment.');
    const data = await readAttachment(app.dataDir, sha256);
    if (!data) throw new ServiceError('not_found', 'The attachment file is missing or damaged in the data directory.');
    return { attachment, data };
  };

  return {
    async 'attachments:add'({ name, dataBase64 }) {
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(dataBase64)) throw new ServiceError('invalid_input', 'The file data is not base64.');
      return addAttachment(app.dataDir, name, Buffer.from(dataBase64, 'base64'));
    },
    async 'attachments:open'({ researchId, sha256 }) {
      const { attachment, data } = await stored(researchId, sha256);
      // A record from another install may claim anything: the bytes must be what the OS will be told they are.
      const kind = kindOfMediaType(attachment.mediaType);
      if (!kind || !(await contentIs(kind, data))) refuse('content_mismatch', 'The attachment is not the kind of file it claims to be.');
      // One private folder per run; a failure to make it is not remembered.
      viewerFolder ??= makePrivateFolder(os.tmpdir(), 'masternetwerk-bijlagen-').catch((error: unknown) => {
        viewerFolder = undefined;
        throw error;
      });
      return { opened: await platform.openPath(await viewerCopy(await viewerFolder, attachment, kind!, data)) };
    },
    async 'attachments:download'({ researchId, sha256 }) {
      const { attachment, data } = await stored(researchId, sha256);
      // Only a type from the allow-list reaches the browser; anything else is plain bytes to save.
      const mediaType = kindOfMediaType(attachment.mediaType) ? attachment.mediaType : 'application/octet-stream';
      return { name: attachment.name, mediaType, dataBase64: data.toString('base64') };
    },
  };
}

/**
 * The OS picks a viewer by extension, so it gets a copy under the original
 * name, its extension forced to one of the allowed kinds: never a name the OS
 * would run. Each copy gets a new folder inside this run's private folder
 * (privateFolder.ts), and the file is created new (`wx`, O_EXCL): nothing
 * already there, such as a planted symlink, is ever written through.
 */
async function viewerCopy(folder: string, attachment: Attachment, kind: AttachmentKind, data: Buffer): Promise<string> {
  const base = attachment.name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').replace(/^\.+/, '').slice(0, 120) || 'bijlage';
  const name = kindOfName(base) === kind ? base : `${base}.${ATTACHMENT_EXTENSIONS[kind][0]}`;
  const dir = await makePrivateFolder(folder, `${attachment.sha256.slice(0, 16)}-`);
  const file = path.join(dir, name);
  await fs.writeFile(file, data, { mode: 0o600, flag: 'wx' });
  return file;
}

const kindOfMediaType = (mediaType: string) => ATTACHMENT_KINDS.find((kind) => ATTACHMENT_MEDIA_TYPES[kind] === mediaType);
