import { emptyMemberFields, MemberFields } from '../../../../shared/domain';
import { describeIssues, parsed, type Parsed, type TextEncodingName } from '../fileInput';
import { PERSON_COLUMNS, readCsvTable, type RowProblem } from './table';

/**
 * Members from an HR spreadsheet: one row per colleague with name, e-mail,
 * institution, team and expertise. Fields the sheet has no column for get
 * the defaults of a new profile. Matching rows to existing profiles (by
 * e-mail) is left to the caller, which knows the data directory.
 */

const MEMBER_COLUMNS = {
  aliases: {
    ...PERSON_COLUMNS,
    institution: ['instelling', 'institution', 'school', 'organisatie', 'organisation', 'organization'],
    team: ['team', 'opleiding', 'opleidingsteam', 'programme', 'program'],
    expertise: ['expertise', 'expertises', 'deskundigheid'],
  },
  required: ['name', 'institution'],
} as const;

const LABELS = { name: 'name', email: 'e-mail', institution: 'institution', team: 'team', expertise: 'expertise' };

export interface MemberRow {
  line: number;
  fields: MemberFields;
}

export interface MembersImport {
  members: MemberRow[];
  problems: RowProblem[];
  encoding: TextEncodingName;
  ignoredColumns: string[];
}

/** Expertise cells list several tags separated by `,`, `;`, `|` or line breaks (Alt+Enter in Excel). */
export const splitList = (cell: string) =>
  cell
    .split(/[,;|\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

export function importMembersCsv(bytes: Uint8Array): Parsed<MembersImport> {
  const table = readCsvTable(bytes, MEMBER_COLUMNS);
  if (!table.ok) return table;
  const { rows, problems, encoding, ignoredColumns } = table.value;
  const members: MemberRow[] = [];
  const lineOfEmail = new Map<string, number>();
  for (const { line, cells } of rows) {
    const result = MemberFields.safeParse({
      ...emptyMemberFields(),
      name: cells.name,
      email: cells.email,
      institution: cells.institution,
      team: cells.team,
      expertise: splitList(cells.expertise),
    });
    if (!result.success) {
      problems.push({ line, reason: describeIssues(result.error, LABELS) });
      continue;
    }
    const email = result.data.email.toLowerCase();
    const earlier = email ? lineOfEmail.get(email) : undefined;
    if (earlier !== undefined) {
      problems.push({ line, reason: `e-mail ${result.data.email} is already on line ${earlier}` });
      continue;
    }
    if (email) lineOfEmail.set(email, line);
    members.push({ line, fields: result.data });
  }
  problems.sort((a, b) => a.line - b.line);
  return parsed({ members, problems, encoding, ignoredColumns });
}
