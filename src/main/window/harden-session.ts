import type { App, Protocol, Session } from 'electron';
import { readRendererFile } from './renderer-files';
import {
  APP_HOST,
  APP_SCHEME,
  isAllowedNavigation,
  isAllowedRequest,
  isPermissionGranted,
} from './security';

/** Must run before `app` is ready: the app's scheme behaves like https (secure, standard origin). */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Everything that must be in place before `app` is ready: the app's scheme, the sandbox for every
 * renderer (not only the main window's), and the guards on every web contents ever created.
 */
export function secureAppBeforeReady(app: App, protocol: Protocol, devServerUrl?: string): void {
  registerAppScheme(protocol);
  app.enableSandbox();
  guardWebContents(app, devServerUrl);
}

/** Serves the built renderer from app://desk/ with the strict CSP header; nothing else is reachable. */
export function serveRenderer(protocol: Protocol, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (new URL(request.url).host !== APP_HOST) return new Response('Not found', { status: 404 });
    const file = await readRendererFile(rendererRoot, request.url);
    return new Response(file.body, { status: file.status, headers: file.headers });
  });
}

export function hardenSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, devServerUrl) }),
  );
  // The spellchecker would fetch dictionaries from Google's servers; the app makes no connection.
  session.setSpellCheckerEnabled(false);
}

/** Applies to every web contents ever created: no navigation away, no new windows, no webviews. */
export function guardWebContents(app: App, devServerUrl?: string): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
