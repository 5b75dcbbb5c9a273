import { call } from '../../lib/call';
import type { PersonRef } from '../../../../shared/contract';

/** People by id, from the `people` a list or detail call returns. */
export const peopleById = (people: readonly PersonRef[]) => new Map(people.map((p) => [p.id, p]));

const MAX_MEMBERS = 5_000;

/** Everyone who can be picked as a colleague (an author, a coordinator), in pages the contract allows. */
export async function loadPeople(): Promise<PersonRef[]> {
  const people: PersonRef[] = [];
  for (let offset = 0; offset < MAX_MEMBERS; offset += 500) {
    const page = await call('members:list', { offset, limit: 500 });
    people.push(...page.items.map((m) => ({ id: m.id, name: m.name, institution: m.institution })));
    if (offset + 500 >= page.total) break;
  }
  return people;
}
