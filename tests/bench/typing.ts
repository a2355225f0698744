import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { launchChromium, openChromiumDesk, serveRenderer } from '../e2e/chromium-shell';
import { CHROMIUM, ROOT } from '../e2e/paths';
import { seedPages } from '../e2e/seed';
import { signIn } from '../e2e/session';
import { type BenchOutput, percentile, runAlone } from './measure';

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
  readonly workerMedianMs: number;
  /**
   * From a key press to the checklist back on the page for text holding that key: the worker's
   * run, and any wait while the run before it finished (a key typed during a run waits for it).
   */
  readonly keysToChecklist: number;
  readonly keyToChecklistP99Ms: number;
  readonly keyToChecklistMedianMs: number;
  /** Contents posted to the worker told to run the phrase rules alone (the baseline session). */
  readonly phraseRulesOnlyPosts: number;
}

/** A typing session in the editor as it is, or with the worker told to skip the sentence layer. */
export interface TypingOptions {
  readonly phraseRulesOnly?: boolean;
}

const SENTENCE =
  'Lock your car and take your valuables inside tonight. Call (555) 555-0100 to report anything suspicious. ';

/** A long document as people paste them: paragraphs of five sentences, or one endless paragraph. */
export function longText(length: number, shape: 'paragraphs' | 'one-paragraph'): string {
  const unit = shape === 'paragraphs' ? `${SENTENCE.repeat(5).trimEnd()}\n\n` : SENTENCE;
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const TYPED = 'Thank you for helping keep Riverside safe. ';

/**
 * What the page's observers collected: long frames [start, duration], slow events, runs on the
 * page [start, duration], the worker's runs [posted, duration], key presses [time, the body's
 * length with that key in it] and contents posted to the worker [time, body length].
 */
interface Sink {
  frames: number[][];
  events: number[];
  scans: number[][];
  worker: number[][];
  keys: number[][];
  posts: number[][];
  phraseRulesOnlyPosts: number;
}

/** Collects what the page reports while a person types; read back with `collected`. */
async function observe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const sink = {
      frames: [] as number[][],
      events: [] as number[],
      scans: [] as number[][],
      worker: [] as number[][],
      keys: [] as number[][],
      posts: [] as number[][],
      phraseRulesOnlyPosts: 0,
    };
    (window as unknown as { __typing: typeof sink }).__typing = sink;
    // The key as pressed: the body will hold one more character once it is typed.
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.target instanceof HTMLTextAreaElement)
          sink.keys.push([event.timeStamp, event.target.value.length + 1]);
      },
      true,
    );
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
        else if (entry.name === 'social-desk:checklist-worker')
          sink.worker.push([entry.startTime, entry.duration]);
    }).observe({ type: 'measure' });
  });
}

/**
 * Waits for the worker's checklist of the text just pasted (every paragraph parsed for the first
 * time): the typing is measured from there, as a person types into a document already open.
 */
async function checklistBack(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const observer = new PerformanceObserver((list) => {
          if (list.getEntries().some((entry) => entry.name === 'social-desk:checklist-worker')) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe({ type: 'measure' });
        // Should the run have ended before the observer began, the page is settled anyway.
        setTimeout(() => {
          observer.disconnect();
          resolve();
        }, 10_000);
      }),
  );
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

/**
 * Watches what the page posts to its checklist worker, from the test's side (the app is not
 * changed): each content's time and body length, and for the baseline session the job's context
 * told `phraseRulesOnly`, which the worker passes to the scanners. Installed before the editor
 * opens, so its worker's every post goes through it.
 */
async function watchWorkerPosts(page: Page, phraseRulesOnly: boolean): Promise<void> {
  await page.evaluate((skipSentences) => {
    interface Job {
      readonly content?: { readonly body?: string };
      readonly context?: object;
    }
    const scope = window as unknown as { __typing?: Sink };
    // Called below with the worker as `this`, as the page calls it.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const original = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const job = (message as { job?: Job } | null)?.job;
      let sent = message;
      if (job) {
        scope.__typing?.posts.push([performance.now(), job.content?.body?.length ?? 0]);
        if (skipSentences) {
          sent = {
            ...(message as object),
            job: { ...job, context: { ...job.context, phraseRulesOnly: true } },
          };
          if (scope.__typing) scope.__typing.phraseRulesOnlyPosts += 1;
        }
      }
      Reflect.apply(original, this, [sent, ...rest]);
    } as typeof original;
  }, phraseRulesOnly);
}

/**
 * For each key press, the first checklist back from the worker for a body holding that key:
 * a worker run is matched to its post by time (the post is recorded as it is sent, within a
 * millisecond of the run's start), then the first run whose body is long enough is the key's.
 */
function keyToChecklist(sink: Sink): number[] {
  const runs = sink.worker
    .map(([start = 0, duration = 0]) => {
      const post = sink.posts.find(([time = 0]) => time >= start && time - start < 2);
      return { end: start + duration, length: post?.[1] ?? -1 };
    })
    .filter((run) => run.length >= 0)
    .sort((a, b) => a.end - b.end);
  return sink.keys.flatMap(([time = 0, length = 0]) => {
    const run = runs.find((candidate) => candidate.length >= length && candidate.end >= time);
    return run ? [run.end - time] : [];
  });
}

