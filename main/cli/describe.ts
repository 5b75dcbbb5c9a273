import type { AnyRecord, CollectionName } from '../../shared/domain';
import { compareBySurname, compareDutch } from '../../shared/text/names';

/** A one-line title for any record, so `list` and `show` need no per-type code. */
export function titleOf(record: AnyRecord): string {
  const r = record as Record<string, unknown>;
  return String(r.name ?? r.title ?? r.id);
}

export function subtitleOf(collection: CollectionName, record: AnyRecord): string {
  const r = record as Record<string, unknown>;
  switch (collection) {
    case 'members':
      return [r.institution, r.team].filter(Boolean).join(' · ');
    case 'research':
      return [r.status, r.year].filter(Boolean).join(' · ');
    case 'questions':
      return String(r.status ?? '');
    case 'sessions':
      return String(r.start ?? '');
    case 'plgs':
      return (r.institutions as string[]).join(', ');
    case 'activities':
      return [r.institution, r.phase].filter(Boolean).join(' · ');
    default:
      return '';
  }
}

export function compareTitles(collection: CollectionName, a: AnyRecord, b: AnyRecord): number {
  return (collection === 'members' ? compareBySurname : compareDutch)(titleOf(a), titleOf(b));
}
