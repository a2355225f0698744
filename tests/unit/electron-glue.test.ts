// The Electron glue, run against the fakes in electron-fakes.ts (Electron's binary cannot run here).
// Each protection of SECURITY.md has a test below that fails when the protection is removed.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, CONTRACT } from '../../src/shared/ipc/contract';
import { ok } from '../../src/shared/result';
import type { Dispatch } from '../../src/main/ipc/dispatcher';
import { registerIpc } from '../../src/main/ipc/register-ipc';
import { exposeDesk } from '../../src/main/preload/expose-desk';
import { devServerUrlFrom } from '../../src/main/window/dev-server';
import {
  guardWebContents,
  hardenSession,
  secureAppBeforeReady,
  serveRenderer,
} from '../../src/main/window/harden-session';
import { createMainWindow } from '../../src/main/window/main-window';
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY } from '../../src/main/window/security';
import {
  FakeApp,
  FakeIpcMain,
  FakeProtocol,
  FakeSession,
  FakeWebContents,
  type Permission,
  type SenderFrame,
  fakeBrowserWindowClass,
} from './electron-fakes';
import { tempFolder } from './temp-folder';

const DEV_SERVER = 'http://localhost:5173/';
const ELSEWHERE = [
  'https://example.com/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'app://evil/index.html',
  'javascript:alert(1)',
];

describe('guardWebContents: every web contents (SECURITY.md 11-14)', () => {
  function guarded(devServerUrl?: string) {
    const app = new FakeApp();
    guardWebContents(app.asApp, devServerUrl);
    return app;
  }

  it.each(ELSEWHERE)('will-navigate: refuses navigating to %s', (url) => {
    const contents = guarded().createWebContents(1);
    expect(contents.navigate(url)).toBe(false);
    expect(contents.navigate('app://desk/index.html')).toBe(true);
  });

  it.each(ELSEWHERE)('will-redirect: refuses a redirect to %s', (url) => {
    const contents = guarded().createWebContents(1);
    expect(contents.redirect(url)).toBe(false);
    expect(contents.redirect('app://desk/index.html')).toBe(true);
  });

  it('setWindowOpenHandler: denies window.open and target=_blank, even to the app itself', () => {
    const contents = guarded().createWebContents(1);
    for (const url of [...ELSEWHERE, APP_ENTRY_URL])
      expect(contents.openWindow(url), url).toBe('deny');
  });

  it('will-attach-webview: refuses every webview', () => {
    expect(guarded().createWebContents(1).attachWebview()).toBe(false);
  });

  it('guards web contents created later too (a second page, a devtools window)', () => {
    const app = guarded();
    app.createWebContents(1);
    const later = app.createWebContents(2);
    expect(later.navigate('https://example.com/')).toBe(false);
    expect(later.openWindow('https://example.com/')).toBe('deny');
    expect(later.attachWebview()).toBe(false);
  });

  it("allows the dev server's origin only when one is given (a development build)", () => {
    expect(guarded(DEV_SERVER).createWebContents(1).navigate(`${DEV_SERVER}index.html`)).toBe(true);
    expect(guarded().createWebContents(1).navigate(`${DEV_SERVER}index.html`)).toBe(false);
    expect(guarded(DEV_SERVER).createWebContents(1).navigate('https://example.com/')).toBe(false);
  });
});

