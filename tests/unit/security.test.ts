import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRendererFile } from '../../src/main/window/renderer-files';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isAllowedRequest,
  isAppUrl,
  isPermissionGranted,
  PACKET_STYLE_SOURCE,
  windowOptions,
} from '../../src/main/window/security';
import { tempFolder } from './temp-folder';

const DEV_SERVER = 'http://localhost:5173';

/** A policy as a map from directive name to its sources, in the order written. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives.has(name), `${name} appears twice`).toBe(false);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

describe('the main window', () => {
  it('runs the renderer isolated, sandboxed and without Node', () => {
    const options = windowOptions('/x/preload.cjs', false);
    expect(options.webPreferences).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
      // Chromium's spellchecker downloads dictionaries: no network at all.
      spellcheck: false,
    });
    expect(options.webPreferences?.enableBlinkFeatures ?? '').toBe('');
    expect(options.webPreferences?.navigateOnDragDrop).toBe(false);
  });

  it('offers DevTools only when asked to (a development build)', () => {
    expect(windowOptions('/x/preload.cjs', true).webPreferences?.devTools).toBe(true);
    expect(windowOptions('/x/preload.cjs', true).webPreferences?.sandbox).toBe(true);
  });
});

describe('the Content-Security-Policy', () => {
  const policy = parsePolicy(CONTENT_SECURITY_POLICY);

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['connect-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('sets %s to exactly %j', (directive, sources) => {
    expect(policy.get(directive)).toEqual(sources);
  });

  it('allows no inline code, no eval, and nothing from another origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-/i);
    for (const [directive, sources] of policy) {
      for (const source of sources) {
        // The one exception: the packet's constant style, by its hash (packet-csp.test.ts).
        if (directive === 'style-src' && source === PACKET_STYLE_SOURCE) continue;
        expect(["'self'", "'none'", 'data:'], `${directive} ${source}`).toContain(source);
      }
    }
    // data: only for images, never for code.
    for (const directive of ['script-src', 'style-src', 'default-src', 'worker-src']) {
      expect(policy.get(directive) ?? [], directive).not.toContain('data:');
    }
  });

  it("index.html's meta tag carries the same policy, less what a meta tag cannot carry", async () => {
    const html = await readFile(new URL('../../src/renderer/index.html', import.meta.url), 'utf8');
    const tags = [...html.matchAll(/<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi)];
    expect(tags).toHaveLength(1);
    const content = /\bcontent="([^"]*)"/i.exec(tags[0]?.[0] ?? '')?.[1];
    if (content === undefined) throw new Error('The CSP meta tag has no content attribute');

    const meta = parsePolicy(content);
    // A meta policy ignores frame-ancestors (and report-uri and sandbox); the header carries them.
    const headerOnly = ['frame-ancestors', 'report-uri', 'sandbox'];
    const expected = new Map([...policy].filter(([name]) => !headerOnly.includes(name)));
    expect(Object.fromEntries(meta)).toEqual(Object.fromEntries(expected));
    expect(policy.has('frame-ancestors')).toBe(true);
  });
});

describe('navigation, requests and permissions', () => {
  it.each([
    'https://example.com',
    'https://example.com/index.html',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'javascript:',
    'data:text/html,<script>alert(1)</script>',
    'app://evil/index.html',
    'app://desk.evil.example/index.html',
    'app://desk:8080/index.html',
    'app://user@evil/index.html',
    'about:blank',
    'not a url',
    '',
  ])('refuses to navigate to %j', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it.each([APP_ENTRY_URL, 'app://desk/index.html', 'app://desk/', 'app://desk/index.html#/drafts'])(
    'allows navigating within the app: %s',
    (url) => {
      expect(isAllowedNavigation(url)).toBe(true);
      expect(isAppUrl(url)).toBe(true);
    },
  );

  it("allows the dev server's origin only while developing, and no other port", () => {
    expect(isAllowedNavigation(`${DEV_SERVER}/index.html`, DEV_SERVER)).toBe(true);
    expect(isAllowedNavigation(`${DEV_SERVER}/index.html`)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5174/index.html', DEV_SERVER)).toBe(false);
    expect(isAllowedNavigation('https://example.com', DEV_SERVER)).toBe(false);
  });

  it.each([
    'https://example.com/tracker.js',
    'http://example.com/',
    'https://fonts.googleapis.com/css?family=Roboto',
    'http://127.0.0.1:8080/',
    'ws://example.com/socket',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'ftp://example.com/file',
    'app://evil/a.js',
  ])('refuses the request %s', (url) => {
    expect(isAllowedRequest(url)).toBe(false);
  });

  it.each([
    'app://desk/index.html',
    'app://desk/assets/index-abc123.js',
    'data:image/png;base64,iVBORw0KGgo=',
    'devtools://devtools/bundled/inspector.html',
  ])("allows the app's own request %s", (url) => {
    expect(isAllowedRequest(url)).toBe(true);
  });

  it.each(['geolocation', 'media', 'notifications', 'clipboard-read', 'openExternal', 'midi'])(
    'refuses the %s permission',
    (permission) => {
      expect(isPermissionGranted(permission)).toBe(false);
    },
  );
});

describe("serving the renderer's files", () => {
  const INDEX = '<!doctype html><title>Social Desk</title>';
  const SCRIPT = 'console.log("desk");';
  const SECRET = 'the contents of a file outside the renderer';

  /** A renderer folder, with a secret beside it and a sibling folder whose name starts the same. */
  async function rendererFolder() {
    const parent = await tempFolder();
    const root = join(parent, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), INDEX);
    await writeFile(join(root, 'assets', 'a.js'), SCRIPT);
    await writeFile(join(root, 'notes.md'), SECRET);
    await writeFile(join(root, '.env'), SECRET);
    await writeFile(join(parent, 'secret.txt'), SECRET);
    await mkdir(join(parent, 'renderer-evil'));
    await writeFile(join(parent, 'renderer-evil', 'x.js'), SECRET);
    return { parent, root };
  }

  function text(body: Uint8Array | string): string {
    return typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
  }

  it('answers / with index.html, the CSP header and the HTML content type', async () => {
    const { root } = await rendererFolder();
    for (const url of ['app://desk/', 'app://desk', 'app://desk/index.html', 'app://desk/?x=1']) {
      const response = await readRendererFile(root, url);
      expect(response.status, url).toBe(200);
      expect(text(response.body), url).toBe(INDEX);
      expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
      expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });

  it('answers a script with the JavaScript content type', async () => {
    const { root } = await rendererFolder();
    const response = await readRendererFile(root, 'app://desk/assets/a.js');
    expect(response.status).toBe(200);
    expect(text(response.body)).toBe(SCRIPT);
    expect(response.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a path that leaves the renderer folder', async () => {
    const { parent, root } = await rendererFolder();
    const urls = [
      'app://desk/..%2fsecret.txt',
      'app://desk/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://desk/..%2f..%2fetc%2fpasswd',
      'app://desk/assets/..%2f..%2fsecret.txt',
      'app://desk/%2e%2e%2fsecret.txt',
      'app://desk/%2e%2e/secret.txt',
      'app://desk/../secret.txt',
      'app://desk/..%5csecret.txt',
      'app://desk/..%2frenderer-evil%2fx.js',
      `app://desk/${encodeURIComponent(join(parent, 'secret.txt'))}`,
      `app://desk/${encodeURIComponent(join(parent, 'renderer-evil', 'x.js'))}`,
      'app://desk/%2fetc%2fpasswd',
    ];
    for (const url of urls) {
      const response = await readRendererFile(root, url);
      expect(response.status, url).toBe(404);
      expect(text(response.body), url).not.toContain(SECRET);
      expect(response.headers['Content-Security-Policy'], url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers 404 for a symlink inside the folder that points outside it', async () => {
    const { parent, root } = await rendererFolder();
    await symlink(join(parent, 'secret.txt'), join(root, 'assets', 'leak.txt'));
    await symlink('../../secret.txt', join(root, 'assets', 'relative-leak.js'));
    await symlink(join(parent, 'renderer-evil'), join(root, 'linked'));
    for (const url of [
      'app://desk/assets/leak.txt',
      'app://desk/assets/relative-leak.js',
      'app://desk/linked/x.js',
    ]) {
      const response = await readRendererFile(root, url);
      expect(response.status, url).toBe(404);
      expect(text(response.body), url).not.toContain(SECRET);
    }
  });

  it('follows a symlink that stays inside the folder, and a renderer folder reached by one', async () => {
    const { parent, root } = await rendererFolder();
    await symlink(join(root, 'assets', 'a.js'), join(root, 'alias.js'));
    await symlink(root, join(parent, 'renderer-link'));
    const alias = await readRendererFile(root, 'app://desk/alias.js');
    expect(alias.status).toBe(200);
    expect(text(alias.body)).toBe(SCRIPT);
    const throughLink = await readRendererFile(join(parent, 'renderer-link'), 'app://desk/');
    expect(throughLink.status).toBe(200);
    expect(text(throughLink.body)).toBe(INDEX);
  });

  it('answers 404 for a file of a type it does not serve, even inside the folder', async () => {
    const { root } = await rendererFolder();
    for (const url of ['app://desk/notes.md', 'app://desk/.env', 'app://desk/assets']) {
      const response = await readRendererFile(root, url);
      expect(response.status, url).toBe(404);
      expect(text(response.body), url).not.toContain(SECRET);
    }
  });

  it('answers 404 for a missing file and for a malformed path', async () => {
    const { root } = await rendererFolder();
    for (const url of ['app://desk/missing.js', 'app://desk/%E0%A4%A', 'app://desk/a%00.js']) {
      const response = await readRendererFile(root, url);
      expect(response.status, url).toBe(404);
    }
  });
});
