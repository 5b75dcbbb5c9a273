import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_NAMES, type MasternetwerkApi } from '../shared/api';
import { CHANNELS, type Channel } from '../shared/contract';

/**
 * Exposes exactly the contract: `invoke` for its channels and `on` for its
 * events. No ipcRenderer, no catch-all channel, nothing else.
 */
const channels = new Set<string>(CHANNELS);
const events = new Set<string>(EVENT_NAMES);

const api: MasternetwerkApi = {
  invoke(channel: Channel, input?: unknown) {
    if (!channels.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'invalid_input', message: `Unknown channel ${String(channel)}` } });
    }
    return ipcRenderer.invoke(channel, input);
  },
  on(event, listener) {
    if (!events.has(event)) return () => undefined;
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
} as MasternetwerkApi;

contextBridge.exposeInMainWorld('masternetwerk', api);
