import type { Handlers } from '../../../shared/contract';
import type { AppContext } from '../app';
import { listConflicts, previewExport, resolveAllConflicts, resolveConflict, trustedKeys, undoLastImport } from '../bundle';
import { canDecide, decideSuggestion, listSuggestions } from '../bundle/suggestions';
import { setCurator } from '../bundle/trust';
import type { StoredRecord } from '../store/documentStore';

type BundleHandlers = Pick<
  Handlers,
  | 'bundles:exportPreview'
  | 'bundles:undo'
  | 'conflicts:list'
  | 'conflicts:resolve'
  | 'conflicts:resolveAll'
  | 'suggestions:list'
  | 'suggestions:decide'
  | 'trust:list'
  | 'trust:setCurator'
>;

/** Thin wrappers over main/core/bundle; exporting and importing files goes through exchange:* (tokens, not paths). */
export function bundleHandlers(app: AppContext): BundleHandlers {
  return {
    async 'bundles:exportPreview'({ scope }) {
      return previewExport(app, scope);
    },
    async 'bundles:undo'() {
      return undoLastImport(app);
    },
    async 'conflicts:list'() {
      return listConflicts(app);
    },
    async 'conflicts:resolve'({ id, pick }) {
      return resolveConflict(app, id, pick);
    },
    async 'conflicts:resolveAll'({ pick, ids }) {
      return resolveAllConflicts(app, pick, ids);
    },
    async 'suggestions:list'({ recordId }) {
      return listSuggestions(app, recordId).map((s) => {
        const record = app.store.get(s.collection, s.recordId) as (StoredRecord & { origin: string }) | undefined;
        return { ...s, canDecide: record !== undefined && canDecide(app, s.collection, record) };
      });
    },
    async 'suggestions:decide'({ id, accept }) {
      return decideSuggestion(app, id, accept);
    },
    async 'trust:list'() {
      return trustedKeys(app.store).map(({ publicKey: _key, ...colleague }) => colleague);
    },
    async 'trust:setCurator'({ installId, curator }) {
      const { publicKey: _key, ...colleague } = await setCurator(app, installId, curator);
      return colleague;
    },
  };
}
