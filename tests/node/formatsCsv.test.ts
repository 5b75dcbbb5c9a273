import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Attendee } from '../../shared/domain';
import { exportAttendeesCsv, importAttendeesCsv, importMembersCsv, type Parsed } from '../../main/core/formats';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/formats', name));
const utf8 = (text: string) => new TextEncoder().encode(text);

function value<T>(result: Parsed<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('HR members import from Dutch Excel', () => {
  const expectedMembers = [
    { line: 2, name: 'Mehmet Ünal', email: 'm.unal@rijnland.example.nl', institution: 'ROC Rijnland', team: 'Techniek', expertise: ['formatief handelen', 'feedback', 'digitalisering'] },
    { line: 3, name: "Hélène 't Hart", email: 'h.thart@davinci.example.nl', institution: 'Coöperatie Da Vinci College', team: 'Zorg en Welzijn "Plus"', expertise: ['klassenmanagement', 'differentiatie'] },
    { line: 4, name: 'Jan van der Berg', email: 'jan.vanderberg@example.nl', institution: 'ROC Rijnland', team: 'Economie', expertise: ['onderzoek', 'PLG', 'coaching'] },
    { line: 12, name: 'Fatima El Amrani', email: 'f.elamrani@example.nl', institution: 'Coöperatie Da Vinci College', team: 'Onderwijs & Innovatie — team 2', expertise: ['coaching'] },
  ];
  const expectedProblems = [
    { line: 7, reason: 'e-mail is not a valid e-mail address' },
    { line: 9, reason: 'institution is empty' },
    { line: 10, reason: 'e-mail M.Unal@rijnland.example.nl is already on line 2' },
    { line: 11, reason: 'has 7 cells but the header has 6' },
    { line: 13, reason: 'a quoted cell is not closed, so lines 13–14 could not be read' },
  ];

  for (const [file, encoding] of [
    ['hr-leden-utf8.csv', 'utf-8'],
    ['hr-leden-windows1252.csv', 'windows-1252'],
  ] as const) {
    it(`${encoding}: keeps good rows with diacritics intact and reports bad ones by the line they start on`, () => {
      const result = value(importMembersCsv(fixture(file)));
      expect(result.encoding).toBe(encoding);
      expect(result.members.map(({ line, fields }) => ({ line, name: fields.name, email: fields.email, institution: fields.institution, team: fields.team, expertise: fields.expertise }))).toEqual(expectedMembers);
      expect(result.problems).toEqual(expectedProblems);
      expect(result.ignoredColumns).toEqual(['Opmerking']);
      // Imported rows are complete profiles with the defaults of a new profile.
      expect(result.members[0]!.fields).toMatchObject({ visibility: 'netwerk', areas: [], bio: '', masterDegree: null });
    });
  }

  it('reads English headers with comma separators, and a sep= line from Excel', () => {
    const comma = value(importMembersCsv(utf8('name,email,institution,team,expertise\n"van der Berg, Jan",jan@example.nl,ROC Rijnland,Economie,"PLG, coaching"\n')));
    expect(comma.members[0]!.fields).toMatchObject({ name: 'van der Berg, Jan', institution: 'ROC Rijnland', expertise: ['PLG', 'coaching'] });
    const sep = value(importMembersCsv(utf8('sep=;\nNaam;Instelling\nA;ROC\nHélène \'t Hart;ROC\n')));
    expect(sep.members.map((m) => m.line)).toEqual([4]);
    expect(sep.problems).toEqual([{ line: 3, reason: 'name is too short (at least 2 characters)' }]);
  });

  it('refuses whole files that cannot be a member list, with one clear message', () => {
    const refusal = (bytes: Uint8Array) => {
      const result = importMembersCsv(bytes);
      return result.ok ? null : result.error;
    };
    expect(refusal(new Uint8Array())).toMatchObject({ code: 'empty' });
    expect(refusal(utf8('\uFEFF\r\n'))).toMatchObject({ code: 'empty' });
    expect(refusal(new Uint8Array(10 * 1024 * 1024 + 10).fill(0x41))).toMatchObject({ code: 'too_large' });
    expect(refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))).toMatchObject({ code: 'not_text', message: expect.stringContaining('.xlsx') });
    expect(refusal(utf8('Naam;E-mail\nJan;jan@example.nl\n'))).toMatchObject({ code: 'missing_columns', message: expect.stringContaining('instelling/institution') });
    expect(refusal(iconv.encode('Naam;Instelling\nJan;ROC\n', 'utf16le'))).toMatchObject({ code: 'not_text' });
    expect(refusal(utf8('"Naam;Instelling\nJan;ROC\n'))).toMatchObject({ code: 'missing_columns', message: expect.stringContaining('a quoted cell is not closed') });
  });
});

