import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataFolderArgument, defaultDataFolder, prepareDataFolder } from './data-folder';
import { createDispatcher } from './ipc/dispatcher';
import { registerIpc } from './ipc/register-ipc';
import { createHandlers, openServices } from './services';
import {
  guardWebContents,
  hardenSession,
  registerAppScheme,
  serveRenderer,
} from './window/harden-session';
import { createMainWindow } from './window/main-window';

const here = fileURLToPath(new URL('.', import.meta.url));
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const dataFolder = resolve(dataFolderArgument(process.argv) ?? defaultDataFolder());

registerAppScheme(protocol);
app.enableSandbox();
guardWebContents(app, devServerUrl);
// Chromium's own profile lives in the data folder, which makes the single-instance lock per folder.
app.setPath('userData', join(dataFolder, 'chromium-profile'));

if (!app.requestSingleInstanceLock()) {
  console.error(
    `Social Desk is already running with the data folder ${dataFolder}; switching to it.`,
  );
  app.quit();
} else {
  let window: BrowserWindow | undefined;
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(async () => {
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
      serveRenderer(protocol, join(here, '../renderer'));
      registerIpc(
        ipcMain,
        createDispatcher(createHandlers(services)),
        () => window?.webContents,
        devServerUrl,
      );
      // DevTools only in a development build (`npm run dev`), never in a production one.
      window = createMainWindow(
        join(here, '../preload/index.cjs'),
        import.meta.env.DEV,
        devServerUrl,
      );
    })
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox('Social Desk cannot start', message);
      app.exit(1);
    });
}