/** Long frames that had a checklist run on the page in them are the ones scanning slowed. */
function figuresOf(sink: Sink, bodyLength: number, keys: number): TypingFigures {
  const frames = sink.frames.map(([start = 0, duration = 0]) => ({ start, duration }));
  const scans = sink.scans.map(([start = 0, duration = 0]) => ({ start, duration }));
  const withScan = frames.filter((frame) =>
    scans.some((scan) => scan.start >= frame.start && scan.start < frame.start + frame.duration),
  );
  const latencies = keyToChecklist(sink);
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
    workerMedianMs:
      sink.worker.length === 0
        ? 0
        : percentile(
            sink.worker.map(([, duration = 0]) => duration),
            50,
          ),
    workerP99Ms:
      sink.worker.length === 0
        ? 0
        : percentile(
            sink.worker.map(([, duration = 0]) => duration),
            99,
          ),
    keysToChecklist: latencies.length,
    keyToChecklistP99Ms: latencies.length === 0 ? 0 : percentile(latencies, 99),
    keyToChecklistMedianMs: latencies.length === 0 ? 0 : percentile(latencies, 50),
    phraseRulesOnlyPosts: sink.phraseRulesOnlyPosts,
  };
}

/**
 * Types `keys` characters at the end of a body holding `text` in the built renderer,
 * in Chromium, against the real services, with an X and an Instagram page targeted.
 */
export async function measureTyping(
  text: string,
  keys: number,
  { phraseRulesOnly = false }: TypingOptions = {},
): Promise<TypingFigures> {
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
    await watchWorkerPosts(page, phraseRulesOnly);
    await page.getByRole('button', { name: 'New draft' }).click();
    await page.getByLabel('Title').fill('Long document');
    await page.getByRole('checkbox', { name: /@ExamplePD/ }).check();
    await page.getByRole('checkbox', { name: /examplepd \(Instagram/ }).check();
    const body = page.getByLabel('Post text');
    await body.fill(text);
    await body.press('ControlOrMeta+End');
    await checklistBack(page);
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

const ms = (value: number) => `${value.toFixed(3)} ms`;

/**
 * Typing at the end of a 50,000-character body in the built editor (`npm run build` first), in
 * Chromium: the editor as it is, the same with the worker's scanners told to run the phrase rules
 * alone (what they were before issue 13), and a bare textarea holding the same text.
 */
export async function benchTyping({ say, record, quick }: BenchOutput): Promise<void> {
  const keys = quick ? 20 : 60;
  for (const shape of ['paragraphs', 'one-paragraph'] as const) {
    const text = longText(50_000, shape);
    const bare = await measureBareTyping(text, keys);
    const app = await measureTyping(text, keys);
    const phrases = await measureTyping(text, keys, { phraseRulesOnly: true });
    const key = shape.replace('-', '_');
    record(`typing_long_frames_${key}`, app.longFrames);
    record(`typing_long_frames_with_scan_${key}`, app.longFramesWithScan);
    record(`typing_longest_frame_ms_${key}`, app.longestFrameMs);
    record(`typing_scans_on_page_${key}`, app.scansOnPage);
    record(`typing_worker_p99_ms_${key}`, app.workerP99Ms);
    record(`typing_key_to_checklist_p99_ms_${key}`, app.keyToChecklistP99Ms);
    record(`typing_key_to_checklist_median_ms_${key}`, app.keyToChecklistMedianMs);
    record(`typing_worker_median_ms_${key}`, app.workerMedianMs);
    record(`typing_phrase_only_long_frames_${key}`, phrases.longFrames);
    record(`typing_phrase_only_long_frames_with_scan_${key}`, phrases.longFramesWithScan);
    record(`typing_phrase_only_worker_p99_ms_${key}`, phrases.workerP99Ms);
    record(`typing_phrase_only_key_to_checklist_p99_ms_${key}`, phrases.keyToChecklistP99Ms);
    record(
      `ratio_typing_key_to_checklist_to_phrase_only_${key}`,
      app.keyToChecklistP99Ms / phrases.keyToChecklistP99Ms,
    );
    record(`typing_bare_long_frames_${key}`, bare.longFrames);
    record(`typing_bare_longest_frame_ms_${key}`, bare.longestFrameMs);
    say(
      `typing ${keys} keys into 50,000 characters (${shape}): ${app.longFrames} frames over 50 ms, ${app.longFramesWithScan} of them with a checklist run on the page (${app.scansOnPage} runs on the page; the worker's: ${app.workerRuns}, p99 ${ms(app.workerP99Ms)} from content posted to checklist back; key press to checklist, median ${ms(app.keyToChecklistMedianMs)}, p99 ${ms(app.keyToChecklistP99Ms)} over ${app.keysToChecklist} keys; worker run median ${ms(app.workerMedianMs)}); longest frame ${ms(app.longestFrameMs)}, slowest key ${ms(app.slowestKeyMs)}`,
    );
    say(
      `  phrase rules alone in the worker, same editor and text: ${phrases.longFrames} frames over 50 ms, ${phrases.longFramesWithScan} with a checklist run on the page; the worker's median ${ms(phrases.workerMedianMs)}, p99 ${ms(phrases.workerP99Ms)}; key press to checklist, median ${ms(phrases.keyToChecklistMedianMs)}, p99 ${ms(phrases.keyToChecklistP99Ms)} (sentence layer ${(app.keyToChecklistP99Ms / phrases.keyToChecklistP99Ms).toFixed(2)}x)${phrases.phraseRulesOnlyPosts === 0 ? '; WARNING: no post reached the worker told phraseRulesOnly' : ''}`,
    );
    say(
      `  bare textarea, same text: ${bare.longFrames} frames over 50 ms, longest ${ms(bare.longestFrameMs)}, slowest key ${ms(bare.slowestKeyMs)}`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  // The editor as it is now: built first, quietly, so the figures are for this code.
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'),
      'build',
      '--config',
      'electron.config.ts',
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
  await runAlone(benchTyping);
}
