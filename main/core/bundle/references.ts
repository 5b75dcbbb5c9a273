import type { AppContext } from '../app';
import type { ParsedBundle } from './readBundle';
import { refuse } from './refusal';

/**
 * An activity's people are who own it (DOMAIN.md, "Who may change what"): a
 * bundle that names a member neither this install nor the bundle knows is
 * refused whole, so no activity arrives with an owner nobody can find.
 */
export function checkActivityMembers(app: AppContext, bundle: ParsedBundle): void {
  const inBundle = new Set(bundle.records.members.map((m) => m.id));
  bundle.records.activities.forEach((activity, i) => {
    if (!('memberIds' in activity)) return;
    activity.memberIds.forEach((id, j) => {
      if (!inBundle.has(id) && !app.repos.members.findAny(id)) refuse('invalid_record', `activities[${i}].memberIds.${j}: unknown member ${id}`);
    });
  });
}
