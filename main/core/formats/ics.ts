import type { CafeSession, ProgrammeItem } from '../../../shared/domain';
import { AMSTERDAM_TZID, amsterdamToInstant, formatClock, icsUtcTime, icsWallTime, instantToAmsterdam, wallToInstant } from './amsterdamTime';

/**
 * A café session as an iCalendar (RFC 5545) event that Outlook and Google
 * Calendar open. Written by hand rather than with ical-generator: that
 * library renders native dates in the *machine's* time zone, while a session
 * start is an Amsterdam wall time that must come out unchanged everywhere.
 *
 * Updates: the UID is the session id, so a re-imported file replaces the
 * earlier event. SEQUENCE is derived, not stored: the number of whole seconds
 * from the record's creation to the newest revision stamp of a field that
 * appears in the calendar (fieldRevs). A new session has SEQUENCE 0; every
 * later edit of one of those fields raises it; and because the stamps travel
 * with the record, every install exports the same number. Two edits within
 * the same second share a SEQUENCE; DTSTAMP (the same newest stamp) still
 * orders them. Renaming a presenter's profile does not bump it.
 */

/** Fields of a session that the calendar event shows. */
const CALENDAR_FIELDS = ['title', 'theme', 'start', 'minutes', 'location', 'onlineLink', 'description', 'preparation', 'programme', 'deleted'] as const;

/** The EU rule since 1996, the same one amsterdamTime computes with. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${AMSTERDAM_TZID}`,
  `X-LIC-LOCATION:${AMSTERDAM_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The calendar file is read by Dutch colleagues, so its generated text is Dutch like the product. */
const KIND_LABELS: Record<ProgrammeItem['kind'], string> = {
  presentatie: 'Presentatie',
  rondetafel: 'Rondetafel',
  marktplaats: 'Vraag en aanbod (marktplaats)',
  workshop: 'Workshop',
  informeel: 'Informeel',
};

export interface IcsOptions {
  /** A member's display name, for the presenters in the programme. */
  nameOf?: (memberId: string) => string | undefined;
}

/** One calendar file with an event per session (usually one). */
export function sessionsToIcs(sessions: readonly CafeSession[], options: IcsOptions = {}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Masternetwerk//Netwerkcafe//NL',
    'CALSCALE:GREGORIAN',
    ...VTIMEZONE,
    ...sessions.flatMap((s) => eventLines(s, options)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export const sessionToIcs = (session: CafeSession, options: IcsOptions = {}) => sessionsToIcs([session], options);

function eventLines(session: CafeSession, options: IcsOptions): string[] {
  const start = amsterdamToInstant(session.start);
  const end = new Date(start.getTime() + session.minutes * 60_000);
  const lastChange = latestCalendarChange(session);
  const link = /^https?:\/\//i.test(session.onlineLink) ? session.onlineLink : '';
  const location = session.location || link;
  return [
    'BEGIN:VEVENT',
    `UID:${session.id}@masternetwerk`,
    `DTSTAMP:${icsUtcTime(lastChange)}`,
    `CREATED:${icsUtcTime(new Date(session.createdAt))}`,
    `LAST-MODIFIED:${icsUtcTime(lastChange)}`,
    `SEQUENCE:${icsSequence(session)}`,
    `DTSTART;TZID=${AMSTERDAM_TZID}:${icsWallTime(instantToAmsterdam(start))}`,
    dtend(end),
    `SUMMARY:${escapeText(session.title)}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(link ? [`URL:${link.replace(/[\r\n]/g, '')}`] : []),
    `DESCRIPTION:${escapeText(description(session, start, options))}`,
    `STATUS:${session.deleted ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/**
 * The end as Amsterdam wall time, unless that wall time is the repeated hour
 * of an October night (readers take its first occurrence): then in UTC, which
 * RFC 5545 allows next to a DTSTART with TZID.
 */
function dtend(end: Date): string {
  const wall = instantToAmsterdam(end);
  return wallToInstant(wall).getTime() === end.getTime() ? `DTEND;TZID=${AMSTERDAM_TZID}:${icsWallTime(wall)}` : `DTEND:${icsUtcTime(end)}`;
}

/** See the module comment: seconds from creation to the newest calendar-relevant field stamp. */
export function icsSequence(session: CafeSession): number {
  const created = Date.parse(session.createdAt);
  return Math.max(0, Math.floor((latestCalendarChange(session).getTime() - created) / 1000));
}

function latestCalendarChange(session: CafeSession): Date {
  const stamps = CALENDAR_FIELDS.map((field) => session.fieldRevs[field]).filter((s): s is string => Boolean(s));
  const newest = stamps.sort().at(-1);
  return new Date(newest ? Number(newest.slice(0, 13)) : Date.parse(session.createdAt));
}

function description(session: CafeSession, start: Date, { nameOf }: IcsOptions): string {
  const parts: string[] = [];
  if (session.theme) parts.push(`Thema: ${session.theme}`);
  if (session.description.trim()) parts.push(session.description.trim());
  if (session.programme.length > 0) {
    let at = start.getTime();
    const rows = session.programme.map((item) => {
      const from = formatClock(instantToAmsterdam(new Date(at)));
      at += item.minutes * 60_000;
      const until = formatClock(instantToAmsterdam(new Date(at)));
      const names = item.presenterIds.map((id) => nameOf?.(id)).filter(Boolean);
      const who = names.length > 0 ? ` (${names.join(', ')})` : '';
      return `${from}–${until} ${KIND_LABELS[item.kind]}: ${item.title}${who}`;
    });
    parts.push(['Programma:', ...rows].join('\n'));
  }
  if (session.preparation.trim()) parts.push(`Voorbereiding:\n${session.preparation.trim()}`);
  if (session.onlineLink) parts.push(`Online: ${session.onlineLink}`);
  return parts.join('\n\n');
}

/** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no physical line exceeds 75 octets (CRLF not
 * counted), never splitting a UTF-8 character; continuation lines start
 * with one space, which counts toward their 75.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}
