import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNELS } from '../../shared/ipc/contract';
import type { Dispatch } from './dispatcher';
import { isAppUrl } from '../window/security';

/**
 * Electron glue only: every contract channel gets one `ipcMain.handle`, and the sender must be the
 * app's own window showing the app's own origin (a frame that navigated elsewhere is refused).
 */
export function registerIpc(
  ipcMain: IpcMain,
  dispatch: Dispatch,
  appContents: () => WebContents | undefined,
  devServerUrl?: string,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) =>
      dispatch(channel, payload, isTrustedSender(event, appContents(), devServerUrl)),
    );
  }
}

function isTrustedSender(
  event: IpcMainInvokeEvent,
  contents: WebContents | undefined,
  devServerUrl: string | undefined,
): boolean {
  const frame = event.senderFrame;
  return (
    contents !== undefined &&
    event.sender.id === contents.id &&
    frame !== null &&
    frame.parent === null &&
    isAppUrl(frame.url, devServerUrl)
  );
}
