import { isUtf8 } from 'node:buffer';
import { BUNDLE_LIMITS } from './limits';
import { refuse } from './refusal';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses one JSON entry of a bundle and walks it once, before any schema
 * sees it: keys that could reach an object's prototype, over-long strings
 * and deep nesting are refused with their own codes.
 */
export function parseBundleJson(data: Buffer, name: string): unknown {
  if (!isUtf8(data)) return refuse('invalid_json', `${name} is not UTF-8 text`);
  let value: unknown;
  try {
    value = JSON.parse(data.toString('utf8'));
  } catch {
    return refuse('invalid_json', name);
  }
  inspect(value, 0, name);
  return value;
}

function inspect(value: unknown, depth: number, name: string): void {
  if (typeof value === 'string') {
    if (value.length > BUNDLE_LIMITS.stringChars) refuse('string_too_long', name);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (depth >= BUNDLE_LIMITS.depth) refuse('too_deep', name);
  if (Array.isArray(value)) {
    for (const item of value) inspect(item, depth + 1, name);
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) refuse('forbidden_key', `${name}: ${key}`);
    if (key.length > BUNDLE_LIMITS.stringChars) refuse('string_too_long', name);
    inspect((value as Record<string, unknown>)[key], depth + 1, name);
  }
}
