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
