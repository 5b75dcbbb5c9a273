import { app, BrowserWindow, dialog, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_NAMES } from '../shared/api';
import { isSafeExternalUrl } from '../shared/contract';
import { openApp, type AppContext } from './core/app';
import { resolveDataDir } from './core/dataDir';
import { createHandlers } from './core/handlers';
import { startSync, stopSync } from './core/services/sync';
import { DataDirLockedError } from './core/store/dataDirLock';
import { ElectronSettingsStore } from './shell/electronSettings';
import { registerIpc } from './shell/ipc';
import { safeStorageKeyVault } from './shell/safeStorageVault';
import { registerAppSchemePrivileges, serveRenderer } from './shell/protocol';
import { createMainWindow, denyAllPermissions, windowState } from './shell/window';

/** The thin Electron shell: everything it starts lives in main/core and runs without Electron too. */

const here = path.dirname(fileURLToPath(import.meta.url));
app.setName('Masternetwerk');
const defaultDir = path.join(app.getPath('userData'), 'data');
const dataDir = resolveDataDir(process.argv, process.env, defaultDir);

registerAppSchemePrivileges();

if (!app.requestSingleInstanceLock({ dataDir })) {
  app.quit();
} else {
  void start();
}

async function start() {
  await app.whenReady();
  denyAllPermissions();
  serveRenderer(path.resolve(here, '../renderer'));

  const settings = new ElectronSettingsStore(dataDir);
  let core: AppContext;
  try {
    core = await openApp({ dataDir, settings, visit: true, demoOnFirstRun: dataDir === defaultDir });
  } catch (error) {
    const message =
      error instanceof DataDirLockedError
        ? `De gegevensmap ${dataDir} is al in gebruik door een ander Masternetwerk-proces.`
        : `Masternetwerk kon de gegevensmap ${dataDir} niet openen: ${error instanceof Error ? error.message : String(error)}`;
    dialog.showErrorBox('Masternetwerk', message);
    app.exit(1);
    return;
  }

  let window = createMainWindow(path.resolve(here, '../preload/index.cjs'), settings.windowState);
  const keyVault = safeStorageKeyVault(dataDir);
  const handlers = createHandlers(core, {
    keyVault,
    async openExternal(url) {
      if (!isSafeExternalUrl(url)) return false;
      await shell.openExternal(url);
      return true;
    },
    async openPath(file) {
      // shell.openPath answers with an error message, or '' when the viewer started.
      return (await shell.openPath(file)) === '';
    },
  });
  registerIpc(handlers, (contents) => contents === window.webContents);
  await startSync(core, keyVault);
  core.store.onChange((collections) => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_NAMES[0], { collections });
  });

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  window.on('close', () => {
    settings.windowState = windowState(window);
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      window = createMainWindow(path.resolve(here, '../preload/index.cjs'), settings.windowState);
    }
  });
  app.on('window-all-closed', () => app.quit());

  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    void stopSync(core)
      .then(() => core.close())
      .finally(() => app.exit(0));
  });
}
