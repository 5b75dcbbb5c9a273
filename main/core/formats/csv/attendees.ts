import type { z } from 'zod';
import { ATTENDANCE, Attendee, type CafeSession } from '../../../../shared/domain';
import { formatWallTime, instantToAmsterdam } from '../amsterdamTime';
import { describeIssues, parsed, type Parsed, type TextEncodingName } from '../fileInput';
import { compactKey } from '../textKeys';
import { PERSON_COLUMNS, readCsvTable, type RowProblem } from './table';
import { writeCsv } from './write';

/**
 * A session's attendee list as a spreadsheet, and back. The export has Dutch
 * headers; the import also accepts English ones. Statuses may be written in
 * Dutch or English; an empty status means registered (aangemeld).
 */

const ATTENDEE_COLUMNS = {
  aliases: {
    ...PERSON_COLUMNS,
    status: ['status'],
  },
  required: ['name'],
} as const;

type Attendance = (typeof ATTENDANCE)[number];

const STATUS_WORDS = new Map(Object.entries<Attendance>({
  aangemeld: 'aangemeld',
  registered: 'aangemeld',
  wachtlijst: 'wachtlijst',
  waitinglist: 'wachtlijst',
  waitlist: 'wachtlijst',
  aanwezig: 'aanwezig',
  attended: 'aanwezig',
  present: 'aanwezig',
  afgemeld: 'afgemeld',
  cancelled: 'afgemeld',
  canceled: 'afgemeld',
}));

/** What a row says about one attendee; the caller links it to a member or adds a guest. */
export const AttendeeRowFields = Attendee.pick({ name: true, email: true, status: true });
export type AttendeeRowFields = z.infer<typeof AttendeeRowFields>;

export interface AttendeeRow {
  line: number;
  fields: AttendeeRowFields;
}

export interface AttendeesImport {
  attendees: AttendeeRow[];
  problems: RowProblem[];
  encoding: TextEncodingName;
  ignoredColumns: string[];
}

export const ATTENDEE_HEADER = ['Naam', 'E-mail', 'Status', 'Aangemeld op'] as const;

export function exportAttendeesCsv(session: Pick<CafeSession, 'attendees'>): Uint8Array {
  return writeCsv(
    ATTENDEE_HEADER,
    session.attendees.map((a) => [a.name, a.email, a.status, formatWallTime(instantToAmsterdam(new Date(a.registeredAt)))]),
  );
}

export function importAttendeesCsv(bytes: Uint8Array): Parsed<AttendeesImport> {
  const table = readCsvTable(bytes, ATTENDEE_COLUMNS);
  if (!table.ok) return table;
  const { rows, problems, encoding, ignoredColumns } = table.value;
  const attendees: AttendeeRow[] = [];
  for (const { line, cells } of rows) {
    const status = cells.status ? STATUS_WORDS.get(compactKey(cells.status)) : 'aangemeld';
    if (!status) {
      problems.push({ line, reason: `status "${cells.status}" is not one of ${ATTENDANCE.join(', ')}` });
      continue;
    }
    const result = AttendeeRowFields.safeParse({ name: cells.name, email: cells.email, status });
    if (result.success) attendees.push({ line, fields: result.data });
    else problems.push({ line, reason: describeIssues(result.error, { name: 'name', email: 'e-mail' }) });
  }
  problems.sort((a, b) => a.line - b.line);
  return parsed({ attendees, problems, encoding, ignoredColumns });
}
