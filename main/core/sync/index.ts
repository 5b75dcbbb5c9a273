/** The shared-folder sync (docs/sync.md): what the CLI, the IPC handlers and the tests call. */
export { SyncEngine, looksLikeNetworkPath, type EngineOptions } from './syncEngine';
export { syncPass, type PassResult } from './syncPass';
export { renewInstallId } from './renewInstallId';
export { readSettings as syncSettings, saveSync, SYNC_COLLECTION } from './state';
export { segmentName } from './layout';
