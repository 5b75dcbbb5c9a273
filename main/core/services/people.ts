import type { PersonRef } from '../../../shared/contract';
import type { FieldIssue } from '../../../shared/result';
import type { AppContext } from '../app';
import { ServiceError } from '../dispatch';

/** The live profiles behind a set of member ids, for showing and linking names; erased ones are left out. */
export function peopleOf(app: AppContext, ids: Iterable<string>): PersonRef[] {
  const out: PersonRef[] = [];
  for (const id of new Set(ids)) {
    const member = app.repos.members.find(id);
    if (member) out.push({ id: member.id, name: member.name, institution: member.institution });
  }
  return out;
}

/** "Me" is needed to ask, answer or import: the UI always has one after onboarding, the CLI may not. */
export function requireMe(app: AppContext): string {
  const meId = app.settings.get().meId;
  if (!meId || !app.repos.members.find(meId)) throw new ServiceError('forbidden', 'Choose your own profile first (settings: meId).');
  return meId;
}

/** A field issue per id in a list of members that names no profile (`path` is the list's path in the input). */
export function unknownMembers(app: AppContext, ids: readonly string[], path: string): FieldIssue[] {
  return ids.flatMap((id, i) => (app.repos.members.find(id) ? [] : [{ path: `${path}.${i}`, code: 'unknown_member', message: `No profile with id ${id}.` }]));
}
