import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import dutch from '../../../shared/search/dutch.json';
import { ROLE_WEIGHT, SOURCE_NAMES, sourceOf } from '../../../shared/search/sources';
import synonyms from '../../../shared/search/synonyms.json';
import { fsyncDirectory } from '../store/atomicJsonFile';
import { APP_VERSION } from '../version';
import { IMPACT_SCALE } from './postings';
import type { IndexState } from './searchIndex';

/**
 * The search index on disk, so a start (or a CLI search) need not analyse
 * every record again. It is a cache: derived from the store, kept in
 * `cache/` of the data directory (never exported, never part of a backup),
 * and trusted only when everything checks out:
 *
 * - the file is whole: a SHA-256 over all of it is its last 32 bytes;
 * - it was made by this format and this analysis (`INDEX_SIGNATURE`: the
 *   sources table, their fields, weights and filters, the Dutch word lists
 *   and synonyms, the app version), so a new record type or a changed
 *   analyser never reads an old index;
 * - it matches the store: the store's commit sequence number, and every
 *   indexed record still in the store with the same revision (checked when
 *   restoring, in SearchIndex.fromState), and no live record left out.
 *
 * Anything else is a reason, and the caller rebuilds from the store.
 *
 * Layout: magic, header length (u32), header JSON (strings: terms in sorted order, ids,
 * revisions, field lengths), padding to 4 bytes, Int32 sections, Uint16
 * sections, SHA-256.
 */

/** 2: term ids follow the sorted order of the words (no separate sorted list). */
export const INDEX_FORMAT = 2;
/** Bump when analysis or scoring changes in a way the signature below cannot see (code, not tables). */
const ANALYZER_VERSION = 1;
const MAGIC = Buffer.from('MNWSRCH\n', 'latin1');
const HASH_BYTES = 32;

export const INDEX_SIGNATURE = createHash('sha256')
  .update(
    JSON.stringify({
      analyzer: ANALYZER_VERSION,
      app: APP_VERSION,
      impactScale: IMPACT_SCALE,
      roles: ROLE_WEIGHT,
      sources: SOURCE_NAMES.map((name) => {
        const source = sourceOf(name);
        return { name, fields: source.fields.map((f) => [f.name, f.role, f.boost ?? 1]), filters: Object.keys(source.filters).sort() };
      }),
      dutch,
      synonyms,
    }),
  )
  .digest('hex');

/** Where the index lives in a data directory. */
export const indexFile = (dataDir: string) => path.join(dataDir, 'cache', 'search-index.bin');

const Header = z.object({
  format: z.literal(INDEX_FORMAT),
  signature: z.string(),
  endian: z.enum(['LE', 'BE']),
  storeSeq: z.number().int().nonnegative(),
  counts: z.object({
    terms: z.number().int().nonnegative(),
    postings: z.number().int().nonnegative(),
    docs: z.number().int().nonnegative(),
    docTerms: z.number().int().nonnegative(),
  }),
  terms: z.array(z.string()),
  ids: z.array(z.string()),
  revs: z.array(z.string()),
  letters: z.string(),
  lengths: z.record(z.string(), z.array(z.object({ sum: z.number(), count: z.number() }))),
});
type Header = z.infer<typeof Header>;

export interface PersistedIndex {
  storeSeq: number;
  state: IndexState;
}

