import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL, windowOptions } from './security';

/** What the app does with its window; electron's BrowserWindow has it all. */
export interface MainWindow extends Pick<
  BrowserWindow,
  'show' | 'loadURL' | 'webContents' | 'isMinimized' | 'restore' | 'focus'
> {
  once(event: 'ready-to-show', listener: () => void): unknown;
}

/**
 * Electron's BrowserWindow class, passed in rather than imported so the window's options and first
 * steps run in unit tests, where Electron's binary cannot.
 */
export type MainWindowConstructor<W extends MainWindow> = new (
  options: BrowserWindowConstructorOptions,
) => W;

export function createMainWindow<W extends MainWindow>(
  BrowserWindowClass: MainWindowConstructor<W>,
  preloadPath: string,
  devTools: boolean,
  devServerUrl?: string,
): W {
  const window = new BrowserWindowClass(windowOptions(preloadPath, devTools));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}
