import type { CollectionName } from '../../../../shared/domain';
import { SOURCE_NAMES } from '../../../../shared/search/sources';
import type { IconName } from '../../components/Icon';
import { PLGS_PATH } from '../plgs/paths';

/**
 * How search shows each record type: its icon and, when the app has a page
 * for it, where a result opens. Names and labels come from the `search`
 * namespace (`types.<name>`). A type without a page opens in the full results.
 */
const PAGES: Partial<Record<CollectionName, string>> = {
  members: '/members',
  research: '/research',
  questions: '/questions',
  sessions: '/sessions',
  plgs: PLGS_PATH,
  activities: '/activities',
  learning: '/learning',
};

const ICONS: Partial<Record<CollectionName, IconName>> = {
  members: 'users',
  research: 'book',
  questions: 'question',
  sessions: 'calendar',
  plgs: 'community',
  activities: 'activity',
  learning: 'lightbulb',
};

/** The order of groups in the box and on the results page. */
export const RESULT_TYPES: readonly CollectionName[] = SOURCE_NAMES;

export const iconOf = (type: CollectionName): IconName => ICONS[type] ?? 'search';

/** The page of one record, or null when the app has none for its type. */
export function recordPath(type: string, id: string): string | null {
  const base = Object.hasOwn(PAGES, type) ? PAGES[type as CollectionName] : undefined;
  return base ? `${base}/${id}` : null;
}
