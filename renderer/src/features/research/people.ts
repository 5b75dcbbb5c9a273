import type { PersonRef } from '../../../../shared/contract';

/** People by id, from the `people` a list or detail call returns. */
export const peopleById = (people: readonly PersonRef[]) => new Map(people.map((p) => [p.id, p]));
