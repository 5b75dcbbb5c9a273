import type { CsvImportResult, MembersPreview } from '../../../shared/contract';
import type { MemberFields } from '../../../shared/domain';
import type { AppContext } from '../app';
import { importMembersCsv } from '../formats';
import type { StoredRecord } from '../store/documentStore';
import { foldTerm } from '../../../shared/search/normalize';
import { codedRowProblem } from './csvProblems';

/**
 * Colleagues from an HR spreadsheet. A row whose e-mail address already has
 * a profile is left alone: the profile is its owner's, and a spreadsheet
 * must not overwrite what they wrote. A row without an e-mail address is
 * matched on name and institution instead (ignoring case and accents), so
 * importing the same sheet again adds nobody twice; each such row is
 * reported by its line. Everything else becomes a new profile, all in one
 * write or none.
 */

const personKey = (name: string, institution: string) => `${foldTerm(name.replace(/\s+/g, ' ').trim())}|${foldTerm(institution.replace(/\s+/g, ' ').trim())}`;

export function previewMembersCsv(app: AppContext, bytes: Uint8Array): MembersPreview {
  const parsed = importMembersCsv(bytes);
  if (!parsed.ok) return { ok: false, problem: parsed.error };
  const byEmail = new Map<string, string>();
  const byPerson = new Map<string, string>();
  for (const member of app.repos.members.list()) {
    if (member.email) byEmail.set(member.email.toLowerCase(), member.id);
    if (!byPerson.has(personKey(member.name, member.institution))) byPerson.set(personKey(member.name, member.institution), member.id);
  }
  const { members, problems, encoding, ignoredColumns } = parsed.value;
  const existingOf = (fields: MemberFields) => (fields.email ? byEmail.get(fields.email.toLowerCase()) : byPerson.get(personKey(fields.name, fields.institution))) ?? null;
  return {
    ok: true,
    rows: members.map(({ line, fields }) => ({ line, fields, existingId: existingOf(fields) })),
    problems: problems.map(codedRowProblem),
    encoding,
    ignoredColumns,
    warnings: members
      .filter(({ fields }) => !fields.email)
      .map(({ line }) => ({ line, code: 'no_email' as const, field: 'email', detail: null, reason: 'no e-mail address; matched on name and institution' })),
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