/** The index as one buffer, checksummed. */
export function encodeIndex(state: IndexState, storeSeq: number): Buffer {
  const postingTotal = state.postings.docs.length;
  const docTermTotal = state.docs.reduce((n, d) => n + d.terms.length, 0);
  const header: Header = {
    format: INDEX_FORMAT,
    signature: INDEX_SIGNATURE,
    endian: os.endianness(),
    storeSeq,
    counts: { terms: state.terms.length, postings: postingTotal, docs: state.docs.length, docTerms: docTermTotal },
    terms: [...state.terms],
    ids: state.docs.map((d) => d.id),
    revs: state.docs.map((d) => d.rev),
    letters: state.letters,
    lengths: state.lengths,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const start = align4(MAGIC.length + 4 + headerBytes.length);
  const { terms, docs } = header.counts;
  const int32s = terms + postingTotal + 2 * docs + docTermTotal;
  const size = start + 4 * int32s + 2 * (postingTotal + docTermTotal) + HASH_BYTES;
  const out = Buffer.alloc(size);
  MAGIC.copy(out, 0);
  out.writeUInt32LE(headerBytes.length, MAGIC.length);
  headerBytes.copy(out, MAGIC.length + 4);

  const i32 = new Int32Array(out.buffer, out.byteOffset + start, int32s);
  let at = 0;
  i32.set(state.postings.sizes, at);
  at += terms;
  i32.set(state.postings.docs, at);
  at += postingTotal;
  for (const d of state.docs) i32[at++] = d.type;
  for (const d of state.docs) i32[at++] = d.terms.length;
  for (const d of state.docs) {
    i32.set(d.terms, at);
    at += d.terms.length;
  }
  const u16 = new Uint16Array(out.buffer, out.byteOffset + start + 4 * int32s, postingTotal + docTermTotal);
  at = 0;
  u16.set(state.postings.imps, at);
  at += postingTotal;
  for (const d of state.docs) {
    u16.set(d.imps, at);
    at += d.imps.length;
  }
  createHash('sha256')
    .update(out.subarray(0, size - HASH_BYTES))
    .digest()
    .copy(out, size - HASH_BYTES);
  return out;
}

/** The index in `bytes`, or the reason it cannot be used. Never throws. */
export function decodeIndex(bytes: Buffer): PersistedIndex | { problem: string } {
  if (bytes.length < MAGIC.length + 4 + HASH_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { problem: 'not a search index file' };
  const body = bytes.subarray(0, bytes.length - HASH_BYTES);
  if (!createHash('sha256').update(body).digest().equals(bytes.subarray(bytes.length - HASH_BYTES))) return { problem: 'checksum mismatch (truncated or damaged)' };
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  let header: Header;
  try {
    const parsed = Header.safeParse(JSON.parse(bytes.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)));
    if (!parsed.success) return { problem: 'unknown format' };
    header = parsed.data;
  } catch {
    return { problem: 'unreadable header' };
  }
  if (header.signature !== INDEX_SIGNATURE) return { problem: 'made by another version of the search analyser' };
  if (header.endian !== os.endianness()) return { problem: 'made on a machine of other byte order' };
  const { terms, postings, docs, docTerms } = header.counts;
  if (header.terms.length !== terms || header.ids.length !== docs || header.revs.length !== docs) return { problem: 'inconsistent counts' };
  const start = align4(MAGIC.length + 4 + headerLength);
  const int32s = terms + postings + 2 * docs + docTerms;
  if (start + 4 * int32s + 2 * (postings + docTerms) !== body.length) return { problem: 'inconsistent size' };
  // A Buffer from readFile may start anywhere in its memory; typed views need alignment.
  const aligned = (body.byteOffset + start) % 4 === 0 ? body : Buffer.from(body);
  const i32 = new Int32Array(aligned.buffer, aligned.byteOffset + start, int32s);
  const u16 = new Uint16Array(aligned.buffer, aligned.byteOffset + start + 4 * int32s, postings + docTerms);

  const sizes = i32.subarray(0, terms);
  const postDocs = i32.subarray(terms, terms + postings);
  const types = i32.subarray(terms + postings, terms + postings + docs);
  const termCounts = i32.subarray(terms + postings + docs, terms + postings + 2 * docs);
  const allDocTerms = i32.subarray(terms + postings + 2 * docs);
  if (!inRange(sizes, postings + 1) || !inRange(termCounts, docTerms + 1) || sum(sizes) !== postings || sum(termCounts) !== docTerms) return { problem: 'inconsistent counts' };
  if (!inRange(postDocs, docs) || !inRange(allDocTerms, terms)) return { problem: 'reference out of range' };

  const state: IndexState = { terms: header.terms, postings: { sizes, docs: postDocs, imps: u16.subarray(0, postings) }, docs: [], letters: header.letters, lengths: header.lengths };
  let termAt = 0;
  for (let d = 0; d < docs; d++) {
    const n = termCounts[d]!;
    state.docs.push({ id: header.ids[d]!, rev: header.revs[d]!, type: types[d]!, terms: allDocTerms.subarray(termAt, termAt + n), imps: u16.subarray(postings + termAt, postings + termAt + n) });
    termAt += n;
  }
  return { storeSeq: header.storeSeq, state };
}

/** The persisted index of a data directory, or the reason there is none to use. */
export async function readIndexFile(dataDir: string): Promise<PersistedIndex | { problem: string }> {
  try {
    return decodeIndex(await fs.readFile(indexFile(dataDir)));
  } catch (error) {
    return { problem: missingOr(error) };
  }
}

export function readIndexFileSync(dataDir: string): PersistedIndex | { problem: string } {
  try {
    return decodeIndex(readFileSync(indexFile(dataDir)));
  } catch (error) {
    return { problem: missingOr(error) };
  }
}

/** Writes crash-safely: a temporary file, fsynced, renamed over the old one. No backups: it is a cache. */
export async function writeIndexFile(dataDir: string, bytes: Buffer): Promise<void> {
  const file = indexFile(dataDir);
  // Not recursive: a cache is never the reason a data directory comes to exist.
  await fs.mkdir(path.dirname(file)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  await writeFileAtomic(file, bytes, { fsync: true });
  await fsyncDirectory(path.dirname(file));
}

const missingOr = (error: unknown) => ((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no index file' : `unreadable: ${(error as Error).message}`);

const align4 = (n: number) => (n + 3) & ~3;

function sum(values: Int32Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}

function inRange(values: Int32Array, size: number): boolean {
  for (let i = 0; i < values.length; i++) if (values[i]! < 0 || values[i]! >= size) return false;
  return true;
}
