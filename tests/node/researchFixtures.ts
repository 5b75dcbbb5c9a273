import yazl from 'yazl';
import type { Handlers } from '../../shared/contract';
import type { MemberFieldsInput } from '../../shared/domain';
import { profile } from './helpers/recordFields';
import type { AppContext } from '../../main/core/app';
import { dispatch } from '../../main/core/dispatch';
import { createHandlers } from '../../main/core/handlers';
import type { Platform } from '../../main/core/platform';
import type { AppError } from '../../shared/result';

/** Shared by the research and question tests: calls through the real dispatcher, real files. */

export { profile, researchFields } from './helpers/recordFields';

export async function call<C extends keyof Handlers>(app: AppContext, channel: C, input?: unknown, platform?: Platform) {
  const result = await dispatch(createHandlers(app, platform), channel, input);
  if (!result.ok) throw Object.assign(new Error(`${result.error.code}: ${result.error.message}`), { appError: result.error });
  return result.value as Awaited<ReturnType<Handlers[C]>>;
}

/** The coded error of a call that must fail. */
export async function failure(app: AppContext, channel: keyof Handlers, input?: unknown): Promise<AppError> {
  const result = await dispatch(createHandlers(app), channel, input);
  if (result.ok) throw new Error(`${channel} succeeded but should have failed`);
  return result.error;
}

export async function addMember(app: AppContext, name: string, overrides: Partial<MemberFieldsInput> = {}) {
  return call(app, 'members:save', { fields: profile(name, overrides) });
}

export const pdfBytes = (size = 64) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(Math.max(0, size - 9), 0x20)]);
export const pngBytes = () => Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4e40000000049454e44ae426082', 'hex');

/** A minimal Office Open XML archive with the parts that tell Word from PowerPoint. */
export async function officeBytes(main: 'word/document.xml' | 'ppt/presentation.xml', extra: string[] = []): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from('<?xml version="1.0"?><Types/>'), '[Content_Types].xml');
  zip.addBuffer(Buffer.from('<?xml version="1.0"?><document/>'), main);
  for (const name of extra) zip.addBuffer(Buffer.from('x'), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export const base64 = (data: Buffer) => data.toString('base64');
