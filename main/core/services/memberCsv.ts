import type { CsvImportResult, MembersPreview } from '../../../shared/contract';
import type { AppContext } from '../app';
import { importMembersCsv } from '../formats';
import type { StoredRecord } from '../store/documentStore';
import { codedRowProblem } from './csvProblems';

/**
 * Colleagues from an HR spreadsheet. A row whose e-mail address already has
 * a profile is left alone: the profile is its owner's, and a spreadsheet
 * must not overwrite what they wrote. Everything else becomes a new profile,
 * all in one write or none.
 */

export function previewMembersCsv(app: AppContext, bytes: Uint8Array): MembersPreview {
  const parsed = importMembersCsv(bytes);
  if (!parsed.ok) return { ok: false, problem: parsed.error };
  const byEmail = new Map<string, string>();
  for (const member of app.repos.members.list()) if (member.email) byEmail.set(member.email.toLowerCase(), member.id);
  const { members, problems, encoding, ignoredColumns } = parsed.value;
  return {
    ok: true,
    rows: members.map(({ line, fields }) => ({ line, fields, existingId: (fields.email && byEmail.get(fields.email.toLowerCase())) || null })),
    problems: problems.map(codedRowProblem),
    encoding,
    ignoredColumns,
  };
}

export async function importMembersFromCsv(
  app: AppContext,
  bytes: Uint8Array,
  options: { dryRun?: boolean } = {},
): Promise<{ preview: MembersPreview; result: CsvImportResult | null; ids: string[] }> {
  const preview = previewMembersCsv(app, bytes);
  if (!preview.ok) return { preview, result: null, ids: [] };
  const fresh = preview.rows.filter((r) => r.existingId === null);
  const records = options.dryRun ? [] : fresh.map((r) => app.repos.members.build(r.fields));
  if (records.length > 0) {
    await app.store.commit(records.map((record) => ({ kind: 'put', collection: 'members', record: record as unknown as StoredRecord })));
  }
  const result = { added: fresh.length, updated: 0, unchanged: preview.rows.length - fresh.length, skipped: preview.problems.length };
  return { preview, result, ids: records.map((r) => r.id) };
}
