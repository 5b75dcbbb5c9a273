import type { Handlers } from '../../../shared/contract';
import type { AppContext } from '../app';
import { listConflicts, previewExport, resolveAllConflicts, resolveConflict, undoLastImport } from '../bundle';

type BundleHandlers = Pick<
  Handlers,
  'bundles:exportPreview' | 'bundles:undo' | 'conflicts:list' | 'conflicts:resolve' | 'conflicts:resolveAll'
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
  };
}