describe('hardenSession: the default session (SECURITY.md 1, 5)', () => {
  function hardened(devServerUrl?: string) {
    const session = new FakeSession();
    hardenSession(session.asSession(), devServerUrl);
    return session;
  }
  const contents = new FakeWebContents(1).asWebContents;
  const PERMISSIONS: readonly Permission[] = [
    'geolocation',
    'media',
    'notifications',
    'clipboard-read',
    'openExternal',
  ];

  it.each(PERMISSIONS)('setPermissionRequestHandler: refuses a request for %s', async (name) => {
    await expect(hardened().requestPermission(name, contents)).resolves.toBe(false);
  });

  it.each(PERMISSIONS)('setPermissionCheckHandler: answers no to a check for %s', (name) => {
    expect(hardened().checkPermission(name, contents)).toBe(false);
  });

  it('setDevicePermissionHandler: refuses every USB, HID or serial device', () => {
    expect(hardened().devicePermission()).toBe(false);
  });

  it.each([
    'https://example.com/tracker.js',
    'http://127.0.0.1:8080/',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
  ])('webRequest.onBeforeRequest: cancels the request %s', async (url) => {
    await expect(hardened().request(url)).resolves.toBe(false);
  });

  it("webRequest.onBeforeRequest: lets the app's own files and data: images through", async () => {
    const session = hardened();
    await expect(session.request('app://desk/assets/index.js')).resolves.toBe(true);
    await expect(session.request('data:image/png;base64,iVBORw0KGgo=')).resolves.toBe(true);
  });

  it('webRequest.onBeforeRequest: lets the dev server through only when one is given', async () => {
    await expect(hardened(DEV_SERVER).request(`${DEV_SERVER}src/main.tsx`)).resolves.toBe(true);
    await expect(hardened().request(`${DEV_SERVER}src/main.tsx`)).resolves.toBe(false);
  });

  it('setSpellCheckerEnabled: turns the spellchecker off, which would download dictionaries', () => {
    expect(new FakeSession().spellCheckerEnabled).toBe(true);
    expect(hardened().spellCheckerEnabled).toBe(false);
  });
});

