import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { fileURLToPath } from 'node:url';
import { startDesk } from './electron-app';

// Only what needs the real Electron stays here; src/main/electron-app.ts does the rest, under test.
void startDesk(
  { app, BrowserWindow, dialog, ipcMain, protocol, session },
  {
    argv: process.argv,
    env: process.env,
    isDevelopmentBuild: import.meta.env.DEV,
    mainFolder: fileURLToPath(new URL('.', import.meta.url)),
  },
);
