import { ActivityFields, type Activity, type Collaborator } from '../../../../shared/domain';

/** What the activity form edits: the fields, with dates as typed (empty: none). */
export interface ActivityFormState extends Omit<ActivityFields, 'startDate' | 'endDate' | 'plgId'> {
  startDate: string;
  endDate: string;
  plgId: string;
}

export function formStateOf(activity: Activity | undefined, defaults: { meId: string; institution: string; team: string }): ActivityFormState {
  const fields = activity ? (Object.fromEntries(Object.keys(ActivityFields.shape).map((k) => [k, activity[k as keyof ActivityFields]])) as ActivityFields) : undefined;
  return {
    title: fields?.title ?? '',
    description: fields?.description ?? '',
    institution: fields?.institution ?? defaults.institution,
    teams: [...(fields?.teams ?? (defaults.team ? [defaults.team] : []))],
    area: [...(fields?.area ?? [])],
    initiative: fields?.initiative ?? 'docent',
    carriedOutBy: fields?.carriedOutBy ?? '',
    memberIds: [...(fields?.memberIds ?? (defaults.meId ? [defaults.meId] : []))],
    collaborators: (fields?.collaborators ?? []).map((c): Collaborator => ({ ...c })),
    phase: fields?.phase ?? 'verkennend',
    startDate: fields?.startDate ?? '',
    endDate: fields?.endDate ?? '',
    effect: fields?.effect ?? '',
    effectTags: [...(fields?.effectTags ?? [])],
    plgId: fields?.plgId ?? '',
    researchIds: [...(fields?.researchIds ?? [])],
    questionIds: [...(fields?.questionIds ?? [])],
    sessionIds: [...(fields?.sessionIds ?? [])],
    marketplace: [...(fields?.marketplace ?? [])],
  };
}

export function fieldsOf(state: ActivityFormState): unknown {
  return { ...state, startDate: state.startDate || null, endDate: state.endDate || null, plgId: state.plgId || null };
}

/** The form's fields in screen order: the first one with a problem gets the focus. */
export const FIELD_ORDER = [
  'title',
  'institution',
  'teams',
  'area',
  'initiative',
  'description',
  'memberIds',
  'carriedOutBy',
  'collaborators',
  'phase',
  'startDate',
  'endDate',
  'effect',
  'effectTags',
  'plgId',
  'researchIds',
  'questionIds',
  'sessionIds',
  'marketplace',
] as const;

export const fieldId = (field: string) => `activity-${field}`;
