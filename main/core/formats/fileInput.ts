import iconv from 'iconv-lite';
import type { z } from 'zod';

/**
 * What every importer of a standard format shares: the size limit, text
 * decoding, the whole-file problem type, and readable reasons for a bad row
 * or entry. A file problem stops the import; a row problem skips one row.
 */

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type FileProblemCode = 'empty' | 'too_large' | 'not_text' | 'unknown_format' | 'invalid_json' | 'no_entries' | 'missing_columns';

export interface FileProblem {
  code: FileProblemCode;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: FileProblem };

export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const problem = (code: FileProblemCode, message: string): Parsed<never> => ({ ok: false, error: { code, message } });

export type TextEncodingName = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Decodes an imported text file. Valid UTF-8 (with or without BOM) is read as
 * UTF-8; anything else is what Dutch Excel and older reference managers write,
 * Windows-1252. Binary files (a zip such as .xlsx, UTF-16, images) are refused
 * because decoding them would only produce noise.
 */
export function decodeText(bytes: Uint8Array, what: string): Parsed<DecodedText> {
  if (bytes.length === 0) return problem('empty', `The ${what} file is empty.`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    return problem('too_large', `The ${what} file is ${megabytes(bytes.length)} MB; at most ${megabytes(MAX_IMPORT_BYTES)} MB can be imported.`);
  }
  if (startsWith(bytes, ZIP_MAGIC)) {
    return problem('not_text', `This is a zip archive (such as an Excel .xlsx workbook), not a ${what} text file.`);
  }
  if (bytes.includes(0)) return problem('not_text', `This is not a ${what} text file: it contains binary data (or is saved as UTF-16).`);
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  let result: DecodedText;
  try {
    result = { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    result = { text: iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'windows-1252'), encoding: 'windows-1252' };
  }
  if (result.text.trim() === '') return problem('empty', `The ${what} file is empty.`);
  return parsed(result);
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Why a value parsed from JSON must not be used, or null. Keys that reach
 * object prototypes are refused outright even though zod would strip them,
 * so no later spread or merge of the raw value can be tricked.
 */
export function unsafeJsonReason(value: unknown, maxDepth = 16): string | null {
  const visit = (node: unknown, depth: number): string | null => {
    if (node === null || typeof node !== 'object') return null;
    if (depth > maxDepth) return `nested deeper than ${maxDepth} levels`;
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return `contains the forbidden key "${key}"`;
      const reason = visit((node as Record<string, unknown>)[key], depth + 1);
      if (reason) return reason;
    }
    return null;
  };
  return visit(value, 0);
}

/** One readable English sentence for the first problems zod found, naming the fields with the caller's labels. */
export function describeIssues(error: z.ZodError, labels: Record<string, string> = {}): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const key = String(issue.path[0] ?? '');
      const field = labels[key] ?? (issue.path.join('.') || 'value');
      return `${field} ${issueText(issue)}`;
    })
    .join('; ');
}

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is empty' : `is too short (at least ${issue.minimum} characters)`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `has too many items (at most ${issue.maximum})`;
      if (issue.origin === 'string') return `is too long (at most ${issue.maximum} characters)`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'email' ? 'is not a valid e-mail address' : `is not a valid ${issue.format}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.join(', ')}`;
    case 'custom':
      return issue.message === 'single_line' ? 'must be a single line' : issue.message;
    default:
      return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  }
}
