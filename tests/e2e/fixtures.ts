import { type Browser, type Page, test as base } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, openChromiumDesk, serveRenderer } from './chromium-shell';
import { openElectronDesk } from './electron-shell';
import { electronBinary } from './paths';

export type DeskShell = 'chromium' | 'electron';

export interface DeskApp {
  readonly page: Page;
  readonly shell: DeskShell;
  /**
   * Where "Save PDF" and "Save HTML" put their files. The Chromium harness answers the save dialog
   * with this folder (a native dialog needs the Electron binary); undefined in Electron, whose
   * dialog a test cannot drive.
   */
  readonly savedFolder: string | undefined;
  /** How many times the system print dialog was asked for (Chromium harness only). */
  readonly printRequests: () => number;
  /**
   * The file the next "open file" dialog answers with (Chromium harness only: Electron's native
   * dialog cannot be driven by a test, so undefined there); undefined as the answer is a cancel.
   */
  readonly answerOpenDialog: ((file: string | undefined) => void) | undefined;
  /** The text the app last put on the clipboard. */
  readonly clipboardText: () => Promise<string>;
  openWindowCount(): Promise<number>;
  close(): Promise<void>;
}

interface TestFixtures {
  /** A fresh data folder on disk for each test. */
  dataFolder: string;
  /** Starts Social Desk on a data folder; call it again after close() to restart. */
  openDesk: (dataFolder?: string) => Promise<DeskApp>;
}

export interface DeskShellOptions {
  deskShell: DeskShell;
}

interface WorkerFixtures extends DeskShellOptions {
  chromiumHarness: { browser: Browser; rendererUrl: string } | undefined;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  deskShell: ['chromium', { option: true, scope: 'worker' }],
  chromiumHarness: [
    async ({ deskShell }, use) => {
      if (deskShell !== 'chromium') return use(undefined);
      const browser = await launchChromium();
      const served: { url: string; server: Server } = await serveRenderer();
      await use({ browser, rendererUrl: served.url });
      await browser.close();
      served.server.close();
    },
    { scope: 'worker' },
  ],
  // Playwright requires an object pattern even when a fixture depends on nothing.
  // eslint-disable-next-line no-empty-pattern
  dataFolder: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'social-desk-e2e-'));
    await use(folder);
    // With it, what the harness saved beside it and the exports a test wrote there.
    for (const made of [folder, `${folder}-saved`, `${folder}-exports`])
      await rm(made, { recursive: true, force: true });
  },
  openDesk: async ({ deskShell, chromiumHarness, dataFolder }, use, testInfo) => {
    const binary = deskShell === 'electron' ? electronBinary() : undefined;
    testInfo.skip(
      deskShell === 'electron' && binary === undefined,
      'Electron binary not installed (node_modules/electron/dist); run `npx install-electron` to run this project.',
    );
    const opened: DeskApp[] = [];
    await use(async (folder = dataFolder) => {
      const app =
        binary !== undefined
          ? await openElectronDesk(binary, folder)
          : chromiumHarness
            ? await openChromiumDesk(chromiumHarness.browser, chromiumHarness.rendererUrl, folder)
            : undefined;
      if (!app) throw new Error('No shell to open Social Desk in');
      opened.push(app);
      return app;
    });
    for (const app of opened) await app.close().catch(() => undefined);
  },
});

export { expect } from '@playwright/test';
