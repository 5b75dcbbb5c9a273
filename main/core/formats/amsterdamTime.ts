/**
 * Europe/Amsterdam wall time <-> UTC instants, by the EU summer-time rule
 * (since 1996: CEST from the last Sunday of March 01:00 UTC to the last
 * Sunday of October 01:00 UTC). The calendar export writes exactly this rule
 * as its VTIMEZONE, so computing with the same rule keeps file and arithmetic
 * consistent and independent of the machine's time zone or ICU data.
 */

const HOUR = 3_600_000;

export const AMSTERDAM_TZID = 'Europe/Amsterdam';

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const lastSundayUtc = (year: number, monthIndex: number) => {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  return Date.UTC(year, monthIndex, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
};

/** Offset from UTC in minutes at an instant: 120 in summer time, 60 otherwise. */
export function amsterdamOffsetMinutes(instantMs: number): number {
  const year = new Date(instantMs).getUTCFullYear();
  const summer = instantMs >= lastSundayUtc(year, 2) && instantMs < lastSundayUtc(year, 9);
  return summer ? 120 : 60;
}

/** Reads `YYYY-MM-DDTHH:mm[:ss[.sss]]` (as SessionFields.start stores it). */
export function parseWallTime(local: string): WallTime {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(local);
  if (!m) throw new Error(`Not a local date-time: ${local}`);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  return { year, month, day, hour, minute, second };
}

const wallAsUtcMs = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/**
 * The instant of an Amsterdam wall time. As RFC 5545 prescribes for DTSTART,
 * an ambiguous time (the repeated hour in October) is the first occurrence and
 * a time in the March gap is read with the offset before the gap.
 */
export const amsterdamToInstant = (local: string): Date => wallToInstant(parseWallTime(local));

export function wallToInstant(w: WallTime): Date {
  const wall = wallAsUtcMs(w);
  const summer = wall - 2 * HOUR;
  if (amsterdamOffsetMinutes(summer) === 120) return new Date(summer);
  return new Date(wall - HOUR);
}

/** The Amsterdam wall time of an instant. */
export function instantToAmsterdam(instant: Date): WallTime {
  const shifted = new Date(instant.getTime() + amsterdamOffsetMinutes(instant.getTime()) * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-03-14 15:30`, the form spreadsheets recognise as a date and time. */
export const formatWallTime = (w: WallTime) => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;

/** `15:30`. */
export const formatClock = (w: WallTime) => `${pad(w.hour)}:${pad(w.minute)}`;

/** The iCalendar DATE-TIME form without zone: `20260314T153000`. */
export const icsWallTime = (w: WallTime) => `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;

/** The iCalendar UTC form: `20260314T143000Z`. */
export const icsUtcTime = (instant: Date) => `${instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`;
