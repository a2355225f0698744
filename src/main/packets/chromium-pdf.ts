import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { DeskFailure } from '../ipc/desk-failure';

/** Where Debian, Ubuntu and Google install their browsers, tried in this order. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const;

/**
 * The machine's own Chromium, driven without a window: no sandbox (the CLI may run as root, and the
 * page runs no script at all), nothing fetched behind the person's back.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

async function executable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/**
 * SOCIAL_DESK_CHROMIUM if set (and then only it), else /usr/bin/chromium, else the first of
 * chromium, chromium-browser, google-chrome on the PATH. Social Desk downloads no browser.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const chosen = env.SOCIAL_DESK_CHROMIUM;
  if (chosen !== undefined && chosen !== '') {
    if (isAbsolute(chosen) && (await executable(chosen))) return chosen;
    throw new DeskFailure(
      'not-found',
      `SOCIAL_DESK_CHROMIUM names ${chosen}, which is not an executable file (give its full path). Nothing was written.`,
    );
  }
  const folders = (env.PATH ?? '').split(delimiter).filter((folder) => folder !== '');
  const candidates = [
    '/usr/bin/chromium',
    ...CHROMIUM_NAMES.flatMap((name) => folders.map((folder) => join(folder, name))),
  ];
  for (const candidate of candidates) if (await executable(candidate)) return candidate;
  throw new DeskFailure(
    'not-found',
    'Making a PDF needs Chromium, and none was found (/usr/bin/chromium, or chromium, chromium-browser or google-chrome on the PATH). Install it (Debian or Ubuntu: sudo apt-get install chromium), or set SOCIAL_DESK_CHROMIUM to a Chromium or Chrome executable. Nothing was written.',
  );
}

/**
 * One Chromium kept open for several PDFs (the benchmark, a batch); `htmlToPdf` is the one-off.
 * Every request the page would make is refused: a packet loads nothing, and if it ever tried, the
 * PDF would not depend on what some server answered.
 */
export class PdfBrowser {
  private constructor(private readonly browser: Browser) {}

  /** Over a Chromium someone else launched and will close (the end-to-end harness's own). */
  static over(browser: Browser): Pick<PdfBrowser, 'pdf'> {
    return new PdfBrowser(browser);
  }

  static async launch(executablePath?: string): Promise<PdfBrowser> {
    const browser = await chromium.launch({
      executablePath: executablePath ?? (await findChromium()),
      args: [...CHROMIUM_ARGS],
      headless: true,
    });
    return new PdfBrowser(browser);
  }

  async pdf(html: string): Promise<Uint8Array> {
    const context = await this.browser.newContext({ javaScriptEnabled: false });
    try {
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'Letter',
        printBackground: true,
        preferCSSPageSize: true,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await context.close();
    }
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

/** The packet's HTML as PDF bytes, through the machine's Chromium, started and closed for it. */
export async function htmlToPdf(html: string, executablePath?: string): Promise<Uint8Array> {
  const browser = await PdfBrowser.launch(executablePath);
  try {
    return await browser.pdf(html);
  } finally {
    await browser.close();
  }
}
