import { z } from 'zod';
import { Id } from '../ids';
import { Area, IsoDateTime, LIMITS, longText, shortText, tagList } from './common';
import { withEnvelope } from './envelope';

export const QUESTION_STATUSES = ['open', 'beantwoord', 'gesloten'] as const;
export const QuestionStatus = z.enum(QUESTION_STATUSES);

export const Answer = z.strictObject({
  id: Id,
  authorId: Id,
  body: longText().min(1),
  createdAt: IsoDateTime,
});
export type Answer = z.infer<typeof Answer>;

export const QuestionFields = z.strictObject({
  title: shortText(5),
  body: longText(),
  tags: tagList(),
  area: Area.nullable(),
  authorId: Id,
  status: QuestionStatus,
  answers: z.array(Answer).max(LIMITS.listItems),
  acceptedAnswerId: Id.nullable(),
});
export type QuestionFields = z.infer<typeof QuestionFields>;

export const Question = withEnvelope(QuestionFields);
export type Question = z.infer<typeof Question>;
