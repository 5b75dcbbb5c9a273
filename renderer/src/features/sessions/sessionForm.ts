import type { SessionDetailsInput } from '../../../../shared/contract';
import type { CafeSession } from '../../../../shared/domain';

/** What the session form edits: the fields as typed (date and time apart, numbers as text). */
export interface SessionFormState {
  title: string;
  theme: string;
  date: string;
  time: string;
  minutes: string;
  location: string;
  onlineLink: string;
  organiserIds: string[];
  plgId: string;
  description: string;
  preparation: string;
  capacity: string;
}

/** The norm from the guide for netwerkcafés: about two hours. */
export const DEFAULT_MINUTES = 120;

/** A new session starts at the usual meeting moment, two weeks ahead, organised by me. */
export function formStateOf(session: CafeSession | undefined, meId: string | null, today = new Date()): SessionFormState {
  if (session) {
    return {
      title: session.title,
      theme: session.theme,
      date: session.start.slice(0, 10),
      time: session.start.slice(11, 16),
      minutes: String(session.minutes),
      location: session.location,
      onlineLink: session.onlineLink,
      organiserIds: [...session.organiserIds],
      plgId: session.plgId ?? '',
      description: session.description,
      preparation: session.preparation,
      capacity: session.capacity === null ? '' : String(session.capacity),
    };
  }
  const inTwoWeeks = new Date(today.getTime() + 14 * 86_400_000);
  return {
    title: '',
    theme: '',
    date: inTwoWeeks.toISOString().slice(0, 10),
    time: '15:30',
    minutes: String(DEFAULT_MINUTES),
    location: '',
    onlineLink: '',
    organiserIds: meId ? [meId] : [],
    plgId: '',
    description: '',
    preparation: '',
    capacity: '',
  };
}

/** Anything but whole digits becomes NaN, which the schema reports at that field. */
const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

export function fieldsOf(state: SessionFormState): SessionDetailsInput {
  return {
    title: state.title,
    theme: state.theme,
    start: state.date && state.time ? `${state.date}T${state.time}` : '',
    minutes: wholeNumber(state.minutes),
    location: state.location,
    onlineLink: state.onlineLink.trim(),
    organiserIds: state.organiserIds,
    plgId: state.plgId || null,
    description: state.description,
    preparation: state.preparation,
    capacity: state.capacity.trim() === '' ? null : wholeNumber(state.capacity),
  };
}

/** The form's fields in screen order: the first one with a problem gets the focus. */
export const FIELD_ORDER = ['title', 'theme', 'start', 'confirmPast', 'minutes', 'location', 'onlineLink', 'organiserIds', 'plgId', 'capacity', 'description', 'preparation'] as const;

/** `start` is typed in two controls; its problems show at the date. */
export const fieldId = (field: string) => `session-${field === 'start' ? 'date' : field}`;
