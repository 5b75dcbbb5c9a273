import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../../shared/contract';
import type { AppContext } from '../app';
import type { KeyVault } from '../bundle';
import { ServiceError } from '../dispatch';
import { SyncEngine } from '../sync';

type SyncHandlers = Pick<Handlers, 'sync:status' | 'sync:setFolder' | 'sync:pause' | 'sync:now' | 'sync:newInstallId' | 'sync:confirmKey'>;

/**
 * One engine per open data directory. Only a host that keeps running (the
 * app, the preview host) starts it (`startSync`); elsewhere (the CLI, tests)
 * the handlers still answer and a pass runs on demand, but nothing watches.
 */
const engines = new WeakMap<AppContext, SyncEngine>();

function syncEngineOf(app: AppContext, vault?: KeyVault): SyncEngine {
  let engine = engines.get(app);
  if (!engine) {
    engine = new SyncEngine(app, { vault });
    engines.set(app, engine);
  }
  return engine;
}

/** Starts watching the configured folder; call `stopSync` before closing the app. */
export async function startSync(app: AppContext, vault?: KeyVault): Promise<void> {
  await syncEngineOf(app, vault).start();
}

export async function stopSync(app: AppContext): Promise<void> {
  await engines.get(app)?.stop();
}

async function existingFolder(folder: string): Promise<string> {
  const full = path.resolve(folder);
  const stat = await fs.stat(full).catch(() => null);
  if (!stat?.isDirectory()) {
    throw new ServiceError('invalid_input', 'The shared folder does not exist or is not a folder.', [
      { path: 'folder', code: 'folder_missing', message: 'The shared folder does not exist or is not a folder.' },
    ]);
  }
  return full;
}

export function syncHandlers(app: AppContext, vault?: KeyVault): SyncHandlers {
  const engine = () => syncEngineOf(app, vault);
  return {
    async 'sync:status'() {
      return engine().status();
    },
    async 'sync:setFolder'({ folder }) {
      return engine().configure(folder === null ? null : await existingFolder(folder));
    },
    async 'sync:pause'({ paused }) {
      return engine().setPaused(paused);
    },
    async 'sync:now'() {
      await engine().runNow();
      return engine().status();
    },
    async 'sync:newInstallId'() {
      return engine().renewInstallId();
    },
    async 'sync:confirmKey'({ installId, fingerprint }) {
      return engine().confirmNewKey(installId, fingerprint);
    },
  };
}
