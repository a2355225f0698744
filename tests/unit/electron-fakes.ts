// Small fakes of Electron's main-process objects, typed with electron's own declarations
// (node_modules/electron/electron.d.ts). They stand in for the Electron binary, which cannot run
// here (no display, and its download is skipped), so the glue in src/main/window, src/main/ipc and
// src/main/electron-app.ts runs in unit tests. Where Electron has a default (a permission with no
// handler is granted, a navigation with no listener goes ahead, the spellchecker is on), the fake
// has the same default, so removing a protection changes what the test sees.
import type {
  App,
  BrowserWindowConstructorOptions,
  CallbackResponse,
  DevicePermissionHandlerHandlerDetails,
  Event as ElectronEvent,
  HandlerDetails,
  IpcMain,
  IpcMainInvokeEvent,
  OnBeforeRequestListenerDetails,
  Protocol,
  Session,
  WebContents,
  WebFrameMain,
  WebRequest,
  WebRequestFilter,
  WindowOpenHandlerResponse,
} from 'electron';
import { EventEmitter } from 'node:events';

/** Properties that test tooling and `await` probe on any object; a stand-in answers them quietly. */
const PROBED = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'constructor',
]);

/**
 * A stand-in for one of Electron's objects with only the members the code under test needs. Reading
 * any other member throws, naming it, so glue that starts using more of Electron fails loudly here
 * instead of reading `undefined`.
 */
export function standIn<T extends object>(name: string, members: Partial<T>): T {
  return new Proxy(members, {
    get(target, property, receiver) {
      if (typeof property === 'symbol' || property in target) {
        return Reflect.get(target, property, receiver) as unknown;
      }
      if (PROBED.has(property)) return undefined;
      throw new Error(
        `The test's stand-in ${name} has no ${property}: the code under test used more of Electron than the fake provides.`,
      );
    },
  }) as T;
}

/**
 * A stand-in whose events go through a Node EventEmitter. Electron's `on` and `once` return the
 * object itself, so these return the stand-in, not the emitter.
 */
export function emitterStandIn<T extends object>(
  name: string,
  emitter: EventEmitter,
  members: Partial<T>,
): T {
  const events = {
    on: (eventName: string, listener: (...args: unknown[]) => void) => {
      emitter.on(eventName, listener);
      return self;
    },
    once: (eventName: string, listener: (...args: unknown[]) => void) => {
      emitter.once(eventName, listener);
      return self;
    },
  };
  const self: T = standIn<T>(name, Object.assign(events, members));
  return self;
}

/** The event object Electron passes to will-navigate and friends. */
export function cancellableEvent(): ElectronEvent & { readonly prevented: () => boolean } {
  let prevented = false;
  return standIn<ElectronEvent & { prevented: () => boolean }>('Event', {
    preventDefault: () => {
      prevented = true;
    },
    prevented: () => prevented,
  });
}

export class FakeWebContents extends EventEmitter {
  private windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  /** This fake as Electron's type, for code that takes a WebContents. */
  readonly asWebContents: WebContents;

  constructor(readonly id: number) {
    super();
    this.asWebContents = emitterStandIn<WebContents>('WebContents', this, {
      id,
      setWindowOpenHandler: (handler) => {
        this.windowOpenHandler = handler;
      },
    });
  }

  /** True when the page may go to `url`: no listener prevented it, as in Electron. */
  navigate(url: string): boolean {
    return this.emitCancellable('will-navigate', url);
  }

  redirect(url: string): boolean {
    return this.emitCancellable('will-redirect', url);
  }

  attachWebview(): boolean {
    return this.emitCancellable('will-attach-webview', {}, {});
  }

  /** What `window.open(url)` or a target=_blank link gets: Electron allows it when no handler is set. */
  openWindow(url: string): WindowOpenHandlerResponse['action'] {
    if (this.windowOpenHandler === undefined) return 'allow';
    return this.windowOpenHandler(
      standIn<HandlerDetails>('HandlerDetails', {
        url,
        frameName: '',
        features: '',
        disposition: 'foreground-tab',
        referrer: { url: '', policy: 'no-referrer' },
      }),
    ).action;
  }

