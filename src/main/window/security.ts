import { createHash } from 'node:crypto';
import type { BrowserWindowConstructorOptions } from 'electron';
import { PACKET_STYLE } from '../../shared/packets/packet-style';

/** The renderer is served from this origin by the app's own protocol, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * A packet is shown in a sandboxed srcdoc frame, which keeps this document's policy: its one inline
 * style (a constant) is allowed by its hash, and no other inline style is. index.html carries the
 * same value; a unit test fails when the style changes without it.
 */
export const PACKET_STYLE_SOURCE = `'sha256-${createHash('sha256').update(PACKET_STYLE, 'utf8').digest('base64')}'`;

/**
 * Nothing but the app's own files: no remote scripts, styles, images or connections; no eval; no
 * plugins; no framing; no form posts. The same policy is in index.html and in every response header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${PACKET_STYLE_SOURCE}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'none'",
].join('; ');

export function windowOptions(
  preloadPath: string,
  devTools: boolean,
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Social Desk',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      webviewTag: false,
      navigateOnDragDrop: false,
      // Chromium's spellchecker downloads its dictionaries; the app uses no network at all.
      spellcheck: false,
      safeDialogs: true,
      devTools,
    },
  };
}

function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    // Non-special schemes report "null" as origin; build it from the parts instead.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

/** True for the app's own origin, and for the dev server's while developing. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const origin = originOf(url);
  if (origin === undefined) return false;
  if (origin === APP_ORIGIN) return true;
  return devServerUrl !== undefined && origin === originOf(devServerUrl);
}

/** The only requests a window may make: the app's own files (plus devtools' own in development). */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  if (isAppUrl(url, devServerUrl)) return true;
  const scheme = url.slice(0, url.indexOf(':') + 1);
  return scheme === 'data:' || scheme === 'devtools:';
}

/** A navigation may only reload the app itself; every link elsewhere is refused. */
export function isAllowedNavigation(url: string, devServerUrl?: string): boolean {
  return isAppUrl(url, devServerUrl);
}

/** Every permission (camera, geolocation, notifications, clipboard, ...) is refused: none is needed. */
export function isPermissionGranted(_permission: string): false {
  return false;
}
