import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CafeSession, SessionFields, type SessionFields as Fields } from '../../shared/domain';
import { HybridClock } from '../../shared/hlc';
import { createRecord, updateRecord, type RecordContext } from '../../main/core/records';
import { amsterdamToInstant, instantToAmsterdam } from '../../main/core/formats/amsterdamTime';
import { icsSequence, sessionToIcs } from '../../main/core/formats';

const INSTALL = '0123456789abcdef';
const presenter = '0190f1a2-0000-7000-8000-000000000001';
const names: Record<string, string> = { [presenter]: "Hélène 't Hart" };
const nameOf = (id: string) => names[id];

/** A record context whose clock the test moves by hand. */
function recordContext(startMs: number) {
  let now = startMs;
  const ctx: RecordContext = { clock: new HybridClock(INSTALL, () => now), installId: INSTALL, now: () => new Date(now) };
  return { ctx, advance: (ms: number) => (now += ms) };
}

const fields = (overrides: Partial<Fields> = {}): Fields =>
  SessionFields.parse({
    title: 'Netwerkcafé: feedback, formatief; en \\ meer',
    theme: 'Formatief handelen',
    start: '2026-06-18T15:30',
    minutes: 120,
    location: 'ROC Rijnland, lokaal 2.14; Leiden',
    onlineLink: 'https://meet.example.org/cafe?id=42&x=1',
    organiserIds: [],
    plgId: null,
    description: 'We beginnen met wat goed gaat.\nDaarna de aandachtspunten.',
    preparation: 'Neem één voorbeeld mee van feedback die werkte — Coöperatie-stijl.',
    capacity: 30,
    programme: [
      { id: '0190f1a2-2222-7000-8000-000000000001', kind: 'presentatie', title: 'Feedbackkaarten', minutes: 30, presenterIds: [presenter], researchIds: [], questionIds: [] },
      { id: '0190f1a2-2222-7000-8000-000000000002', kind: 'rondetafel', title: 'Wat werkt in de BOL?', minutes: 45, presenterIds: [], researchIds: [], questionIds: [] },
    ],
    attendees: [],
    notes: '',
    outcomes: '',
    actions: [],
    ...overrides,
  });

function newSession(overrides: Partial<Fields> = {}) {
  const clock = recordContext(Date.UTC(2026, 0, 5, 9));
  return { session: CafeSession.parse(createRecord(clock.ctx, fields(overrides))), ...clock };
}

/** Reads the file with ical.js, registering its VTIMEZONE so TZID times resolve to instants. */
function readWithIcalJs(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  if (!vtimezone) throw new Error('no VTIMEZONE');
  ICAL.TimezoneService.register(vtimezone);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const event = new ICAL.Event(vevent);
  return { event, start: new Date(event.startDate.toUnixTime() * 1000), end: new Date(event.endDate.toUnixTime() * 1000), vevent };
}

