import type { AppContext } from '../app';
import { ServiceError } from '../dispatch';
import { requireMe } from '../services/people';

/**
 * A learning-log entry and a POP are owned by the member in their `ownerId`;
 * only that member may read a private one or change it. (The single
 * ownership module of the app replaces this check when it lands.)
 */
export function requireOwner(app: AppContext, ownerId: string | null, what: string): string {
  const meId = requireMe(app);
  if (ownerId !== meId) throw new ServiceError('forbidden', `Only the owner can change this ${what}.`);
  return meId;
}
