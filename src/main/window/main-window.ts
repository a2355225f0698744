import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL, windowOptions } from './security';

export function createMainWindow(
  preloadPath: string,
  devTools: boolean,
  devServerUrl?: string,
): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadPath, devTools));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}
