import { z } from 'zod';
import { ATTENDANCE, Attendee, CafeSession, Email, MemberFields, ProgrammeItem, SessionAction, SessionFields, shortText } from '../domain';
import { Id } from '../ids';
import { byId, isSafeExternalUrl, none, type ContractPart } from './common';
import { PersonRef } from './research';

/** The lists of netwerkcafés. */
export const SESSION_VIEWS = ['upcoming', 'past', 'mine'] as const;
export const SessionView = z.enum(SESSION_VIEWS);
export type SessionView = z.infer<typeof SessionView>;

/** How "me" takes part in a session; the "mine" list can be narrowed to one. */
export const MY_ROLES = ['organiser', 'presenter', 'attendee'] as const;
export const MyRole = z.enum(MY_ROLES);
export type MyRole = z.infer<typeof MyRole>;

const isSafeHttpsUrl = (url: string) => url.startsWith('https://') && isSafeExternalUrl(url);

/** What the session form edits; programme, attendees and the report have their own calls. */
export const SessionDetails = SessionFields.extend({
  /** A link people can click: https only (a meeting in Teams, Zoom, Meet). */
  onlineLink: z.union([z.literal(''), z.string().trim().max(2_000).refine(isSafeHttpsUrl, 'invalid_link')]),
}).pick({
  title: true,
  theme: true,
  start: true,
  minutes: true,
  location: true,
  onlineLink: true,
  organiserIds: true,
  plgId: true,
  description: true,
  preparation: true,
  capacity: true,
});
export type SessionDetails = z.infer<typeof SessionDetails>;
export type SessionDetailsInput = z.input<typeof SessionDetails>;

/** A programme item as the editor sends it: a new one has no id yet. */
export const ProgrammeItemInput = ProgrammeItem.extend({ id: Id.optional() });
export type ProgrammeItemInput = z.input<typeof ProgrammeItemInput>;

export const SessionActionInput = SessionAction.extend({ id: Id.optional() });
export type SessionActionInput = z.input<typeof SessionActionInput>;

/** Someone to register: a colleague with a profile, or a guest by name and e-mail. */
export const AttendeeInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('member'), memberId: Id }),
  z.strictObject({ kind: z.literal('guest'), name: shortText(2), email: Email }),
]);
export type AttendeeInput = z.input<typeof AttendeeInput>;

/** Statuses a user sets by hand; the waiting list is the app's to manage. */
export const SETTABLE_ATTENDANCE = ['aangemeld', 'aanwezig', 'afgemeld'] as const;

export const LinkRef = z.object({ id: Id, title: z.string() });
export type LinkRef = z.infer<typeof LinkRef>;

export const AttendanceCounts = z.object({
  /** Places taken: registered or present. */
  taken: z.number(),
  present: z.number(),
  waiting: z.number(),
  cancelled: z.number(),
});
export type AttendanceCounts = z.infer<typeof AttendanceCounts>;

export const SessionListItem = z.object({
  session: CafeSession,
  myRoles: z.array(MyRole),
  /** The session's end lies in the past (Europe/Amsterdam). */
  ended: z.boolean(),
  counts: AttendanceCounts,
});
export type SessionListItem = z.infer<typeof SessionListItem>;

export const SessionPage = z.object({ total: z.number(), items: z.array(SessionListItem), people: z.array(PersonRef) });
export type SessionPage = z.infer<typeof SessionPage>;

export const SessionDetail = SessionListItem.extend({
  people: z.array(PersonRef),
  /** Linked research results and questions that still exist, with their titles. */
  research: z.array(LinkRef),
  questions: z.array(LinkRef),
  /** Attendee ids on the waiting list, in the order they move up. */
  waitingOrder: z.array(Id),
});
export type SessionDetail = z.infer<typeof SessionDetail>;

/** What the pickers of the session editor offer. */
export const SessionChoices = z.object({ members: z.array(PersonRef), research: z.array(LinkRef), questions: z.array(LinkRef) });
export type SessionChoices = z.infer<typeof SessionChoices>;

export const AttendanceChange = z.object({
  session: CafeSession,
  /** The attendee registered or changed. */
  attendee: Attendee.nullable(),
  /** Who moved up from the waiting list because a place came free. */
  promoted: z.array(Attendee),
});
export type AttendanceChange = z.infer<typeof AttendanceChange>;

export const MemberAction = z.object({
  sessionId: Id,
  sessionTitle: z.string(),
  sessionStart: z.string(),
  action: SessionAction,
});
export type MemberAction = z.infer<typeof MemberAction>;

/** Spreadsheets are small text files; 10 MB as base64. */
export const MAX_CSV_BASE64 = Math.ceil((10 * 1024 * 1024) / 3) * 4;
export const CsvUpload = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  dataBase64: z.string().min(1).max(MAX_CSV_BASE64),
});
export type CsvUpload = z.infer<typeof CsvUpload>;

/** Why a whole spreadsheet cannot be read (from main/core/formats). */
export const CSV_FILE_PROBLEMS = ['empty', 'too_large', 'not_text', 'unknown_format', 'invalid_json', 'no_entries', 'missing_columns'] as const;

