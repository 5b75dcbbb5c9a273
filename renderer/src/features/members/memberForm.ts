import { emptyMemberFields, type Area, type Member, type MemberFieldsInput, type Role, type Visibility } from '../../../../shared/domain';

/** What the profile form edits: the fields as the user types them (the year as text). */
export interface MemberFormState {
  name: string;
  email: string;
  function: string;
  institution: string;
  team: string;
  degreeProgramme: string;
  degreeInstitute: string;
  degreeYear: string;
  expertise: string[];
  areas: Area[];
  roles: Role[];
  offers: string[];
  wants: string[];
  bio: string;
  plgIds: string[];
  visibility: Visibility;
  fieldVisibility: MemberFieldsInput['fieldVisibility'];
}

export function formStateOf(member?: Member): MemberFormState {
  const fields: MemberFieldsInput = member ?? emptyMemberFields();
  return {
    name: fields.name,
    email: fields.email,
    function: fields.function,
    institution: fields.institution,
    team: fields.team,
    degreeProgramme: fields.masterDegree?.programme ?? '',
    degreeInstitute: fields.masterDegree?.institute ?? '',
    degreeYear: fields.masterDegree ? String(fields.masterDegree.year) : '',
    expertise: [...fields.expertise],
    areas: [...fields.areas],
    roles: [...fields.roles],
    offers: [...fields.offers],
    wants: [...fields.wants],
    bio: fields.bio,
    plgIds: [...fields.plgIds],
    visibility: fields.visibility,
    fieldVisibility: { ...fields.fieldVisibility },
  };
}

/** The master's degree is optional: all three parts empty means "none"; any part filled means all are needed. */
export function fieldsOf(state: MemberFormState): MemberFieldsInput {
  const degreeParts = [state.degreeProgramme, state.degreeInstitute, state.degreeYear].map((s) => s.trim());
  const year = state.degreeYear.trim();
  return {
    name: state.name,
    email: state.email.trim(),
    function: state.function,
    institution: state.institution,
    team: state.team,
    masterDegree: degreeParts.every((s) => s === '')
      ? null
      : {
          programme: state.degreeProgramme,
          institute: state.degreeInstitute,
          // Anything but digits becomes NaN, which the schema reports at the year field.
          year: /^\d+$/.test(year) ? Number(year) : Number.NaN,
        },
    expertise: state.expertise,
    areas: state.areas,
    roles: state.roles,
    offers: state.offers,
    wants: state.wants,
    bio: state.bio,
    plgIds: state.plgIds,
    visibility: state.visibility,
    fieldVisibility: state.fieldVisibility,
  };
}

/** The form's fields in screen order: the first one with a problem gets the focus. */
export const FIELD_ORDER = [
  'name',
  'email',
  'function',
  'institution',
  'team',
  'masterDegree.programme',
  'masterDegree.institute',
  'masterDegree.year',
  'expertise',
  'areas',
  'roles',
  'offers',
  'wants',
  'bio',
  'plgIds',
  'visibility',
] as const;

export const fieldId = (field: string) => `field-${field.replace(/\./g, '-')}`;
export const errorId = (field: string) => `${fieldId(field)}-error`;
