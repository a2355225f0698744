import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchChromium, openChromiumDesk, serveRenderer } from '../e2e/chromium-shell';
import { seedPages } from '../e2e/seed';
import { signIn } from '../e2e/session';
import { percentile } from './measure';

/** What one typing session in the real editor cost, from the page's own performance timeline. */
export interface TypingFigures {
  readonly bodyLength: number;
  readonly keys: number;
  /** Key presses whose input-to-next-paint (Event Timing) took over 50 ms, and the slowest. */
  readonly slowKeys: number;
  readonly slowestKeyMs: number;
  /** Long animation frames (over 50 ms) while typing, and how many of them ran a checklist scan. */
  readonly longFrames: number;
  readonly longFramesWithScan: number;
  readonly longestFrameMs: number;
  /** Checklist runs on the page's own thread while typing (none, when the worker runs them). */
  readonly scansOnPage: number;
  /** From a key's content posted to the worker to its checklist back on the page. */
  readonly workerRuns: number;
  readonly workerP99Ms: number;
}

const SENTENCE =
  'Lock your car and take your valuables inside tonight. Call (555) 555-0100 to report anything suspicious. ';

/** A long document as people paste them: paragraphs of five sentences, or one endless paragraph. */
export function longText(length: number, shape: 'paragraphs' | 'one-paragraph'): string {
  const unit = shape === 'paragraphs' ? `${SENTENCE.repeat(5).trimEnd()}\n\n` : SENTENCE;
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const TYPED = 'Thank you for helping keep Riverside safe. ';

/** What the page's observers collected: long frames [start, duration], slow events, runs. */
interface Sink {
  frames: number[][];
  events: number[];
  scans: number[][];
  worker: number[];
}

/** Collects what the page reports while a person types; read back with `collected`. */
async function observe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const sink = {
      frames: [] as number[][],
      events: [] as number[],
      scans: [] as number[][],
      worker: [] as number[],
    };
    (window as unknown as { __typing: typeof sink }).__typing = sink;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) sink.frames.push([entry.startTime, entry.duration]);
    }).observe({ type: 'long-animation-frame' });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === 'keydown' || entry.name === 'keypress' || entry.name === 'input')
          sink.events.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === 'social-desk:checklist')
          sink.scans.push([entry.startTime, entry.duration]);
        else if (entry.name === 'social-desk:checklist-worker') sink.worker.push(entry.duration);
    }).observe({ type: 'measure' });
  });
}

/** Types `keys` characters at about 8 a second, a brisk typist, and returns what the page saw. */
async function typeAndCollect(page: Page, keys: number): Promise<Sink> {
  await observe(page);
  await page.keyboard.type(TYPED.repeat(Math.ceil(keys / TYPED.length)).slice(0, keys), {
    delay: 120,
  });
  await page.waitForTimeout(1_000);
  return page.evaluate(() => (window as unknown as { __typing: Sink }).__typing);
}

/** Long frames that had a checklist run on the page in them are the ones scanning slowed. */
function figuresOf(sink: Sink, bodyLength: number, keys: number): TypingFigures {
  const frames = sink.frames.map(([start = 0, duration = 0]) => ({ start, duration }));
  const scans = sink.scans.map(([start = 0, duration = 0]) => ({ start, duration }));
  const withScan = frames.filter((frame) =>
    scans.some((scan) => scan.start >= frame.start && scan.start < frame.start + frame.duration),
  );
  return {
    bodyLength,
    keys,
    slowKeys: sink.events.filter((duration) => duration > 50).length,
    slowestKeyMs: Math.max(0, ...sink.events),
    longFrames: frames.length,
    longFramesWithScan: withScan.length,
    longestFrameMs: Math.max(0, ...frames.map((frame) => frame.duration)),
    scansOnPage: scans.length,
    workerRuns: sink.worker.length,
    workerP99Ms: sink.worker.length === 0 ? 0 : percentile(sink.worker, 99),
  };
}

/**
 * Types `keys` characters at the end of a body holding `text` in the built renderer,
 * in Chromium, against the real services, with an X and an Instagram page targeted.
 */
export async function measureTyping(text: string, keys: number): Promise<TypingFigures> {
  const folder = await mkdtemp(join(tmpdir(), 'social-desk-typing-'));
  const browser = await launchChromium();
  const served = await serveRenderer();
  try {
    await seedPages(folder, [
      { platform: 'x', name: '@ExamplePD', url: 'https://x.com/ExamplePD' },
      { platform: 'instagram', name: 'examplepd', url: 'https://www.instagram.com/examplepd' },
    ]);
    const desk = await openChromiumDesk(browser, served.url, folder);
    const { page } = desk;
    await signIn(page);
    await page.getByRole('button', { name: 'New draft' }).click();
    await page.getByLabel('Title').fill('Long document');
    await page.getByRole('checkbox', { name: /@ExamplePD/ }).check();
    await page.getByRole('checkbox', { name: /examplepd \(Instagram/ }).check();
    const body = page.getByLabel('Post text');
    await body.fill(text);
    await body.press('ControlOrMeta+End');
    await page.waitForTimeout(500);
    const sink = await typeAndCollect(page, keys);
    await desk.close();
    return figuresOf(sink, text.length, keys);
  } finally {
    await browser.close();
    served.server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * The baseline: the same typing in a bare textarea holding the same text, on a blank page in the
 * same browser: what any editor of that text costs before Social Desk adds anything.
 */
export async function measureBareTyping(text: string, keys: number): Promise<TypingFigures> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent(
      '<label for="t">Text</label><textarea id="t" rows="14" cols="80"></textarea>',
    );
    const area = page.getByLabel('Text');
    await area.fill(text);
    await area.press('ControlOrMeta+End');
    await page.waitForTimeout(500);
    return figuresOf(await typeAndCollect(page, keys), text.length, keys);
  } finally {
    await browser.close();
  }
}
