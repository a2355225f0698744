import { readFile, realpath } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RendererResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array<ArrayBuffer> | string;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
} as const;

/**
 * Serves the built renderer for the app's protocol (and for the end-to-end harness, which has no
 * Electron): only files inside `root`, each with the strict Content-Security-Policy header. A path
 * is checked twice: as written, and after symlinks are resolved, so a link inside the folder that
 * points elsewhere serves nothing.
 */
export async function readRendererFile(
  root: string,
  requestUrl: string,
): Promise<RendererResponse> {
  const base = resolve(root);
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return notFound();
  }
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.slice(1);
  const file = resolve(base, normalize(relative));
  if (!isInside(file, base)) return notFound();
  try {
    const [realBase, realFile] = await Promise.all([realpath(base), realpath(file)]);
    if (!isInside(realFile, realBase)) return notFound();
    // The type follows the file actually read, so a link cannot serve notes.md as a script.
    const type = CONTENT_TYPES[extname(realFile).toLowerCase()];
    if (type === undefined || CONTENT_TYPES[extname(file).toLowerCase()] === undefined) {
      return notFound();
    }
    const body = new Uint8Array(await readFile(realFile));
    return { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': type }, body };
  } catch {
    return notFound();
  }
}

function isInside(file: string, folder: string): boolean {
  return file === folder || file.startsWith(folder + sep);
}

function notFound(): RendererResponse {
  return {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    body: 'Not found',
  };
}
