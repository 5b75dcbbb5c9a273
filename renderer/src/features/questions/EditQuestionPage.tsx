import { EditRecordPage } from '../../components/EditRecordPage';
import { call } from '../../lib/call';
import { QuestionForm } from './QuestionForm';

export function EditQuestionPage() {
  return (
    <EditRecordPage
      namespace="questions"
      section="/questions"
      load={(id) => call('questions:get', { id })}
      titleOf={(d) => d.question.title}
      loadingKey="thread.loading"
      form={({ question }, done) => <QuestionForm key={question.id} question={question} {...done} />}
    />
  );
}
