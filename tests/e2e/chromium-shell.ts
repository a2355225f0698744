import {
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
  type Route,
  chromium,
} from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeskShell as HandlerShell } from '../../src/main/handlers/domain-handlers';
import { CHROMIUM_ARGS, PdfBrowser } from '../../src/main/packets/chromium-pdf';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDispatcher } from '../../src/main/ipc/dispatcher';
import { createHandlers, openServices } from '../../src/main/services';
import { readRendererFile } from '../../src/main/window/renderer-files';
import { isAllowedNavigation, isAllowedRequest, isAppUrl } from '../../src/main/window/security';
import { BUILT_PRELOAD, BUILT_RENDERER, CHROMIUM } from './paths';
import type { DeskApp } from './fixtures';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

/** Serves the built renderer exactly as the app's protocol does, CSP header included. */
export async function serveRenderer(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    void readRendererFile(BUILT_RENDERER, `http://renderer${request.url ?? '/'}`).then((file) => {
      response.writeHead(file.status, file.headers);
      response.end(file.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}

/**
 * Test stand-in for what needs the Electron binary, which cannot be installed here: the built
 * preload runs unchanged in the page with `require('electron')` answered by a shim whose
 * `ipcRenderer.invoke` reaches the real dispatcher and services in this process. The main process's
 * own guard functions decide navigation, requests and new windows, as its Electron glue does.
 */
function preloadShim(): string {
  const preload = readFileSync(BUILT_PRELOAD, 'utf8');
  return `(() => {
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, api) {
        Object.defineProperty(window, key, { value: api, enumerable: true });
      },
    },
    ipcRenderer: {
      invoke: (channel, request) =>
        window.__deskInvoke(channel, request).then((text) => JSON.parse(text)),
    },
  };
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('A sandboxed preload cannot require ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preload}
  })(require, module, module.exports);
})();`;
}

export async function openChromiumDesk(
  browser: Browser,
  rendererUrl: string,
  dataFolder: string,
): Promise<DeskApp> {
  const services = await openServices(dataFolder, 'the end-to-end harness');
  const savedFolder = `${dataFolder}-saved`;
  let printRequests = 0;
  let clipboard = '';
  let openAnswer: string | undefined;
  // Test stand-in for the Electron window's DeskShell (window/packet-window.ts), which needs the
  // binary: the save dialog is answered with a folder beside the data folder, the print dialog is
  // counted, and PDFs are made by the same Chromium the app's renderer runs in.
  const shell: HandlerShell = {
    chooseSaveFile: async (suggestedName) => {
      await mkdir(savedFolder, { recursive: true });
      return join(savedFolder, suggestedName);
    },
    // The open dialog is answered with the file the test named last (answerOpenDialog).
    chooseOpenFile: () => Promise.resolve(openAnswer),
    // The folder dialog is answered with the folder saved files go to.
    chooseFolder: async () => {
      await mkdir(savedFolder, { recursive: true });
      return savedFolder;
    },
    // The CLI's own PDF code, over the harness's Chromium.
    printToPdf: (html) => PdfBrowser.over(browser).pdf(html),
    print: () => {
      printRequests += 1;
      return Promise.resolve(true);
    },
    // Electron's clipboard needs the binary: the last copied text is kept for the tests to read.
    copyText: (text) => {
      clipboard = text;
      return Promise.resolve();
    },
  };
  const dispatch = createDispatcher(createHandlers(services, shell));
  const context: BrowserContext = await browser.newContext();
  await context.route('**/*', (route: Route) => guard(route, rendererUrl));
  const page: Page = await context.newPage();
  // As setWindowOpenHandler's deny: no second window survives.
  page.on('popup', (opened) => void opened.close());
  // The answer crosses as one JSON string, as Electron's IPC carries it as one structured clone:
  // Playwright's own serializer walks every value, and takes seconds over 20,000 drafts' summaries.
  await page.exposeBinding('__deskInvoke', async ({ frame }, channel: unknown, payload: unknown) =>
    JSON.stringify(
      await dispatch(
        channel,
        payload,
        frame === page.mainFrame() && isAppUrl(frame.url(), rendererUrl),
      ),
    ),
  );
  await page.addInitScript({ content: preloadShim() });
  await page.goto(`${rendererUrl}/index.html`);
  return {
    page,
    shell: 'chromium',
    savedFolder,
    printRequests: () => printRequests,
    clipboardText: () => Promise.resolve(clipboard),
    answerOpenDialog: (file) => {
      openAnswer = file;
    },
    openWindowCount: () => Promise.resolve(context.pages().length),
    close: async () => {
      await context.close();
      await services.close();
    },
  };
}

async function guard(route: Route, rendererUrl: string): Promise<void> {
  const request = route.request();
  const url = request.url();
  if (request.isNavigationRequest() && isTopLevel(request)) {
    // A 204 answer leaves the current document in place, as will-navigate's preventDefault does.
    if (!isAllowedNavigation(url, rendererUrl)) return route.fulfill({ status: 204 });
  }
  if (!isAllowedRequest(url, rendererUrl)) return route.abort('blockedbyclient');
  return route.continue();
}

/** A popup's first request has no frame yet; it is a top-level navigation all the same. */
function isTopLevel(request: Request): boolean {
  try {
    return request.frame().parentFrame() === null;
  } catch {
    return true;
  }
}
