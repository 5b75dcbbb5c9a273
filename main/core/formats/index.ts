/**
 * Standard file formats: pure converters between records and files that
 * other programs read (Zotero, Outlook, Excel). No I/O here; the CLI and the
 * IPC handlers read and write the files and save the records.
 */
export { exportCitations, importCitations, type CitationFormat, type CitationImport, type CitableResearch, type DraftOptions, type EntryProblem, type ImportedDraft, type NameLookup } from './citations';
export { sessionToIcs, sessionsToIcs, icsSequence, type IcsOptions } from './ics';
export { importMembersCsv, type MemberRow, type MembersImport } from './csv/members';
export { exportAttendeesCsv, importAttendeesCsv, type AttendeeRow, type AttendeeRowFields, type AttendeesImport } from './csv/attendees';
export type { RowProblem } from './csv/table';
export { MAX_IMPORT_BYTES, type FileProblem, type FileProblemCode, type Parsed } from './fileInput';
