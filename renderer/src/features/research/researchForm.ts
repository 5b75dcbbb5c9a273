import { ResearchFields, type Area, type Attachment, type Initiative, type PublicationType, type Research } from '../../../../shared/domain';

/** What the research form edits: the fields as typed (year and links as text). */
export interface ResearchFormState {
  title: string;
  question: string;
  summary: string;
  method: string;
  findings: string;
  status: Research['status'];
  area: Area;
  initiative: Initiative;
  institution: string;
  publication: string;
  /** '' when not given. */
  publicationType: PublicationType | '';
  year: string;
  tags: string[];
  authorIds: string[];
  partnerIds: string[];
  links: string;
  attachments: Attachment[];
}

/** The editable fields of a stored result, without its envelope. */
export function fieldsOfResearch(research: Research): ResearchFields {
  return Object.fromEntries(Object.keys(ResearchFields.shape).map((key) => [key, research[key as keyof ResearchFields]])) as ResearchFields;
}

export function formStateOf(research: Research | undefined, defaults: { meId: string; institution: string; year: number }): ResearchFormState {
  return {
    title: research?.title ?? '',
    question: research?.question ?? '',
    summary: research?.summary ?? '',
    method: research?.method ?? '',
    findings: research?.findings ?? '',
    status: research?.status ?? 'verkennend',
    area: research?.area ?? 'onderzoek',
    initiative: research?.initiative ?? 'docent',
    institution: research?.institution ?? defaults.institution,
    publication: research?.publication ?? '',
    publicationType: research?.publicationType ?? '',
    year: String(research?.year ?? defaults.year),
    tags: [...(research?.tags ?? [])],
    authorIds: [...(research?.authorIds ?? [defaults.meId])],
    partnerIds: [...(research?.partnerIds ?? [])],
    links: (research?.links ?? []).join('\n'),
    attachments: [...(research?.attachments ?? [])],
  };
}

export function fieldsOf(state: ResearchFormState, draft: boolean): unknown {
  const year = state.year.trim();
  return {
    ...state,
    // Anything but digits becomes NaN, which the schema reports at the year field.
    year: /^\d+$/.test(year) ? Number(year) : Number.NaN,
    publicationType: state.publicationType || null,
    links: state.links
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    draft,
  };
}

/** The form's fields in screen order: the first one with a problem gets the focus. */
export const FIELD_ORDER = [
  'title',
  'status',
  'area',
  'initiative',
  'year',
  'institution',
  'publicationType',
  'publication',
  'authorIds',
  'partnerIds',
  'question',
  'summary',
  'method',
  'findings',
  'tags',
  'links',
  'attachments',
] as const;

export const fieldId = (field: string) => `research-${field}`;