describe('attendee lists', () => {
  const attendee = (name: string, email: string, status: Attendee['status'], registeredAt: string, n: number): Attendee => ({
    id: `0190f1a2-3333-7000-8000-00000000000${n}`,
    memberId: null,
    name,
    email,
    status,
    registeredAt,
  });
  const attendees = [
    attendee('Mehmet Ünal', 'm.unal@example.nl', 'aangemeld', '2026-03-14T14:30:00.000Z', 1),
    attendee("Hélène 't Hart", 'h.thart@example.nl', 'aanwezig', '2026-07-01T08:05:00.000Z', 2),
    attendee('Coöperatie; gast "extern"', '', 'wachtlijst', '2026-03-15T10:00:00.000Z', 3),
    attendee('=HYPERLINK("https://evil.example")', 'x@example.nl', 'afgemeld', '2026-03-15T10:00:00.000Z', 4),
  ];

  it('exports what Excel opens: UTF-8 with BOM, semicolons, CRLF, quoted where needed, no formulas', () => {
    const bytes = exportAttendeesCsv({ attendees });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    expect(text.split('\r\n')).toEqual([
      'Naam;E-mail;Status;Aangemeld op',
      'Mehmet Ünal;m.unal@example.nl;aangemeld;2026-03-14 15:30',
      "Hélène 't Hart;h.thart@example.nl;aanwezig;2026-07-01 10:05",
      '"Coöperatie; gast ""extern""";;wachtlijst;2026-03-15 11:00',
      `"'=HYPERLINK(""https://evil.example"")";x@example.nl;afgemeld;2026-03-15 11:00`,
      '',
    ]);
  });

  it('imports its own export back unchanged', () => {
    const result = value(importAttendeesCsv(exportAttendeesCsv({ attendees })));
    expect(result.problems).toEqual([]);
    expect(result.attendees.map((a) => a.fields)).toEqual(attendees.map(({ name, email, status }) => ({ name, email, status })));
    expect(result.attendees.map((a) => a.line)).toEqual([2, 3, 4, 5]);
  });

  it('imports a Windows-1252 list with English statuses and reports unknown statuses by line', () => {
    const sheet = 'Name;Email;Status\r\nHélène \'t Hart;h@example.nl;Attended\r\n"Jan\r\nvan der Berg";j@example.nl;misschien\r\nÜnal;u@example.nl;\r\nCoöperatie;c@example.nl;Waiting list\r\n';
    const result = value(importAttendeesCsv(iconv.encode(sheet, 'win1252')));
    expect(result.encoding).toBe('windows-1252');
    expect(result.attendees).toEqual([
      { line: 2, fields: { name: "Hélène 't Hart", email: 'h@example.nl', status: 'aanwezig' } },
      { line: 5, fields: { name: 'Ünal', email: 'u@example.nl', status: 'aangemeld' } },
      { line: 6, fields: { name: 'Coöperatie', email: 'c@example.nl', status: 'wachtlijst' } },
    ]);
    expect(result.problems).toEqual([{ line: 3, reason: 'status "misschien" is not one of aangemeld, wachtlijst, aanwezig, afgemeld' }]);
  });
});