  private emitCancellable(eventName: string, ...args: unknown[]): boolean {
    const event = cancellableEvent();
    this.emit(eventName, event, ...args);
    return !event.prevented();
  }
}

export class FakeApp extends EventEmitter {
  sandboxEnabled = false;
  readonly paths = new Map<string, string>();
  quitCalls = 0;
  exitCode: number | undefined;

  constructor(private readonly singleInstance = true) {
    super();
  }

  /** This fake as Electron's type, for code that takes the App. */
  readonly asApp: App = emitterStandIn<App>('App', this, {
    enableSandbox: () => {
      this.sandboxEnabled = true;
    },
    setPath: (name, path) => {
      this.paths.set(name, path);
    },
    requestSingleInstanceLock: () => this.singleInstance,
    whenReady: () => Promise.resolve(),
    quit: () => {
      this.quitCalls += 1;
      this.emit('quit-called');
    },
    exit: (exitCode) => {
      this.exitCode = exitCode ?? 0;
    },
  });

  /** What Electron does for every page, frame or worker: tell the app a web contents was created. */
  createWebContents(id: number): FakeWebContents {
    const contents = new FakeWebContents(id);
    this.emit('web-contents-created', cancellableEvent(), contents.asWebContents);
    return contents;
  }
}

type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type DevicePermissionHandler = Parameters<Session['setDevicePermissionHandler']>[0];
type BeforeRequestListener =
  | ((
      details: OnBeforeRequestListenerDetails,
      callback: (response: CallbackResponse) => void,
    ) => void)
  | null;
export type Permission = Parameters<NonNullable<PermissionRequestHandler>>[1];

export class FakeSession {
  private requestHandler: PermissionRequestHandler = null;
  private checkHandler: PermissionCheckHandler = null;
  private deviceHandler: DevicePermissionHandler = null;
  private beforeRequest: BeforeRequestListener = null;
  /** Electron's default: the spellchecker is on, and fetches its dictionaries when it runs. */
  spellCheckerEnabled = true;

  private readonly webRequest: Pick<WebRequest, 'onBeforeRequest'> = {
    onBeforeRequest: (
      filterOrListener: WebRequestFilter | BeforeRequestListener,
      listener?: BeforeRequestListener,
    ): void => {
      // Two forms, as in Electron: (listener) or (filter, listener).
      this.beforeRequest =
        typeof filterOrListener === 'function' || filterOrListener === null
          ? filterOrListener
          : (listener ?? null);
    },
  };

  asSession(): Session {
    return standIn<Session>('Session', {
      setPermissionRequestHandler: (handler) => {
        this.requestHandler = handler;
      },
      setPermissionCheckHandler: (handler) => {
        this.checkHandler = handler;
      },
      setDevicePermissionHandler: (handler) => {
        this.deviceHandler = handler;
      },
      setSpellCheckerEnabled: (enable) => {
        this.spellCheckerEnabled = enable;
      },
      webRequest: standIn<WebRequest>('WebRequest', this.webRequest),
    });
  }

  /** A page asks for a permission; with no handler Electron grants it. */
  requestPermission(permission: Permission, contents: WebContents): Promise<boolean> {
    const handler = this.requestHandler;
    if (handler === null) return Promise.resolve(true);
    return new Promise((resolve) => {
      handler(
        contents,
        permission,
        resolve,
        standIn('PermissionRequest', { isMainFrame: true, requestingUrl: 'app://desk/' }),
      );
    });
  }

  /** A page checks a permission; with no handler Electron answers from its defaults (granted). */
  checkPermission(permission: Permission, contents: WebContents): boolean {
    if (this.checkHandler === null) return true;
    return this.checkHandler(
      contents,
      permission,
      'app://desk',
      standIn('PermissionCheckHandlerHandlerDetails', { isMainFrame: true }),
    );
  }

  /** A page asks for a USB, HID or serial device; with no handler Electron defers to the check. */
  devicePermission(): boolean {
    if (this.deviceHandler === null) return true;
    return this.deviceHandler(
      standIn<DevicePermissionHandlerHandlerDetails>('DevicePermissionHandlerHandlerDetails', {
        deviceType: 'usb',
        origin: 'app://desk',
      }),
    );
  }

