import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ServiceError } from '../dispatch';
import { BUNDLE_LIMITS, describeOverLimit, SizeTally } from './limits';
import { BundleRefusal, refuse } from './refusal';

/**
 * A zip archive opened for reading with every structural check done on the
 * central directory first, before a single entry is inflated: entry count,
 * names (zip-slip, duplicates), symlinks, encryption, compression method,
 * declared sizes and compression ratio. yauzl then refuses to inflate an
 * entry past the size it declared, so the declared limits are real limits.
 */
export class ZipReader {
  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
  ) {}

  static async open(file: string): Promise<ZipReader> {
    const stat = await fs.stat(file).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' ? new ServiceError('not_found', `No file at ${file}`) : error;
    });
    if (!stat.isFile()) refuse('not_zip', 'not a file');
    if (stat.size > BUNDLE_LIMITS.fileBytes) refuse('file_too_large');
    let zip: ZipFile;
    try {
      zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
    } catch (error) {
      const message = (error as Error).message;
      throw new BundleRefusal(/central directory record signature not found/i.test(message) ? 'not_zip' : 'corrupt_zip', message);
    }
    try {
      if (zip.entryCount > BUNDLE_LIMITS.entries) refuse('too_many_entries', `${zip.entryCount} entries`);
      return new ZipReader(zip, await checkEntries(zip));
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  size(name: string): number {
    return this.entries.get(name)?.uncompressedSize ?? 0;
  }

  /** The inflated bytes of one entry and their SHA-256. */
  async read(name: string): Promise<{ data: Buffer; sha256: string }> {
    const entry = this.entries.get(name);
    if (!entry) return refuse('missing_entry', name);
    const chunks: Buffer[] = [];
    const hash = createHash('sha256');
    try {
      const stream = await this.zip.openReadStreamPromise(entry);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        chunks.push(chunk);
        hash.update(chunk);
      }
    } catch (error) {
      const message = (error as Error).message;
      throw new BundleRefusal(/too many bytes/.test(message) ? 'entry_too_large' : 'corrupt_zip', `${name}: ${message}`);
    }
    return { data: Buffer.concat(chunks), sha256: hash.digest('hex') };
  }

  close(): void {
    this.zip.close();
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

async function checkEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  const seen = new Set<string>();
  const tally = new SizeTally();
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entryName(entry);
      const key = name.normalize('NFC').toLowerCase();
      // Case and Unicode form are ignored: two such names are one file on macOS and Windows.
      if (seen.has(key)) refuse('duplicate_entry', name);
      seen.add(key);
      const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
      if (mode === S_IFLNK) refuse('symlink', name);
      if (name.endsWith('/')) refuse('unexpected_entry', `directory ${name}`);
      if (entry.isEncrypted()) refuse('encrypted_entry', name);
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) refuse('unsupported_compression', name);
      const over = tally.add(name, entry.uncompressedSize).overLimit();
      if (over) refuse(over.code, over.limit === 'entryBytes' ? name : describeOverLimit(over));
      if (entry.uncompressedSize > BUNDLE_LIMITS.ratio * Math.max(entry.compressedSize, 1)) refuse('compression_ratio', name);
      entries.set(name, entry);
    }
  } catch (error) {
    if (error instanceof BundleRefusal) throw error;
    throw new BundleRefusal('corrupt_zip', (error as Error).message);
  }
  return entries;
}

/** The entry's name as UTF-8, refused when it could land outside the folder it is unpacked into. */
function entryName(entry: Entry): string {
  let name: string;
  try {
    name = utf8.decode(entry.fileNameRaw);
  } catch {
    return refuse('bad_entry_name');
  }
  // eslint-disable-next-line no-control-regex
  if (name === '' || /[\u0000-\u001f\u007f]/.test(name)) refuse('bad_entry_name', JSON.stringify(name));
  const segments = name.split('/');
  if (
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[a-zA-Z]:/.test(name) ||
    segments.some((s, i) => s === '..' || s === '.' || (s === '' && i < segments.length - 1))
  ) {
    refuse('zip_slip', name);
  }
  return name;
}
