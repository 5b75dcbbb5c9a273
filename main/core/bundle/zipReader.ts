import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
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
    return ZipReader.from(() => yauzl.openPromise(file, YAUZL_OPTIONS));
  }

  /**
   * An archive already read into memory, with the same checks: the
   * shared-folder sync reads a segment once, and hashes and checks the very
   * same bytes (no second read that a sync service could change meanwhile).
   */
  static async fromBytes(bytes: Buffer): Promise<ZipReader> {
    if (bytes.length > BUNDLE_LIMITS.fileBytes) refuse('file_too_large');
    return ZipReader.from(() => yauzl.fromBufferPromise(bytes, YAUZL_OPTIONS));
  }

  private static async from(opening: () => Promise<ZipFile>): Promise<ZipReader> {
    let zip: ZipFile;
    try {
      zip = await opening();
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
    const data = entry.compressionMethod === 8 && entry.uncompressedSize <= INFLATE_AT_ONCE ? inflateAtOnce(name, entry, await this.bytes(name, entry, false)) : await this.bytes(name, entry, true);
    return { data, sha256: createHash('sha256').update(data).digest('hex') };
  }

  /** An entry's bytes: inflated by yauzl's stream, which stops at the declared size, or (`inflate` false, a deflated entry) as stored. */
  private async bytes(name: string, entry: Entry, inflate: boolean): Promise<Buffer> {
    const chunks: Buffer[] = [];
    try {
      const stream = await this.zip.openReadStreamPromise(entry, inflate ? {} : { decompress: false });
      for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
    } catch (error) {
      throw sizeRefusal(name, error);
    }
    return Buffer.concat(chunks);
  }

  close(): void {
    this.zip.close();
  }
}

/**
 * Entries up to this size are inflated in one step on this thread: a bundle's
 * record entries are mostly small (a sync segment's are a few hundred bytes),
 * and the streaming inflater's round trips through the thread pool cost more
 * than inflating them. Larger entries stream, leaving the event loop free.
 */
const INFLATE_AT_ONCE = 1024 * 1024;

function sizeRefusal(name: string, error: unknown): BundleRefusal {
  const message = (error as Error).message;
  const tooLarge = /too many bytes/.test(message) || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
  return new BundleRefusal(tooLarge ? 'entry_too_large' : 'corrupt_zip', `${name}: ${message}`);
}

/** Inflates a deflated entry, holding it to its declared size as yauzl's stream does: more is refused before it is made. */
function inflateAtOnce(name: string, entry: Entry, raw: Buffer): Buffer {
  let data: Buffer;
  try {
    data = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    throw sizeRefusal(name, error);
  }
  if (data.length > entry.uncompressedSize) refuse('entry_too_large', `${name}: more than the ${entry.uncompressedSize} bytes declared`);
  if (data.length < entry.uncompressedSize) refuse('corrupt_zip', `${name}: ${data.length} of the ${entry.uncompressedSize} bytes declared`);
  return data;
}

const YAUZL_OPTIONS = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true } as const;
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
