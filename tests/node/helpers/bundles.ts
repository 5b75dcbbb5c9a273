import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { canonicalJson } from '../../../shared/canonicalJson';
import { COLLECTION_NAMES, emptyMemberFields, MemberFields, type MemberFieldsInput } from '../../../shared/domain';
import type { AppContext } from '../../../main/core/app';
import { exportBundle, importBundle, type ImportOptions } from '../../../main/core/bundle';

/** Every file under `dir` (but the search index cache) with the SHA-256 of its bytes: equal maps mean a byte-identical directory. */
export async function hashDir(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, full);
    // The search index cache is derived from the records and written in the background: not data (docs/architecture.md).
    if (rel === 'cache' || rel.startsWith(`cache${path.sep}`)) continue;
    out[rel] = entry.isFile() ? createHash('sha256').update(await fs.readFile(full)).digest('hex') : 'dir';
  }
  return out;
}

/** The shared records of an install (tombstones included), in a form two installs can compare. */
export function sharedState(app: AppContext): string {
  return canonicalJson(
    Object.fromEntries(COLLECTION_NAMES.map((c) => [c, [...app.repos[c].listAll()].sort((a, b) => a.id.localeCompare(b.id))])),
  );
}

let counter = 0;
/** Exports everything from one install and imports it into another; returns the import summary. */
export async function exchange(from: AppContext, to: AppContext, dir: string, options: ImportOptions = {}) {
  const file = path.join(dir, `bundle-${++counter}.mnw`);
  await exportBundle(from, { kind: 'all' }, file);
  return { file, summary: await importBundle(to, file, { acceptKey: true, ...options }) };
}

export const memberFields = (overrides: Partial<MemberFieldsInput> = {}) =>
  MemberFields.parse({
    ...emptyMemberFields(),
    name: 'Hélène van der Berg',
    email: 'helene@rijnland.example.nl',
    institution: 'ROC Rijnland',
    team: 'Zorg en Welzijn',
    ...overrides,
  });
