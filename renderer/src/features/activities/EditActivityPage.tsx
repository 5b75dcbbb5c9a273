import { EditRecordPage } from '../../components/EditRecordPage';
import { call } from '../../lib/call';
import { ActivityForm } from './ActivityForm';

export function EditActivityPage() {
  return (
    <EditRecordPage
      namespace="activities"
      section="/activities"
      load={(id) => call('activities:get', { id })}
      titleOf={(d) => d.activity.title}
      loadingKey="detail.loading"
      form={({ activity }, done) => <ActivityForm key={activity.id} activity={activity} {...done} />}
    />
  );
}