/** Why one row is skipped; the UI words each for people, `detail` carries the specifics. */
export const CSV_ROW_PROBLEMS = [
  'required_missing',
  'invalid_email',
  'too_long',
  'single_line',
  'bad_status',
  'duplicate_email',
  'extra_cells',
  'unclosed_quote',
  'unreadable',
  'other',
  /** Not a skip but a warning: a colleague without an e-mail address is matched on name and institution. */
  'no_email',
] as const;
export const CsvRowProblem = z.object({
  line: z.number(),
  code: z.enum(CSV_ROW_PROBLEMS),
  /** Column the problem is in: name, email, institution, team, expertise, status. */
  field: z.string().nullable(),
  /** The offending value, the other line, or the last line that could not be read. */
  detail: z.string().nullable(),
  /** The reader's own (English) description, for the technical detail. */
  reason: z.string(),
});
export type CsvRowProblem = z.infer<typeof CsvRowProblem>;

export const CsvFileProblem = z.object({ code: z.enum(CSV_FILE_PROBLEMS), message: z.string() });
export type CsvFileProblem = z.infer<typeof CsvFileProblem>;

const csvMeta = {
  encoding: z.enum(['utf-8', 'windows-1252']),
  ignoredColumns: z.array(z.string()),
  problems: z.array(CsvRowProblem),
};

/** What importing an attendee list would do, per row; changes nothing. */
export const AttendeeRowPreview = z.object({
  line: z.number(),
  name: z.string(),
  email: z.string(),
  /** Status in the file, and the status it gets (a full session puts newcomers on the waiting list). */
  status: z.enum(ATTENDANCE),
  result: z.enum(ATTENDANCE),
  memberId: Id.nullable(),
  change: z.enum(['new', 'updated', 'unchanged']),
});
export type AttendeeRowPreview = z.infer<typeof AttendeeRowPreview>;

export const AttendeesPreview = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), rows: z.array(AttendeeRowPreview), ...csvMeta }),
  z.object({ ok: z.literal(false), problem: CsvFileProblem }),
]);
export type AttendeesPreview = z.infer<typeof AttendeesPreview>;

export const MemberRowPreview = z.object({
  line: z.number(),
  fields: MemberFields,
  /** A profile with this e-mail (or, for a row without one, this name at this institution) exists already: it is left as it is. */
  existingId: Id.nullable(),
});
export type MemberRowPreview = z.infer<typeof MemberRowPreview>;

export const MembersPreview = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    rows: z.array(MemberRowPreview),
    ...csvMeta,
    /** Rows that are imported but deserve a look, by line (a row without an e-mail address). */
    warnings: z.array(CsvRowProblem),
  }),
  z.object({ ok: z.literal(false), problem: CsvFileProblem }),
]);
export type MembersPreview = z.infer<typeof MembersPreview>;

export const CsvImportResult = z.object({ added: z.number(), updated: z.number(), unchanged: z.number(), skipped: z.number() });
export type CsvImportResult = z.infer<typeof CsvImportResult>;

export const sessionsContract = {
  'sessions:list': {
    input: z.strictObject({
      view: SessionView.default('upcoming'),
      /** Only with view "mine": one way of taking part. */
      role: MyRole.optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(60),
    }),
    output: SessionPage,
  },
  'sessions:get': { input: byId, output: SessionDetail },
  'sessions:save': { input: z.strictObject({ id: Id.optional(), fields: SessionDetails }), output: CafeSession },
  'sessions:delete': { input: byId, output: byId },
  'sessions:choices': { input: none, output: SessionChoices },
  /** The whole programme in its new order. */
  'sessions:saveProgramme': {
    input: z.strictObject({ id: Id, programme: z.array(ProgrammeItemInput).max(50) }),
    output: CafeSession,
  },
  /** Registers someone; a full session puts them on the waiting list. */
  'sessions:register': { input: z.strictObject({ id: Id, attendee: AttendeeInput }), output: AttendanceChange },
  /** Cancelling (afgemeld) frees a place: the first on the waiting list moves up. */
  'sessions:setAttendance': {
    input: z.strictObject({ id: Id, attendeeId: Id, status: z.enum(SETTABLE_ATTENDANCE) }),
    output: AttendanceChange,
  },
  'sessions:removeAttendee': { input: z.strictObject({ id: Id, attendeeId: Id }), output: AttendanceChange },
  /** After the session: notes (Markdown), outcomes and actions. */
  'sessions:saveReport': {
    input: z.strictObject({
      id: Id,
      notes: SessionFields.shape.notes,
      outcomes: SessionFields.shape.outcomes,
      actions: z.array(SessionActionInput).max(200),
    }),
    output: CafeSession,
  },
  /** Open actions a colleague owns, for their profile. */
  'sessions:actionsOf': { input: z.strictObject({ memberId: Id }), output: z.array(MemberAction) },
  /** The session as an iCalendar file. */
  'sessions:ics': { input: byId, output: z.object({ fileName: z.string(), text: z.string() }) },
  'sessions:attendeesCsv': { input: byId, output: z.object({ fileName: z.string(), dataBase64: z.string() }) },
  'sessions:attendeesPreview': { input: z.strictObject({ id: Id, file: CsvUpload }), output: AttendeesPreview },
  'sessions:attendeesImport': {
    input: z.strictObject({ id: Id, file: CsvUpload }),
    output: z.object({ preview: AttendeesPreview, result: CsvImportResult.nullable() }),
  },
  /** Colleagues from an HR spreadsheet: what would be added (changes nothing). */
  'memberCsv:preview': { input: z.strictObject({ file: CsvUpload }), output: MembersPreview },
  'memberCsv:import': {
    input: z.strictObject({ file: CsvUpload }),
    output: z.object({ preview: MembersPreview, result: CsvImportResult.nullable(), ids: z.array(Id) }),
  },
} as const satisfies ContractPart;
