import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CHANNELS, type Handlers } from '../../shared/contract';
import { fail } from '../../shared/result';
import { dispatch } from '../core/dispatch';
import { isAppUrl } from './protocol';

/**
 * Registers one handler per contract channel. Each call is checked to come
 * from the top frame of our own window showing our own page, then goes to
 * the same dispatch the preview host uses (parse, call, Result).
 */
export function registerIpc(handlers: Handlers, isOurWindow: (contents: WebContents) => boolean): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event, isOurWindow)) {
        return fail({ code: 'forbidden', message: 'IPC from an untrusted frame was refused.' });
      }
      return dispatch(handlers, channel, input);
    });
  }
  return () => CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}

export function isTrustedSender(event: IpcMainInvokeEvent, isOurWindow: (contents: WebContents) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false; // sub-frames never talk to main
  return isOurWindow(event.sender) && isAppUrl(frame.url);
}
