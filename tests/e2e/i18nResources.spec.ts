import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

/**
 * Every Dutch text has its English counterpart and the other way round, with
 * the same placeholders: a missing key would show a raw key or Dutch in the
 * English UI. Plural forms (_one/_other) count as one key.
 */
const I18N = fileURLToPath(new URL('../../renderer/src/i18n', import.meta.url));

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out.set(name, child);
    else for (const [k, v] of flatten(child, name)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
const namespaces = (language: string) => readdirSync(path.join(I18N, language)).filter((f) => f.endsWith('.json')).sort();

test('Dutch and English have the same namespaces, keys and placeholders', () => {
  expect(namespaces('en')).toEqual(namespaces('nl'));
  for (const file of namespaces('nl')) {
    const nl = flatten(JSON.parse(readFileSync(path.join(I18N, 'nl', file), 'utf8')));
    const en = flatten(JSON.parse(readFileSync(path.join(I18N, 'en', file), 'utf8')));
    expect([...en.keys()].sort(), file).toEqual([...nl.keys()].sort());
    for (const [key, text] of nl) {
      expect(placeholders(en.get(key)!), `${file} ${key}`).toEqual(placeholders(text));
      expect(text.trim(), `${file} ${key} is empty`).not.toBe('');
    }
  }
});
