import type { Handlers } from '../../../shared/contract';
import { COLLECTION_NAMES } from '../../../shared/domain';
import type { AppContext } from '../app';
import { fileKeyVault, ownFingerprint, type KeyVault } from '../bundle/keys';
import { removeDemo } from '../demo/seedDemo';
import { ServiceError } from '../dispatch';
import { APP_VERSION } from '../version';

type AppHandlers = Pick<Handlers, 'app:info' | 'settings:update' | 'demo:remove'>;

export function appHandlers(app: AppContext, vault: KeyVault = fileKeyVault(app.dataDir)): AppHandlers {
  return {
    async 'app:info'() {
      const counts = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, app.repos[c].count()]));
      const demoCount = COLLECTION_NAMES.reduce((n, c) => n + app.repos[c].list().filter((r) => r.demo).length, 0);
      return {
        version: APP_VERSION,
        dataDir: app.dataDir,
        installId: app.install.installId,
        settings: app.settings.get(),
        counts,
        demoCount,
        recoveries: app.store.recoveries,
        keyProtected: vault.protected,
        fingerprint: await ownFingerprint(vault),
      };
    },
    async 'settings:update'(patch) {
      if (patch.meId && !app.repos.members.find(patch.meId)) {
        throw new ServiceError('not_found', 'That profile does not exist.');
      }
      // Electron's structured clone keeps `language: undefined`; a value left out means "unchanged".
      return app.settings.update(Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)));
    },
    async 'demo:remove'() {
      const removed = await removeDemo(app.store, app.settings.get().meId);
      return { removed };
    },
  };
}
