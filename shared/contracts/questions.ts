import { z } from 'zod';
import { Answer, Question, QuestionFields, QuestionStatus } from '../domain';
import { Id } from '../ids';
import { byId, type ContractPart } from './common';
import { PersonRef } from './research';

/** The lists of the vraagbank. */
export const QUESTION_VIEWS = ['open', 'mine', 'answeredByMe', 'unansweredLongest', 'all'] as const;
export const QuestionView = z.enum(QUESTION_VIEWS);
export type QuestionView = z.infer<typeof QuestionView>;

/** What the asker writes; author, status and answers are the app's to keep. */
export const QuestionInput = QuestionFields.pick({ title: true, body: true, tags: true, area: true });
export type QuestionInput = z.infer<typeof QuestionInput>;

export const QuestionPage = z.object({ total: z.number(), items: z.array(Question), people: z.array(PersonRef) });
export type QuestionPage = z.infer<typeof QuestionPage>;

export const QuestionDetail = z.object({ question: Question, people: z.array(PersonRef) });
export type QuestionDetail = z.infer<typeof QuestionDetail>;

export const SimilarQuestion = z.object({
  id: Id,
  title: z.string(),
  status: QuestionStatus,
  answerCount: z.number(),
  /** The words of the typed title that this question shares (folded), to show why it is listed. */
  sharedWords: z.array(z.string()),
  score: z.number(),
});
export type SimilarQuestion = z.infer<typeof SimilarQuestion>;

export const HELPER_REASON_KINDS = ['expertise', 'offer', 'research', 'answer', 'presentation'] as const;
export const HelperReason = z.object({
  kind: z.enum(HELPER_REASON_KINDS),
  /** The tag that matched, or the title of the result, question or café session. */
  label: z.string(),
  /** The matched result, earlier question or café session, for a link. */
  refId: Id.optional(),
});
export type HelperReason = z.infer<typeof HelperReason>;

export const Helper = z.object({ member: PersonRef, score: z.number(), reasons: z.array(HelperReason) });
export type Helper = z.infer<typeof Helper>;

export const questionsContract = {
  'questions:list': {
    input: z.strictObject({
      view: QuestionView.default('open'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(60),
    }),
    output: QuestionPage,
  },
  'questions:get': { input: byId, output: QuestionDetail },
  /** Asks a new question as "me", or changes one of mine. */
  'questions:save': { input: z.strictObject({ id: Id.optional(), fields: QuestionInput }), output: Question },
  'questions:delete': { input: byId, output: byId },
  'questions:answer': { input: z.strictObject({ questionId: Id, body: Answer.shape.body }), output: Question },
  /** The asker accepts one answer (the question is then answered) or, with null, none. */
  'questions:accept': { input: z.strictObject({ questionId: Id, answerId: Id.nullable() }), output: Question },
  /** The asker closes a question or opens it again. */
  'questions:setStatus': { input: z.strictObject({ id: Id, status: z.enum(['open', 'gesloten']) }), output: Question },
  /** Existing questions like a title being typed, answered ones first. */
  'questions:similar': {
    input: z.strictObject({ title: z.string().max(200), excludeId: Id.optional(), limit: z.number().int().min(1).max(20).default(5) }),
    output: z.array(SimilarQuestion),
  },
  /** "Wie kan helpen?": colleagues whose expertise, offers, research or earlier answers match, with the reasons. */
  'questions:helpers': { input: z.strictObject({ id: Id, limit: z.number().int().min(1).max(20).default(6) }), output: z.array(Helper) },
} as const satisfies ContractPart;
