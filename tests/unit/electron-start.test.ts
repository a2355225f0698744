// startDesk, the whole main-process start as index.ts runs it, against the fakes in
// electron-fakes.ts (Electron's binary cannot run here) and the real services in a temporary folder.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDesk } from '../../src/main/electron-app';
import { headlessShell } from '../../src/main/handlers/domain-handlers';
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY } from '../../src/main/window/security';
import {
  FakeApp,
  FakeIpcMain,
  FakeProtocol,
  FakeSession,
  cancellableEvent,
  fakeBrowserWindowClass,
} from './electron-fakes';
import { tempFolder } from './temp-folder';

const PAGE = '<!doctype html><title>Social Desk</title>';

/** A built app's layout (out/main, out/preload, out/renderer) and a data folder beside it. */
async function builtApp() {
  const folder = await tempFolder();
  const out = join(folder, 'out');
  await mkdir(join(out, 'renderer'), { recursive: true });
  await mkdir(join(out, 'main'));
  await writeFile(join(out, 'renderer', 'index.html'), PAGE);
  return { out, dataFolder: join(folder, 'data') };
}

function fakeElectron(singleInstance = true) {
  const app = new FakeApp(singleInstance);
  const protocol = new FakeProtocol();
  const session = new FakeSession();
  const ipcMain = new FakeIpcMain();
  const errors: string[] = [];
  const { BrowserWindow, windows } = fakeBrowserWindowClass(app);
  const electron = {
    app: app.asApp,
    BrowserWindow,
    dialog: {
      showErrorBox: (title: string, content: string) => errors.push(`${title}: ${content}`),
    },
    ipcMain: ipcMain.asIpcMain(),
    protocol: protocol.asProtocol(),
    session: { defaultSession: session.asSession() },
    // Dialogs and printing need Electron's binary: the start is tested without them.
    deskShell: () => headlessShell,
  };
  return { electron, app, protocol, session, ipcMain, errors, windows };
}

/** What the app does when the person closes it: the services close, then the app quits. */
async function quit(app: FakeApp): Promise<void> {
  const quitting = once(app, 'quit-called');
  app.emit('will-quit', cancellableEvent());
  await quitting;
}

describe('startDesk: the main process as index.ts starts it', () => {
  it('applies every protection, opens the window on app://desk and answers only that window', async () => {
    const { out, dataFolder } = await builtApp();
    const fake = fakeElectron();
    const window = await startDesk(fake.electron, {
      argv: ['electron', 'out/main/index.js', '--data', dataFolder],
      // A production build ignores this: no page elsewhere becomes a trusted sender.
      env: { ELECTRON_RENDERER_URL: 'https://evil.example/' },
      isDevelopmentBuild: false,
      mainFolder: join(out, 'main'),
    });
    try {
      expect(fake.errors).toEqual([]);
      expect(window).toBeDefined();
      expect(fake.app.sandboxEnabled).toBe(true);
      expect(fake.app.paths.get('userData')).toBe(join(dataFolder, 'chromium-profile'));
      expect(fake.protocol.privileged).toHaveLength(1);
      expect(fake.session.spellCheckerEnabled).toBe(false);
      expect(fake.session.devicePermission()).toBe(false);
      await expect(fake.session.request('https://evil.example/')).resolves.toBe(false);

      const [record] = fake.windows;
      if (record === undefined || fake.windows.length !== 1) throw new Error('Expected one window');
      expect(record.loaded).toEqual([APP_ENTRY_URL]);
      expect(record.options.webPreferences).toMatchObject({
        preload: join(out, 'preload', 'index.cjs'),
        sandbox: true,
        contextIsolation: true,
        devTools: false,
        spellcheck: false,
      });
      expect(record.contents.navigate('https://evil.example/')).toBe(false);
      expect(record.contents.openWindow('https://evil.example/')).toBe('deny');

      const page = await fake.protocol.fetch('app://desk/');
      expect(page.status).toBe(200);
      expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await page.text()).toBe(PAGE);

      const top = { url: APP_ENTRY_URL, parent: 'top' } as const;
      await expect(
        fake.ipcMain.invoke('session:status', {}, record.contents, top),
      ).resolves.toMatchObject({ ok: true });
      const stranger = fake.app.createWebContents(99);
      await expect(fake.ipcMain.invoke('session:status', {}, stranger, top)).resolves.toMatchObject(
        { ok: false, error: { code: 'untrusted-sender' } },
      );
      const evil = { url: 'https://evil.example/', parent: 'top' } as const;
      await expect(
        fake.ipcMain.invoke('session:status', {}, record.contents, evil),
      ).resolves.toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    } finally {
      await quit(fake.app);
    }
    // Closing released the writer lock, so the CLI can write again at once.
    await expect(stat(join(dataFolder, 'writer.lock'))).rejects.toThrow(/ENOENT/);
  });

  it('a second instance on the same data folder opens nothing and quits', async () => {
    const { out, dataFolder } = await builtApp();
    const fake = fakeElectron(false);
    const window = await startDesk(fake.electron, {
      argv: ['electron', 'out/main/index.js', '--data', dataFolder],
      env: {},
      isDevelopmentBuild: false,
      mainFolder: join(out, 'main'),
    });
    expect(window).toBeUndefined();
    expect(fake.windows).toEqual([]);
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.ipcMain.listeners.size).toBe(0);
  });

  it('a data folder that cannot be used is shown in an error box, and the app exits 1', async () => {
    const { out, dataFolder } = await builtApp();
    await writeFile(dataFolder, 'a file where the data folder should be');
    const fake = fakeElectron();
    const window = await startDesk(fake.electron, {
      argv: ['electron', 'out/main/index.js', `--data=${dataFolder}`],
      env: {},
      isDevelopmentBuild: false,
      mainFolder: join(out, 'main'),
    });
    expect(window).toBeUndefined();
    expect(fake.windows).toEqual([]);
    expect(fake.app.exitCode).toBe(1);
    expect(fake.errors).toHaveLength(1);
    expect(fake.errors[0]).toContain(`Social Desk cannot start: The data folder ${dataFolder}`);
  });

  it('a development build with a dev server elsewhere refuses to start, saying why', async () => {
    const { out, dataFolder } = await builtApp();
    const fake = fakeElectron();
    await startDesk(fake.electron, {
      argv: ['electron', 'out/main/index.js', '--data', dataFolder],
      env: { ELECTRON_RENDERER_URL: 'https://evil.example/' },
      isDevelopmentBuild: true,
      mainFolder: join(out, 'main'),
    });
    expect(fake.windows).toEqual([]);
    expect(fake.app.exitCode).toBe(1);
    expect(fake.errors[0]).toMatch(/ELECTRON_RENDERER_URL .* must be http:\/\/localhost:PORT/);
  });
});
