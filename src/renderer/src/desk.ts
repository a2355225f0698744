import type { DeskApi } from '../../shared/ipc/desk-api';

declare global {
  interface Window {
    /** Exposed by the preload from the IPC contract; the renderer's only way to the main process. */
    readonly desk: DeskApi;
  }
}

export function desk(): DeskApi {
  return window.desk;
}
