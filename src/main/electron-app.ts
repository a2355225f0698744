import type { App, Dialog, IpcMain, Protocol, Session } from 'electron';
import { join, resolve } from 'node:path';
import { dataFolderArgument, defaultDataFolder, prepareDataFolder } from './data-folder';
import type { DeskShell } from './handlers/domain-handlers';
import { createDispatcher } from './ipc/dispatcher';
import { registerIpc } from './ipc/register-ipc';
import { createHandlers, openServices } from './services';
import { devServerUrlFrom } from './window/dev-server';
import { hardenSession, secureAppBeforeReady, serveRenderer } from './window/harden-session';
import {
  type MainWindow,
  type MainWindowConstructor,
  createMainWindow,
} from './window/main-window';

/** The parts of electron the app uses, passed in by index.ts so the wiring runs in unit tests too. */
export interface DeskElectron<W extends MainWindow> {
  readonly app: App;
  readonly BrowserWindow: MainWindowConstructor<W>;
  readonly dialog: Pick<Dialog, 'showErrorBox'>;
  /** Save dialogs, printing and PDFs for the handlers, over the main window once it exists. */
  readonly deskShell: (mainWindow: () => W | undefined) => DeskShell;
  readonly ipcMain: IpcMain;
  readonly protocol: Protocol;
  readonly session: { readonly defaultSession: Session };
}

export interface DeskStart {
  readonly argv: readonly string[];
  readonly env: Readonly<Partial<Record<string, string>>>;
  /** electron-vite's compile-time `import.meta.env.DEV`: true only for `npm run dev`. */
  readonly isDevelopmentBuild: boolean;
  /** The built main process's folder (out/main); the preload and the renderer are built beside it. */
  readonly mainFolder: string;
}

/**
 * Starts the app: the protections that must precede `ready`, one instance per data folder, then the
 * services, the session's protections, the app protocol, the IPC handlers and the window. Resolves
 * to the window, or to undefined when the app will not open one (another instance, or a failure
 * already shown to the person).
 */
export async function startDesk<W extends MainWindow>(
  electron: DeskElectron<W>,
  start: DeskStart,
): Promise<W | undefined> {
  const { app, dialog } = electron;
  try {
    return await openDesk(electron, start);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Social Desk cannot start', message);
    app.exit(1);
    return undefined;
  }
}

async function openDesk<W extends MainWindow>(
  { app, BrowserWindow, deskShell, ipcMain, protocol, session }: DeskElectron<W>,
  start: DeskStart,
): Promise<W | undefined> {
  const devServerUrl = devServerUrlFrom(start.env, start.isDevelopmentBuild);
  const dataFolder = resolve(dataFolderArgument(start.argv) ?? defaultDataFolder());

  secureAppBeforeReady(app, protocol, devServerUrl);
  // Chromium's own profile lives in the data folder, which makes the single-instance lock per folder.
  app.setPath('userData', join(dataFolder, 'chromium-profile'));
  if (!app.requestSingleInstanceLock()) {
    console.error(
      `Social Desk is already running with the data folder ${dataFolder}; switching to it.`,
    );
    app.quit();
    return undefined;
  }
  // Undefined until the services are open; a second instance started before that finds nothing to focus.
  let window: W | undefined = undefined;
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  const folder = await prepareDataFolder(dataFolder);
  const services = await openServices(folder, 'the Social Desk app');
  // Release the writer lock and close the journal before the process ends, not after.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void services.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
  hardenSession(session.defaultSession, devServerUrl);
  serveRenderer(protocol, join(start.mainFolder, '../renderer'));
  registerIpc(
    ipcMain,
    createDispatcher(
      createHandlers(
        services,
        deskShell(() => window),
      ),
    ),
    () => window?.webContents,
    devServerUrl,
  );
  // DevTools only in a development build (`npm run dev`), never in a production one.
  window = createMainWindow(
    BrowserWindow,
    join(start.mainFolder, '../preload/index.cjs'),
    start.isDevelopmentBuild,
    devServerUrl,
  );
  return window;
}
