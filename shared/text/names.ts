/**
 * Dutch names sort on the surname without its prefix: "Jan van der Berg"
 * files under B, "Hélène 't Hart" under H (as in a Dutch phone book).
 */
export const PREFIXES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'te', 'ter', 'ten', 'in', 'op', 'la', 'le', 'du', 'da', 'dos', 'el', 'al', 'von', 'zu', 'uit', 'aan']);

export function surnameSortKey(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  if (words.length < 2) return fullName;
  const first = words[0]!;
  let i = 1;
  while (i < words.length - 1 && PREFIXES.has(words[i]!.toLocaleLowerCase('nl'))) i++;
  return `${words.slice(i).join(' ')} ${first} ${words.slice(1, i).join(' ')}`.trim();
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

export const compareDutch = (a: string, b: string) => collator.compare(a, b);

export const compareBySurname = (a: string, b: string) => collator.compare(surnameSortKey(a), surnameSortKey(b));

/** Two letters for an avatar: first name and surname initials. */
export function initials(fullName: string): string {
  const key = surnameSortKey(fullName).split(' ');
  const first = fullName.trim()[0] ?? '?';
  const last = fullName.trim().split(/\s+/).length > 1 ? (key[0]?.[0] ?? '') : '';
  return (first + last).toLocaleUpperCase('nl');
}
