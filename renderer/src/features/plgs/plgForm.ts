import type { Plg, PlgFields } from '../../../../shared/domain';

/** What the PLG form edits: exactly its fields. */
export type PlgFormState = PlgFields;

/** A stored PLG's fields, or a new one led by "me". */
export const formStateOf = (plg: Plg | undefined, meId: string | null): PlgFormState =>
  plg
    ? { name: plg.name, description: plg.description, institutions: [...plg.institutions], coordinatorIds: [...plg.coordinatorIds] }
    : { name: '', description: '', institutions: [], coordinatorIds: meId ? [meId] : [] };

/** The form's fields in screen order: the first one with a problem gets the focus. */
export const FIELD_ORDER = ['name', 'description', 'institutions', 'coordinatorIds'] as const;

export const fieldId = (field: string) => `plg-${field}`;