  /** Whether a request to `url` goes out: with no listener Electron lets it. */
  request(url: string): Promise<boolean> {
    const listener = this.beforeRequest;
    if (listener === null) return Promise.resolve(true);
    return new Promise((resolve) => {
      listener(
        standIn<OnBeforeRequestListenerDetails>('OnBeforeRequestListenerDetails', {
          id: 1,
          url,
          method: 'GET',
          resourceType: 'xhr',
          referrer: '',
          timestamp: 0,
          uploadData: [],
        }),
        (response) => resolve(response.cancel !== true),
      );
    });
  }
}

type ProtocolHandler = Parameters<Protocol['handle']>[1];

export class FakeProtocol {
  readonly privileged: Parameters<Protocol['registerSchemesAsPrivileged']>[0][] = [];
  readonly handlers = new Map<string, ProtocolHandler>();

  asProtocol(): Protocol {
    return standIn<Protocol>('Protocol', {
      registerSchemesAsPrivileged: (schemes) => {
        this.privileged.push(schemes);
      },
      handle: (scheme, handler) => {
        this.handlers.set(scheme, handler);
      },
    });
  }

  /** What the renderer gets for `url` from the app's own protocol. */
  async fetch(url: string): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1));
    if (handler === undefined) throw new Error(`No protocol handler for ${url}`);
    return handler(new Request(url));
  }
}

type InvokeListener = Parameters<IpcMain['handle']>[1];

/** A frame as the sender check sees it: its URL and whether it has a parent (a subframe). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: 'top' | 'subframe';
}

export class FakeIpcMain {
  readonly listeners = new Map<string, InvokeListener>();

  asIpcMain(): IpcMain {
    return standIn<IpcMain>('IpcMain', {
      handle: (channel, listener) => {
        if (this.listeners.has(channel)) throw new Error(`${channel} is handled twice`);
        this.listeners.set(channel, listener);
      },
    });
  }

  /** What `ipcRenderer.invoke(channel, payload)` from `sender`'s `frame` gets back. */
  async invoke(
    channel: string,
    payload: unknown,
    sender: FakeWebContents,
    frame: SenderFrame | null,
  ): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (listener === undefined) throw new Error(`No handler for ${channel}`);
    const top = standIn<WebFrameMain>('WebFrameMain', { url: 'app://desk/', parent: null });
    const senderFrame =
      frame === null
        ? null
        : standIn<WebFrameMain>('WebFrameMain', {
            url: frame.url,
            parent: frame.parent === 'top' ? null : top,
          });
    const event = standIn<IpcMainInvokeEvent>('IpcMainInvokeEvent', {
      sender: sender.asWebContents,
      senderFrame,
    });
    return (await listener(event, payload)) as unknown;
  }
}

/** Each window the app opens, with what it was given. */
export interface FakeWindowRecord {
  readonly options: BrowserWindowConstructorOptions;
  readonly contents: FakeWebContents;
  readonly loaded: string[];
  shown: boolean;
  focused: boolean;
}

/**
 * A BrowserWindow class for `createMainWindow` and `startDesk`. Like Electron, creating a window
 * creates its web contents, which the app hears about through `web-contents-created`.
 */
export function fakeBrowserWindowClass(app: FakeApp, firstId = 1) {
  const windows: FakeWindowRecord[] = [];
  let nextId = firstId;
  class FakeBrowserWindow extends EventEmitter {
    readonly record: FakeWindowRecord;
    readonly webContents: WebContents;

    constructor(options: BrowserWindowConstructorOptions) {
      super();
      const contents = app.createWebContents(nextId);
      nextId += 1;
      this.record = { options, contents, loaded: [], shown: false, focused: false };
      this.webContents = contents.asWebContents;
      windows.push(this.record);
    }

    show(): void {
      this.record.shown = true;
    }

    loadURL(url: string): Promise<void> {
      this.record.loaded.push(url);
      return Promise.resolve();
    }

    isMinimized(): boolean {
      return false;
    }

    restore(): void {
      this.record.shown = true;
    }

    focus(): void {
      this.record.focused = true;
    }
  }
  return { BrowserWindow: FakeBrowserWindow, windows };
}
