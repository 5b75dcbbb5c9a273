import type { Language } from '../../../shared/settings';

/** The network is Dutch: times are always shown as they are in Amsterdam. */
const TIME_ZONE = 'Europe/Amsterdam';
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = cache.get(key);
  if (!format) cache.set(key, (format = make()));
  return format as T;
}

const locale = (language: string) => LOCALES[language as Language] ?? LOCALES.nl;

/** `za 14 mrt 2026, 15:30` */
export function formatDateTime(iso: string, language: string): string {
  const format = cached(`dt:${language}`, () =>
    new Intl.DateTimeFormat(locale(language), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: TIME_ZONE,
    }),
  );
  return format.format(new Date(iso));
}

/** `14 maart 2026` */
export function formatDate(iso: string, language: string): string {
  const format = cached(`d:${language}`, () =>
    new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }),
  );
  return format.format(new Date(iso));
}

/** `1.234,5` */
export function formatNumber(value: number, language: string): string {
  return cached(`n:${language}`, () => new Intl.NumberFormat(locale(language))).format(value);
}

/**
 * A wall time in Amsterdam as stored (`2026-03-14T15:30`), shown as it is:
 * read as if UTC and formatted in UTC, so the machine's own zone never shifts it.
 */
const wallAsDate = (local: string) => new Date(`${local.length === 16 ? `${local}:00` : local.slice(0, 19)}Z`);

/** `za 14 mrt 2026, 15:30` for a wall time. */
export function formatWallDateTime(local: string, language: string): string {
  const format = cached(`wdt:${language}`, () =>
    new Intl.DateTimeFormat(locale(language), { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }),
  );
  return format.format(wallAsDate(local));
}

/** `15:30` for a wall time, or for that wall time plus some minutes. */
export function formatWallClock(local: string, language: string, plusMinutes = 0): string {
  const format = cached(`wc:${language}`, () => new Intl.DateTimeFormat(locale(language), { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }));
  return format.format(new Date(wallAsDate(local).getTime() + plusMinutes * 60_000));
}

/** Day and short month of a wall time, for a date tile: `{ day: '14', month: 'mrt' }`. */
export function wallDayParts(local: string, language: string): { day: string; month: string; weekday: string } {
  const format = cached(`wp:${language}`, () => new Intl.DateTimeFormat(locale(language), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }));
  const parts = format.formatToParts(wallAsDate(local));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value.replace(/\.$/, '') ?? '';
  return { day: part('day'), month: part('month'), weekday: part('weekday') };
}
