import { z } from 'zod';
import { Id } from '../ids';
import { Email, IsoDateTime, LIMITS, lineText, longText, shortText } from './common';
import { withEnvelope } from './envelope';

export const PROGRAMME_KINDS = ['presentatie', 'rondetafel', 'marktplaats', 'workshop', 'informeel'] as const;

export const ProgrammeItem = z.strictObject({
  id: Id,
  kind: z.enum(PROGRAMME_KINDS),
  title: shortText(1),
  minutes: z.number().int().min(0).max(600),
  presenterIds: z.array(Id).max(20),
  researchIds: z.array(Id).max(20),
  questionIds: z.array(Id).max(20),
});
export type ProgrammeItem = z.infer<typeof ProgrammeItem>;

export const ATTENDANCE = ['aangemeld', 'wachtlijst', 'aanwezig', 'afgemeld'] as const;

/** An attendee is a member (memberId) or a guest (name and e-mail only). */
export const Attendee = z.strictObject({
  id: Id,
  memberId: Id.nullable(),
  name: shortText(1),
  email: Email,
  status: z.enum(ATTENDANCE),
  registeredAt: IsoDateTime,
});
export type Attendee = z.infer<typeof Attendee>;

export const ACTION_STATUSES = ['open', 'bezig', 'klaar'] as const;

export const SessionAction = z.strictObject({
  id: Id,
  text: shortText(1),
  ownerId: Id.nullable(),
  due: z.iso.date().nullable(),
  status: z.enum(ACTION_STATUSES),
});
export type SessionAction = z.infer<typeof SessionAction>;

export const SessionFields = z.strictObject({
  title: shortText(3),
  theme: shortText(),
  /** Local start time in Europe/Amsterdam, `YYYY-MM-DDTHH:mm`. */
  start: z.iso.datetime({ local: true }),
  minutes: z.number().int().min(15).max(600),
  location: shortText(),
  onlineLink: lineText().trim().max(2_000),
  organiserIds: z.array(Id).max(20),
  plgId: Id.nullable(),
  description: longText(),
  preparation: longText(),
  capacity: z.number().int().min(1).max(10_000).nullable(),
  programme: z.array(ProgrammeItem).max(50),
  attendees: z.array(Attendee).max(LIMITS.listItems * 10),
  notes: longText(),
  outcomes: longText(),
  actions: z.array(SessionAction).max(LIMITS.listItems),
});
export type SessionFields = z.infer<typeof SessionFields>;

export const CafeSession = withEnvelope(SessionFields);
export type CafeSession = z.infer<typeof CafeSession>;
