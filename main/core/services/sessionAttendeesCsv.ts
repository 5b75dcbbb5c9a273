import { v7 as uuidv7 } from 'uuid';
import type { AttendeeRowPreview, AttendeesPreview, CsvRowProblem } from '../../../shared/contract';
import type { Attendee, CafeSession, Member } from '../../../shared/domain';
import type { AppContext } from '../app';
import { importAttendeesCsv, type AttendeeRow } from '../formats';
import { codedRowProblem } from './csvProblems';
import { admissionStatus, promoteWaiting, takesPlace } from './sessionAttendance';

/**
 * An attendee list from a spreadsheet, matched against the session's list:
 * a row is a colleague when a profile has its e-mail address, otherwise a
 * guest. Rows for people already on the list update their status; new
 * people asking for a place get one while there is room, else they wait.
 * The preview and the import run the very same plan.
 */

export interface AttendeePlan {
  preview: AttendeesPreview;
  /** The list as it will be saved; null when the file cannot be read. */
  attendees: Attendee[] | null;
}

const lower = (s: string) => s.trim().toLocaleLowerCase('nl');

export function planAttendeeImport(app: AppContext, session: CafeSession, bytes: Uint8Array): AttendeePlan {
  const parsed = importAttendeesCsv(bytes);
  if (!parsed.ok) return { preview: { ok: false, problem: parsed.error }, attendees: null };
  const { attendees: rows, encoding, ignoredColumns } = parsed.value;
  const problems: CsvRowProblem[] = parsed.value.problems.map(codedRowProblem);

  const byEmail = new Map<string, Member>();
  for (const member of app.repos.members.list()) if (member.email) byEmail.set(lower(member.email), member);

  let list = [...session.attendees];
  const lineOf = new Map<string, number>();
  const previews: AttendeeRowPreview[] = [];
  const now = app.records.now().toISOString();

  for (const row of rows) {
    const member = row.fields.email ? byEmail.get(lower(row.fields.email)) : undefined;
    const existing = findExisting(list, row, member);
    if (existing && lineOf.has(existing.id)) {
      problems.push({ line: row.line, code: 'duplicate_email', field: 'email', detail: String(lineOf.get(existing.id)), reason: 'same person as an earlier row' });
      continue;
    }
    let attendee: Attendee;
    let change: AttendeeRowPreview['change'];
    if (existing) {
      const status = wantedStatus(row.fields.status, existing.status, list.filter((a) => a.id !== existing.id), session.capacity);
      attendee = { ...existing, status };
      change = status === existing.status ? 'unchanged' : 'updated';
      list = list.map((a) => (a.id === existing.id ? attendee : a));
    } else {
      attendee = {
        id: uuidv7(),
        memberId: member?.id ?? null,
        name: member?.name ?? row.fields.name,
        email: member?.email ?? row.fields.email,
        status: wantedStatus(row.fields.status, null, list, session.capacity),
        registeredAt: now,
      };
      change = 'new';
      list.push(attendee);
    }
    lineOf.set(attendee.id, row.line);
    // A place a row frees goes to whoever waits longest, before any later row asks for one.
    list = promoteWaiting(list, session.capacity).attendees;
    previews.push({ line: row.line, name: attendee.name, email: attendee.email, status: row.fields.status, result: attendee.status, memberId: attendee.memberId, change });
  }

  // Where each row ends up once later rows have freed places.
  for (const preview of previews) {
    const after = list.find((a) => lineOf.get(a.id) === preview.line);
    if (after) preview.result = after.status;
  }
  problems.sort((a, b) => a.line - b.line);
  return { preview: { ok: true, rows: previews, problems, encoding, ignoredColumns }, attendees: list };
}

function findExisting(list: readonly Attendee[], row: AttendeeRow, member: Member | undefined): Attendee | undefined {
  if (member) {
    const byMember = list.find((a) => a.memberId === member.id);
    if (byMember) return byMember;
  }
  const email = lower(row.fields.email);
  if (email) return list.find((a) => lower(a.email) === email);
  const name = lower(row.fields.name);
  return list.find((a) => a.memberId === null && !a.email && lower(a.name) === name);
}

/** A place asked for in the file is given only while there is room; being present or cancelled is taken as written. */
function wantedStatus(wanted: Attendee['status'], current: Attendee['status'] | null, others: readonly Attendee[], capacity: number | null): Attendee['status'] {
  if (wanted !== 'aangemeld' && wanted !== 'wachtlijst') return wanted;
  if (current !== null && takesPlace(current)) return current === 'aanwezig' && wanted === 'aangemeld' ? 'aanwezig' : 'aangemeld';
  if (current === 'wachtlijst' && wanted === 'wachtlijst') return 'wachtlijst';
  return admissionStatus(others, capacity);
}

export function countChanges(preview: AttendeesPreview) {
  if (!preview.ok) return { added: 0, updated: 0, unchanged: 0, skipped: 0 };
  const count = (change: AttendeeRowPreview['change']) => preview.rows.filter((r) => r.change === change).length;
  return { added: count('new'), updated: count('updated'), unchanged: count('unchanged'), skipped: preview.problems.length };
}