describe('secureAppBeforeReady (SECURITY.md 4, 18)', () => {
  function secured() {
    const app = new FakeApp();
    const protocol = new FakeProtocol();
    secureAppBeforeReady(app.asApp, protocol.asProtocol());
    return { app, protocol };
  }

  it('app.enableSandbox: sandboxes every renderer, not only the main window', () => {
    expect(secured().app.sandboxEnabled).toBe(true);
  });

  it('registers app: as a secure, standard scheme (an origin of its own, like https)', () => {
    expect(secured().protocol.privileged).toEqual([
      [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
    ]);
  });

  it('guards every web contents created afterwards', () => {
    const contents = secured().app.createWebContents(1);
    expect(contents.navigate('https://example.com/')).toBe(false);
    expect(contents.openWindow('https://example.com/')).toBe('deny');
  });
});

describe('serveRenderer: the app protocol (SECURITY.md 7, 18)', () => {
  const PAGE = '<!doctype html><title>Social Desk</title><div id="root"></div>';
  async function served() {
    const root = await tempFolder();
    await writeFile(join(root, 'index.html'), PAGE);
    const protocol = new FakeProtocol();
    serveRenderer(protocol.asProtocol(), root);
    return protocol;
  }

  it('answers app://desk/ with the page and the Content-Security-Policy header', async () => {
    const response = await (await served()).fetch('app://desk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toBe(PAGE);
  });

  it('answers 404 for another host on the app scheme', async () => {
    const protocol = await served();
    for (const url of ['app://evil/index.html', 'app://desk.evil/index.html']) {
      expect((await protocol.fetch(url)).status, url).toBe(404);
    }
  });
});

describe('registerIpc: the sender check (SECURITY.md 17)', () => {
  const CHANNEL = 'session:status';
  const APP_TOP_FRAME: SenderFrame = { url: 'app://desk/index.html', parent: 'top' };

  function registered(window: FakeWebContents | undefined, devServerUrl?: string) {
    const ipcMain = new FakeIpcMain();
    const verdicts: boolean[] = [];
    const dispatch: Dispatch = (_channel, _payload, trustedSender) => {
      verdicts.push(trustedSender);
      return Promise.resolve(ok(null));
    };
    registerIpc(ipcMain.asIpcMain(), dispatch, () => window?.asWebContents, devServerUrl);
    return {
      ipcMain,
      trusted: async (sender: FakeWebContents, frame: SenderFrame | null): Promise<boolean> => {
        await ipcMain.invoke(CHANNEL, {}, sender, frame);
        const verdict = verdicts.pop();
        if (verdict === undefined) throw new Error('The handler did not reach the dispatcher');
        return verdict;
      },
    };
  }

  it('handles every contract channel, once each', () => {
    const { ipcMain } = registered(new FakeWebContents(1));
    expect([...ipcMain.listeners.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it("trusts the app window's top frame showing app://desk", async () => {
    const window = new FakeWebContents(1);
    await expect(registered(window).trusted(window, APP_TOP_FRAME)).resolves.toBe(true);
  });

  it('refuses a sender that is another web contents (wrong id)', async () => {
    const { trusted } = registered(new FakeWebContents(1));
    await expect(trusted(new FakeWebContents(2), APP_TOP_FRAME)).resolves.toBe(false);
  });

  it("refuses a subframe of the app's own window", async () => {
    const window = new FakeWebContents(1);
    const subframe: SenderFrame = { url: 'app://desk/index.html', parent: 'subframe' };
    await expect(registered(window).trusted(window, subframe)).resolves.toBe(false);
  });

  it.each(ELSEWHERE)('refuses the window once its frame shows another origin: %s', async (url) => {
    const window = new FakeWebContents(1);
    await expect(registered(window).trusted(window, { url, parent: 'top' })).resolves.toBe(false);
  });

  it('refuses a sender whose frame is gone, and every sender before the window exists', async () => {
    const window = new FakeWebContents(1);
    await expect(registered(window).trusted(window, null)).resolves.toBe(false);
    await expect(registered(undefined).trusted(window, APP_TOP_FRAME)).resolves.toBe(false);
  });

  it('trusts the dev server only when one is given (a development build)', async () => {
    const window = new FakeWebContents(1);
    const frame: SenderFrame = { url: `${DEV_SERVER}index.html`, parent: 'top' };
    await expect(registered(window, DEV_SERVER).trusted(window, frame)).resolves.toBe(true);
    await expect(registered(window).trusted(window, frame)).resolves.toBe(false);
  });
});

describe('createMainWindow (SECURITY.md 2-4, 6, 8-11, 13)', () => {
  function opened(devTools = false, devServerUrl?: string) {
    const app = new FakeApp();
    const { BrowserWindow, windows } = fakeBrowserWindowClass(app);
    const window = createMainWindow(
      BrowserWindow,
      '/built/preload/index.cjs',
      devTools,
      devServerUrl,
    );
    const record = windows[0];
    if (record === undefined || windows.length !== 1) throw new Error('Expected one window');
    return { window, record };
  }

  it('opens one window whose renderer is sandboxed, isolated and without Node', () => {
    const { webPreferences } = opened().record.options;
    expect(webPreferences).toMatchObject({
      preload: '/built/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
    expect(webPreferences?.enableBlinkFeatures ?? '').toBe('');
  });

  it('spellcheck: false, since Chromium would download its dictionaries', () => {
    expect(opened().record.options.webPreferences?.spellcheck).toBe(false);
  });

  it('loads app://desk/index.html, and the dev server only when one is given', () => {
    expect(opened().record.loaded).toEqual([APP_ENTRY_URL]);
    expect(opened(true, DEV_SERVER).record.loaded).toEqual([DEV_SERVER]);
  });

  it('stays hidden until ready-to-show, then shows', () => {
    const { window, record } = opened();
    expect(record.shown).toBe(false);
    window.emit('ready-to-show');
    expect(record.shown).toBe(true);
  });

  it('offers DevTools only when asked to, and keeps the sandbox then too', () => {
    const { webPreferences } = opened(true).record.options;
    expect(webPreferences?.devTools).toBe(true);
    expect(webPreferences?.sandbox).toBe(true);
  });
});

describe('devServerUrlFrom: ELECTRON_RENDERER_URL', () => {
  it.each([
    'http://localhost:5173',
    'https://example.com',
    'https://evil.example/index.html',
    'http://127.0.0.1:5173',
  ])('a production build ignores it, whatever it holds: %s', (value) => {
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: value }, false)).toBeUndefined();
  });

  it.each([
    ['http://localhost:5173', 'http://localhost:5173/'],
    ['http://127.0.0.1:5173/', 'http://127.0.0.1:5173/'],
    ['http://[::1]:5173', 'http://[::1]:5173/'],
  ])('a development build takes the loopback dev server %s', (value, expected) => {
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: value }, true)).toBe(expected);
  });

  it('a development build without the variable loads the built app', () => {
    expect(devServerUrlFrom({}, true)).toBeUndefined();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: '' }, true)).toBeUndefined();
  });

  it.each([
    'https://example.com',
    'https://localhost:5173',
    'http://example.com:5173',
    'http://localhost.evil.example:5173',
    'http://192.168.1.20:5173',
    'http://localhost',
    'http://127.0.0.1',
    'http://user:pass@localhost:5173',
    'file:///tmp/index.html',
    'not a url',
  ])('a development build refuses %s, saying what it must be', (value) => {
    expect(() => devServerUrlFrom({ ELECTRON_RENDERER_URL: value }, true)).toThrow(
      /must be http:\/\/localhost:PORT or http:\/\/127\.0\.0\.1:PORT/,
    );
  });
});

