import { PendingConflictsBanner } from './PendingConflictsBanner';
import { SuggestionsPanel } from './SuggestionsPanel';

/** What the exchange left waiting on a record, shown at the top of its own page: conflicts to settle and suggestions to decide. */
export function RecordNotices({ recordId }: { recordId: string }) {
  return (
    <>
      <PendingConflictsBanner recordId={recordId} />
      <SuggestionsPanel recordId={recordId} />
    </>
  );
}
