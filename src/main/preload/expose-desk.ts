import type { ContextBridge, IpcRenderer } from 'electron';
import { buildDeskApi } from '../../shared/ipc/desk-api';

/**
 * The renderer's only door to the main process: `window.desk`, the contract's functions, frozen.
 * ipcRenderer itself stays here: a page holding it could send on any channel and listen to any reply.
 */
export function exposeDesk(
  contextBridge: Pick<ContextBridge, 'exposeInMainWorld'>,
  ipcRenderer: Pick<IpcRenderer, 'invoke'>,
): void {
  contextBridge.exposeInMainWorld(
    'desk',
    buildDeskApi((channel, request) => ipcRenderer.invoke(channel, request)),
  );
}