describe('iCalendar export of a café session', () => {
  it('a summer and a winter session start at the right instant in UTC', () => {
    const summer = readWithIcalJs(sessionToIcs(newSession({ start: '2026-06-18T15:30' }).session, { nameOf }));
    expect(summer.start.toISOString()).toBe('2026-06-18T13:30:00.000Z');
    expect(summer.end.toISOString()).toBe('2026-06-18T15:30:00.000Z');
    const winter = readWithIcalJs(sessionToIcs(newSession({ start: '2026-01-15T15:30' }).session, { nameOf }));
    expect(winter.start.toISOString()).toBe('2026-01-15T14:30:00.000Z');
    expect(winter.end.toISOString()).toBe('2026-01-15T16:30:00.000Z');
    expect(winter.event.startDate.zone?.tzid).toBe('Europe/Amsterdam');
  });

  it('a session through the October night lasts exactly its minutes', () => {
    const night = readWithIcalJs(sessionToIcs(newSession({ start: '2026-10-25T01:30', minutes: 120 }).session));
    expect(night.start.toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(night.end.getTime() - night.start.getTime()).toBe(120 * 60_000);
  });

  it('keeps title, location, link and a description with the programme, whatever characters they hold', () => {
    const { session } = newSession();
    const { event, vevent } = readWithIcalJs(sessionToIcs(session, { nameOf }));
    expect(event.uid).toBe(`${session.id}@masternetwerk`);
    expect(event.summary).toBe('Netwerkcafé: feedback, formatief; en \\ meer');
    expect(event.location).toBe('ROC Rijnland, lokaal 2.14; Leiden');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://meet.example.org/cafe?id=42&x=1');
    expect(event.description).toBe(
      [
        'Thema: Formatief handelen',
        'We beginnen met wat goed gaat.\nDaarna de aandachtspunten.',
        "Programma:\n15:30–16:00 Presentatie: Feedbackkaarten (Hélène 't Hart)\n16:00–16:45 Rondetafel: Wat werkt in de BOL?",
        'Voorbereiding:\nNeem één voorbeeld mee van feedback die werkte — Coöperatie-stijl.',
        'Online: https://meet.example.org/cafe?id=42&x=1',
      ].join('\n\n'),
    );
  });

  it('writes CRLF lines of at most 75 octets, folded without breaking a character', () => {
    const ics = sessionToIcs(newSession({ description: 'Ünal en Hélène — '.repeat(40) }).session, { nameOf });
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.split('\r\n');
    expect(lines.every((line) => !/[\r\n]/.test(line))).toBe(true);
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
    expect(readWithIcalJs(ics).event.description).toContain('Ünal en Hélène — '.repeat(40).trim());
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam');
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Amsterdam:20260618T153000\r\n/);
  });

  it('the same record gives the same file; SEQUENCE rises when what the calendar shows changes, not otherwise', () => {
    const { session, ctx, advance } = newSession();
    expect(icsSequence(session)).toBe(0);
    expect(sessionToIcs(session, { nameOf })).toBe(sessionToIcs(CafeSession.parse(JSON.parse(JSON.stringify(session))), { nameOf }));

    advance(60_000);
    const moved = CafeSession.parse(updateRecord(ctx, session, { start: '2026-06-18T16:00' }));
    advance(60_000);
    const withNotes = CafeSession.parse(updateRecord(ctx, moved, { notes: 'Verslag volgt.' }));
    advance(60_000);
    const renamed = CafeSession.parse(updateRecord(ctx, withNotes, { title: 'Netwerkcafé juni' }));

    const sequence = (s: CafeSession) => Number(readWithIcalJs(sessionToIcs(s)).vevent.getFirstPropertyValue('sequence'));
    expect(sequence(moved)).toBeGreaterThan(sequence(session));
    expect(sequence(withNotes)).toBe(sequence(moved));
    expect(sequence(renamed)).toBeGreaterThan(sequence(withNotes));
    expect(readWithIcalJs(sessionToIcs(renamed)).event.uid).toBe(`${session.id}@masternetwerk`);
  });
});

describe('Amsterdam time', () => {
  const intl = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const viaIntl = (d: Date) => {
    const p = Object.fromEntries(intl.formatToParts(d).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
  };
  const local = (w: ReturnType<typeof instantToAmsterdam>) =>
    `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}T${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;

  it('agrees with the time zone database for any minute from 1996 to 2099', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1) / 60_000, max: Date.UTC(2099, 11, 31) / 60_000 }), (minute) => {
        const instant = new Date(minute * 60_000);
        const wall = local(instantToAmsterdam(instant));
        expect(wall).toBe(viaIntl(instant));
        // Reading the wall time back gives the instant, except in the repeated October hour (first occurrence wins).
        const back = amsterdamToInstant(wall).getTime();
        expect(back === instant.getTime() || back === instant.getTime() - 3_600_000).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads a time in the March gap with the offset before it', () => {
    expect(amsterdamToInstant('2026-03-29T02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(amsterdamToInstant('2026-10-25T02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});
