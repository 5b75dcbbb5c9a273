import type { MasternetwerkApi } from '../../../shared/api';
import { createHttpApi } from './httpApi';

declare global {
  interface Window {
    /** Set by the preload script in Electron; absent in the browser preview. */
    masternetwerk?: MasternetwerkApi;
  }
}

/** The one API object of the UI: IPC inside Electron, HTTP in the browser preview. */
export const api: MasternetwerkApi = window.masternetwerk ?? createHttpApi();
