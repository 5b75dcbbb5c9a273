import yauzl from 'yauzl';
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_KINDS, type AttachmentKind } from '../../shared/contract';

/**
 * What a file really is, from its first bytes, so a renamed program or web
 * page is never stored as a "PDF". Office files are zip archives: they are
 * told apart by the part every Word or PowerPoint file has, and refused when
 * they carry macros (a .docx/.pptx never does; a renamed .docm/.pptm would).
 */

const startsWith = (bytes: Buffer, prefix: string | number[], at = 0) => {
  const expected = typeof prefix === 'string' ? Buffer.from(prefix, 'latin1') : Buffer.from(prefix);
  return bytes.length >= at + expected.length && bytes.subarray(at, at + expected.length).equals(expected);
};

const OFFICE_PART: Partial<Record<AttachmentKind, string>> = { docx: 'word/document.xml', pptx: 'ppt/presentation.xml' };

/** The allowed kind named by a file's extension, or null. */
export function kindOfName(name: string): AttachmentKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (!ext) return null;
  return ATTACHMENT_KINDS.find((kind) => ATTACHMENT_EXTENSIONS[kind].includes(ext)) ?? null;
}

/** True when the bytes are what the kind says. */
export async function contentIs(kind: AttachmentKind, bytes: Buffer): Promise<boolean> {
  switch (kind) {
    case 'pdf':
      return startsWith(bytes, '%PDF-');
    case 'png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case 'gif':
      return startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a');
    case 'webp':
      return startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8);
    case 'docx':
    case 'pptx': {
      if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return false;
      const names = await zipEntryNames(bytes);
      return names !== null && names.has('[Content_Types].xml') && names.has(OFFICE_PART[kind]!) && ![...names].some((n) => /vbaProject\.bin$/i.test(n));
    }
  }
}

/** The entry names from a zip's central directory (nothing is inflated), or null when it is not a readable zip. */
async function zipEntryNames(bytes: Buffer): Promise<Set<string> | null> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    return null;
  }
  return new Promise((resolve) => {
    const names = new Set<string>();
    zip.on('entry', (entry: yauzl.Entry) => {
      names.add(entry.fileName);
      zip.readEntry();
    });
    zip.once('end', () => resolve(names));
    zip.once('error', () => resolve(null));
    zip.readEntry();
  });
}
