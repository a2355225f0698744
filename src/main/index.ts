import { app, BrowserWindow, clipboard, dialog, ipcMain, protocol, session } from 'electron';
import { fileURLToPath } from 'node:url';
import { startDesk } from './electron-app';
import { electronDeskShell } from './window/packet-window';

// Only what needs the real Electron stays here; src/main/electron-app.ts does the rest, under test.
void startDesk(
  {
    app,
    BrowserWindow,
    dialog,
    ipcMain,
    protocol,
    session,
    deskShell: (mainWindow) => electronDeskShell({ BrowserWindow, clipboard, dialog }, mainWindow),
  },
  {
    argv: process.argv,
    env: process.env,
    isDevelopmentBuild: import.meta.env.DEV,
    mainFolder: fileURLToPath(new URL('.', import.meta.url)),
  },
);
