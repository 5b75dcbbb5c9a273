import type { Attendee, CafeSession, Member } from '../../../shared/domain';

/**
 * The attendee list of a session with a capacity: who has a place, who
 * waits, and who moves up when a place comes free. Pure functions over the
 * list, so the service, the CSV import and the tests share one rule:
 *
 * - a place is taken by everyone registered (aangemeld) or present (aanwezig);
 * - a newcomer gets a place while there is one, else joins the waiting list;
 * - whenever places come free (a cancellation, a removal, a larger
 *   capacity), the longest-waiting people move up, in order of registration.
 */

type Status = Attendee['status'];

export const takesPlace = (status: Status) => status === 'aangemeld' || status === 'aanwezig';

export function placesTaken(attendees: readonly Attendee[]): number {
  return attendees.filter((a) => takesPlace(a.status)).length;
}

export function attendanceCounts(attendees: readonly Attendee[]) {
  const count = (status: Status) => attendees.filter((a) => a.status === status).length;
  return { taken: placesTaken(attendees), present: count('aanwezig'), waiting: count('wachtlijst'), cancelled: count('afgemeld') };
}

export function hasRoom(attendees: readonly Attendee[], capacity: number | null): boolean {
  return capacity === null || placesTaken(attendees) < capacity;
}

/** The waiting list in the order people move up: first registered first. */
export function waitingList(attendees: readonly Attendee[]): Attendee[] {
  return attendees
    .map((attendee, index) => ({ attendee, index }))
    .filter(({ attendee }) => attendee.status === 'wachtlijst')
    .sort((a, b) => a.attendee.registeredAt.localeCompare(b.attendee.registeredAt) || a.index - b.index)
    .map(({ attendee }) => attendee);
}

/** Fills free places from the waiting list; returns the new list and who moved up. */
export function promoteWaiting(attendees: readonly Attendee[], capacity: number | null): { attendees: Attendee[]; promoted: Attendee[] } {
  const free = capacity === null ? Number.POSITIVE_INFINITY : capacity - placesTaken(attendees);
  const moving = new Set(waitingList(attendees).slice(0, Math.max(0, free)).map((a) => a.id));
  const promoted: Attendee[] = [];
  const next = attendees.map((a) => {
    if (!moving.has(a.id)) return a;
    const moved = { ...a, status: 'aangemeld' as const };
    promoted.push(moved);
    return moved;
  });
  return { attendees: next, promoted };
}

/** The status someone asking for a place gets: a place if there is one, else the waiting list. */
export function admissionStatus(attendees: readonly Attendee[], capacity: number | null): Status {
  return hasRoom(attendees, capacity) ? 'aangemeld' : 'wachtlijst';
}

/**
 * A status change by hand. Asking for a place (aangemeld) respects the
 * capacity: without room one waits. Presence is recorded as it happened.
 */
export function changeStatus(
  attendees: readonly Attendee[],
  capacity: number | null,
  attendeeId: string,
  wanted: Exclude<Status, 'wachtlijst'>,
): { attendees: Attendee[]; changed: Attendee; promoted: Attendee[] } | null {
  const current = attendees.find((a) => a.id === attendeeId);
  if (!current) return null;
  const others = attendees.filter((a) => a.id !== attendeeId);
  let status: Status = wanted;
  if (wanted === 'aangemeld' && !takesPlace(current.status)) status = admissionStatus(others, capacity);
  const changed = { ...current, status };
  const { attendees: next, promoted } = promoteWaiting(
    attendees.map((a) => (a.id === attendeeId ? changed : a)),
    capacity,
  );
  return { attendees: next, changed: next.find((a) => a.id === attendeeId)!, promoted };
}

/** Someone taken off the list altogether (a mistake, a duplicate); their place goes to the next in line. */
export function removeAttendee(
  attendees: readonly Attendee[],
  capacity: number | null,
  attendeeId: string,
): { attendees: Attendee[]; promoted: Attendee[] } | null {
  if (!attendees.some((a) => a.id === attendeeId)) return null;
  return promoteWaiting(
    attendees.filter((a) => a.id !== attendeeId),
    capacity,
  );
}

/** What an erased person's attendee entry keeps of them: nothing (privacy.ts). */
export const ERASED_ATTENDEE = { name: 'Verwijderd profiel', email: '' } as const;

/** An attendee entry that is this member: linked to the profile, or a guest registration with their e-mail. */
export function isThem(attendee: Attendee, member: Pick<Member, 'id' | 'email'>): boolean {
  return attendee.memberId === member.id || (member.email !== '' && attendee.email.toLowerCase() === member.email.toLowerCase());
}

/**
 * The member's entries in attendee lists, erased: each keeps its place and
 * status (the café's numbers stay right) but loses the name, e-mail and link.
 * The sessions that change, with their new lists. Used by the erasure of a
 * profile here (privacy.ts) and by one that arrives in a bundle
 * (bundle/importedErasures.ts).
 */
export function attendeesErased(sessions: readonly CafeSession[], member: Pick<Member, 'id' | 'email'>): { session: CafeSession; attendees: Attendee[] }[] {
  return sessions.flatMap((session) => {
    if (!session.attendees.some((a) => isThem(a, member))) return [];
    return [{ session, attendees: session.attendees.map((a) => (isThem(a, member) ? { ...a, ...ERASED_ATTENDEE, memberId: null } : a)) }];
  });
}

/** How many entries `attendeesErased` erases. */
export const erasedEntries = (changes: readonly { session: CafeSession }[], member: Pick<Member, 'id' | 'email'>) =>
  changes.reduce((n, { session }) => n + session.attendees.filter((a) => isThem(a, member)).length, 0);
