import { EditRecordPage } from '../../components/EditRecordPage';
import { call } from '../../lib/call';
import { ResearchForm } from './ResearchForm';

export function EditResearchPage() {
  return (
    <EditRecordPage
      namespace="research"
      section="/research"
      load={(id) => call('research:get', { id })}
      titleOf={(d) => d.research.title}
      loadingKey="detail.loading"
      form={({ research }, done) => <ResearchForm key={research.id} research={research} {...done} />}
    />
  );
}
