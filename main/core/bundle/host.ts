import type { RecordContext } from '../records';
import type { DocumentStore } from '../store/documentStore';

/**
 * The part of the app that merging, conflicts and suggestions work on: the
 * store, who this install and its user are, and the clock. The app context
 * is one; the multi-install simulation (tests/node/exchangeSimulation.test.ts)
 * runs the same code on installs held in memory.
 */
export interface ExchangeHost {
  store: Pick<DocumentStore, 'get' | 'all' | 'commit'>;
  install: { installId: string };
  settings: { get(): { meId: string | null } };
  records: RecordContext;
}
