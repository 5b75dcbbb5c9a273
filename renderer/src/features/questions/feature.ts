import type { Feature } from '../types';
import { AskQuestionPage } from './AskQuestionPage';
import { EditQuestionPage } from './EditQuestionPage';
import { QuestionPage } from './QuestionPage';
import { QuestionsPage } from './QuestionsPage';

export const questionsFeature: Feature = {
  routes: [
    { path: '/questions', component: QuestionsPage },
    { path: '/questions/new', component: AskQuestionPage },
    { path: '/questions/:id/edit', component: EditQuestionPage },
    { path: '/questions/:id', component: QuestionPage },
  ],
  nav: [{ path: '/questions', labelKey: 'questions:nav', icon: 'question' }],
};
