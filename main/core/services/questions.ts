import { v7 as uuidv7 } from 'uuid';
import type { Handlers, QuestionView } from '../../../shared/contract';
import type { Question, QuestionFields } from '../../../shared/domain';
import type { AppContext } from '../app';
import { ServiceError } from '../dispatch';
import { peopleOf, requireMe } from './people';
import { similarQuestions, suggestHelpers } from './questionMatching';

type QuestionHandlers = Pick<
  Handlers,
  | 'questions:list'
  | 'questions:get'
  | 'questions:save'
  | 'questions:delete'
  | 'questions:answer'
  | 'questions:accept'
  | 'questions:setStatus'
  | 'questions:similar'
  | 'questions:helpers'
>;

const newestFirst = (a: Question, b: Question) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);
const lastAnswerAt = (q: Question) => q.answers.reduce((latest, a) => (a.createdAt > latest ? a.createdAt : latest), q.createdAt);

/** Each list of the vraagbank: which questions, in which order. */
function view(questions: Question[], name: QuestionView, meId: string | null): Question[] {
  switch (name) {
    case 'open':
      return questions.filter((q) => q.status === 'open').sort(newestFirst);
    case 'mine':
      return questions.filter((q) => q.authorId === meId).sort(newestFirst);
    case 'answeredByMe':
      return questions
        .filter((q) => q.answers.some((a) => a.authorId === meId))
        .sort((a, b) => lastAnswerAt(b).localeCompare(lastAnswerAt(a)));
    case 'unansweredLongest':
      return questions.filter((q) => q.status === 'open' && q.answers.length === 0).sort((a, b) => newestFirst(b, a));
    case 'all':
      return questions.sort(newestFirst);
  }
}

/** After the accepted answer changes or the question is opened again: answered when one is accepted. */
const statusFor = (acceptedAnswerId: string | null): QuestionFields['status'] => (acceptedAnswerId ? 'beantwoord' : 'open');

export function questionHandlers(app: AppContext): QuestionHandlers {
  const questions = app.repos.questions;

  /** Only the asker changes, accepts, closes or deletes a question. */
  const mine = (id: string) => {
    const question = questions.get(id);
    if (question.authorId !== requireMe(app)) throw new ServiceError('forbidden', 'Only the person who asked the question can do this.');
    return question;
  };
  const detail = (question: Question) => ({
    question,
    people: peopleOf(app, [question.authorId, ...question.answers.map((a) => a.authorId)]),
  });

  return {
    async 'questions:list'({ view: name, offset, limit }) {
      const meId = app.settings.get().meId;
      const all = view(questions.list(), name, meId);
      const items = all.slice(offset, offset + limit);
      return { total: all.length, items, people: peopleOf(app, items.map((q) => q.authorId)) };
    },
    async 'questions:get'({ id }) {
      return detail(questions.get(id));
    },
    async 'questions:save'({ id, fields }) {
      if (id) return questions.update(mine(id).id, fields);
      return questions.create({ ...fields, authorId: requireMe(app), status: 'open', answers: [], acceptedAnswerId: null });
    },
    async 'questions:delete'({ id }) {
      await questions.remove(mine(id).id);
      return { id };
    },
    async 'questions:answer'({ questionId, body }) {
      const authorId = requireMe(app);
      const question = questions.get(questionId);
      if (question.status === 'gesloten') throw new ServiceError('conflict', 'This question is closed; it takes no new answers.');
      const answer = { id: uuidv7(), authorId, body, createdAt: app.records.now().toISOString() };
      return questions.update(questionId, { answers: [...question.answers, answer] });
    },
    async 'questions:accept'({ questionId, answerId }) {
      const question = mine(questionId);
      if (answerId && !question.answers.some((a) => a.id === answerId)) throw new ServiceError('not_found', 'This question has no such answer.');
      const status = question.status === 'gesloten' ? 'gesloten' : statusFor(answerId);
      return questions.update(questionId, { acceptedAnswerId: answerId, status });
    },
    async 'questions:setStatus'({ id, status }) {
      const question = mine(id);
      return questions.update(id, { status: status === 'gesloten' ? 'gesloten' : statusFor(question.acceptedAnswerId) });
    },
    async 'questions:similar'({ title, excludeId, limit }) {
      return similarQuestions(app.store, () => questions.list(), title, excludeId, limit);
    },
    async 'questions:helpers'({ id, limit }) {
      await app.search.whenReady();
      const question = questions.get(id);
      return suggestHelpers(question, app.repos.members.list(), (topic, n) => app.search.experts(topic, n), limit);
    },
  };
}