describe('the preload: window.desk (SECURITY.md 3, 20)', () => {
  function exposed() {
    const worlds = new Map<string, unknown>();
    const sent: unknown[][] = [];
    exposeDesk(
      {
        exposeInMainWorld: (key, api) => {
          worlds.set(key, api);
        },
      },
      {
        invoke: (...args: unknown[]) => {
          sent.push(args);
          return Promise.resolve(ok({ signedIn: null }));
        },
      },
    );
    return { worlds, sent };
  }

  it('exposes one key, desk, holding only the contract functions, frozen', () => {
    const { worlds } = exposed();
    expect([...worlds.keys()]).toEqual(['desk']);
    const desk = worlds.get('desk') as Record<string, Record<string, unknown>>;
    expect(Object.isFrozen(desk)).toBe(true);
    const channels: string[] = [];
    for (const [domain, verbs] of Object.entries(desk)) {
      expect(Object.isFrozen(verbs), domain).toBe(true);
      for (const [verb, value] of Object.entries(verbs)) {
        expect(typeof value, `${domain}.${verb}`).toBe('function');
        channels.push(`${domain}:${verb}`);
      }
    }
    expect(channels.sort()).toEqual(Object.keys(CONTRACT).sort());
  });

  it('sends a call on its own channel only, with nothing of ipcRenderer reaching the page', async () => {
    const { worlds, sent } = exposed();
    const desk = worlds.get('desk') as {
      session: { status: (request: object) => Promise<unknown> };
    };
    await desk.session.status({});
    expect(sent).toEqual([['session:status', {}]]);
  });
});

describe('the rest of the checklist (SECURITY.md 15, 16)', () => {
  async function sourceFiles(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true, recursive: true });
    return entries
      .filter((entry) => entry.isFile() && /\.(ts|tsx|js|cjs|mjs)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
  }

  it('no source file calls shell.openExternal or shell.openPath', async () => {
    const root = new URL('../../src', import.meta.url).pathname;
    const callers: string[] = [];
    for (const file of await sourceFiles(root)) {
      const text = await readFile(file, 'utf8');
      if (/\b(openExternal|openPath)\b/.test(text)) callers.push(file);
    }
    expect(callers).toEqual([]);
  });

  it('pins Electron exactly, and the installed Electron is that version', async () => {
    const project = JSON.parse(
      await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { devDependencies: Record<string, string> };
    const installed = JSON.parse(
      await readFile(new URL('../../node_modules/electron/package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    expect(project.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed.version).toBe(project.devDependencies.electron);
  });
});
