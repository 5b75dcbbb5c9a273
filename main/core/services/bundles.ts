import type { Handlers } from '../../../shared/contract';
import type { AppContext } from '../app';
import {
  BundleRefusal,
  exportBundle,
  fileKeyVault,
  importBundle,
  inspectBundle,
  listConflicts,
  previewExport,
  resolveConflict,
  undoLastImport,
  type KeyVault,
} from '../bundle';

type BundleHandlers = Pick<
  Handlers,
  'bundles:exportPreview' | 'bundles:export' | 'bundles:inspect' | 'bundles:import' | 'bundles:undo' | 'conflicts:list' | 'conflicts:resolve'
>;

/** A refused bundle comes back as data with its reason code, so the UI can say why in Dutch. */
async function refusedOr<T>(run: () => Promise<T>) {
  try {
    return { status: 'ok' as const, value: await run() };
  } catch (error) {
    if (!(error instanceof BundleRefusal)) throw error;
    return { status: 'refused' as const, refusal: { code: error.code, message: error.message } };
  }
}

/** Thin wrappers over main/core/bundle; the Electron shell may pass a key vault backed by safeStorage. */
export function bundleHandlers(app: AppContext, vault: KeyVault = fileKeyVault(app.dataDir)): BundleHandlers {
  return {
    async 'bundles:exportPreview'({ scope }) {
      return previewExport(app, scope);
    },
    async 'bundles:export'({ scope, file }) {
      return exportBundle(app, scope, file, { vault });
    },
    async 'bundles:inspect'({ file }) {
      return refusedOr(() => inspectBundle(app, file));
    },
    async 'bundles:import'({ file, acceptKey }) {
      return refusedOr(() => importBundle(app, file, { acceptKey }));
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
  };
}
