import { BrowserWindow, screen, session, shell } from 'electron';
import { isSafeExternalUrl } from '../../shared/contract';
import { APP_ORIGIN, isAppUrl } from './protocol';

export interface WindowState {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized?: boolean;
}

/**
 * The one window, locked down per the Electron security checklist: isolated,
 * sandboxed, no Node in the page, no navigation away, no new windows, no
 * permissions; https and mailto links go to the OS instead.
 */
export function createMainWindow(preloadPath: string, state: WindowState | undefined): BrowserWindow {
  const bounds = visibleBounds(state);
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Masternetwerk',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Without a bundled dictionary Chromium downloads one from the internet (docs/privacy.md: no connections of our own).
      spellcheck: false,
    },
  });
  if (state?.maximized) window.maximize();

  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
}

export function windowState(window: BrowserWindow): WindowState {
  const { width, height, x, y } = window.getNormalBounds();
  return { width, height, x, y, maximized: window.isMaximized() };
}

function visibleBounds(state: WindowState | undefined) {
  const fallback = { width: 1280, height: 840 };
  if (!state) return fallback;
  const onScreen = screen.getAllDisplays().some(({ workArea: a }) =>
    state.x !== undefined && state.y !== undefined && state.x >= a.x && state.y >= a.y && state.x < a.x + a.width && state.y < a.y + a.height,
  );
  return onScreen ? { width: state.width, height: state.height, x: state.x, y: state.y } : { width: state.width, height: state.height };
}
