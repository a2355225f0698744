// The drafts list with 20,000 drafts in Chromium: its first render (from clicking "Drafts" to the
// first rows painted) and a scroll through the whole list (every frame's time), beside the same
// list with 200 drafts measured in the same run; and the word search's index over 20,000 drafts.
// `npm run bench` runs it with the rest (after building the renderer); alone, after `npm run build`:
// `npx tsx tests/bench/drafts-list.ts`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { DraftSearch } from '../../src/main/drafts/draft-search';
import { DraftService } from '../../src/main/drafts/draft-service';
import { launchChromium, openChromiumDesk, serveRenderer } from '../e2e/chromium-shell';
import { seedPages } from '../e2e/seed';
import { ADMINISTRATOR } from '../e2e/session';
import { type BenchOutput, median, percentile, runAlone, timeEach } from './measure';
import { seedDrafts } from './seed';

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ROWS = 'table.drafts-list-table tbody tr[aria-rowindex]';

export interface ListFigures {
  readonly drafts: number;
  /** From the click on "Drafts" to the frame after the first rows were put in the page. */
  readonly firstRenderMs: readonly number[];
  /** Every frame's time (requestAnimationFrame to the next) while scrolling top to bottom. */
  readonly frameMs: readonly number[];
  /** Long animation frames (the browser's own report, over 50 ms) while scrolling. */
  readonly longFrames: number;
  readonly longestLongFrameMs: number;
  /** Table rows in the page at the bottom of the list: only those in view, and a few more. */
  readonly rowsInPage: number;
  readonly rowsScrolled: number;
}

/** Clicks "Drafts" in the page itself and waits for the first rows' frame to be painted. */
function timeFirstRender(page: Page): Promise<number> {
  return page.evaluate(async (rows) => {
    const nav = [...document.querySelectorAll<HTMLButtonElement>('nav button')].find(
      (button) => button.textContent === 'Drafts',
    );
    if (!nav) throw new Error('No "Drafts" button in the navigation');
    const start = performance.now();
    nav.click();
    await new Promise<void>((resolve) => {
      const painted = () =>
        // The frame that shows the rows runs its animation callbacks, then paints; a task queued
        // from there runs after that paint.
        requestAnimationFrame(() => setTimeout(resolve, 0));
      if (document.querySelector(rows)) {
        painted();
        return;
      }
      const observer = new MutationObserver(() => {
        if (!document.querySelector(rows)) return;
        observer.disconnect();
        painted();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    return performance.now() - start;
  }, ROWS);
}

/**
 * Scrolls the list from top to bottom, two screens a frame (a fling), timing every frame; a short
 * list is scrolled down and up again until it has had `wanted` frames, as many as the long one.
 */
function scrollThrough(
  page: Page,
  wanted: number,
): Promise<{
  frames: number[];
  longFrames: number[];
  rowsInPage: number;
  rowsScrolled: number;
}> {
  return page.evaluate(
    async ([rows, wanted]) => {
      const scroller = document.querySelector<HTMLElement>('.drafts-list-scroller');
      if (!scroller) throw new Error('No drafts list to scroll');
      const longFrames: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longFrames.push(entry.duration);
      });
      observer.observe({ type: 'long-animation-frame' });
      const frames: number[] = [];
      const seen = new Set<string>();
      await new Promise<void>((resolve) => {
        let last: number | undefined;
        let down = true;
        const step = (now: number) => {
          if (last !== undefined) frames.push(now - last);
          last = now;
          for (const row of document.querySelectorAll(rows))
            seen.add(row.getAttribute('aria-rowindex') ?? '');
          const atBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
          if (atBottom && frames.length >= wanted) {
            resolve();
            return;
          }
          if (atBottom) down = false;
          else if (scroller.scrollTop === 0) down = true;
          scroller.scrollTop += (down ? 2 : -2) * scroller.clientHeight;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
      // Long-frame entries arrive after their frame: give the last ones time to be reported.
      await new Promise((resolve) => setTimeout(resolve, 300));
      observer.disconnect();
      return {
        frames,
        longFrames,
        rowsInPage: document.querySelectorAll(rows).length,
        rowsScrolled: seen.size,
      };
    },
    [ROWS, wanted] as const,
  );
}

/** The drafts list of a data folder holding `count` drafts, in the built renderer, in Chromium. */
export async function measureDraftsList(
  count: number,
  runs: number,
  scrollFrames = 0,
): Promise<ListFigures> {
  const folder = await mkdtemp(join(tmpdir(), 'social-desk-drafts-list-'));
  const browser = await launchChromium();
  const served = await serveRenderer();
  try {
    await seedPages(folder, [
      { platform: 'facebook', name: 'Example PD', url: 'https://www.facebook.com/examplepd' },
    ]);
    await seedDrafts(folder, count);
    const desk = await openChromiumDesk(browser, served.url, folder);
    const { page } = desk;
    await page.setViewportSize({ width: 1280, height: 800 });
    // tsx keeps functions' names by wrapping them in a `__name` helper that exists only in Node:
    // the functions sent into the page need it there too.
    await page.evaluate('globalThis.__name = (target) => target');
    // As the end-to-end tests sign in, with more patience: the passphrase's slow hash and 20,000
    // drafts listed take longer on a loaded machine than an assertion's five seconds.
    await page.getByLabel('Profile').selectOption(ADMINISTRATOR.name);
    await page.getByLabel('Passphrase').fill(ADMINISTRATOR.passphrase);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator(ROWS).first().waitFor({ timeout: 120_000 });
    const firstRenderMs: number[] = [];
    // One warm-up visit, not counted: the first pays for compiling the screen's code.
    for (let i = 0; i <= runs; i += 1) {
      await page.getByRole('button', { name: 'Pages', exact: true }).click();
      await page.getByRole('heading', { name: 'Pages', exact: true }).waitFor();
      const elapsed = await timeFirstRender(page);
      if (i > 0) firstRenderMs.push(elapsed);
    }
    await page.waitForTimeout(300);
    const scrolled = await scrollThrough(page, scrollFrames);
    await desk.close();
    return {
      drafts: count,
      firstRenderMs,
      frameMs: scrolled.frames,
      longFrames: scrolled.longFrames.filter((duration) => duration > 50).length,
      longestLongFrameMs: Math.max(0, ...scrolled.longFrames),
      rowsInPage: scrolled.rowsInPage,
      rowsScrolled: scrolled.rowsScrolled,
    };
  } finally {
    await browser.close();
    served.server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** Reading 20,000 drafts into the word search (its first search) and a search once it is built. */
async function measureSearchIndex(count: number): Promise<{ buildMs: number; searchMs: number[] }> {
  const folder = await mkdtemp(join(tmpdir(), 'social-desk-draft-search-'));
  try {
    await seedDrafts(folder, count);
    const drafts = await DraftService.open(folder);
    const search = new DraftSearch(drafts);
    const started = process.hrtime.bigint();
    await search.search('detour');
    const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
    const words = ['closure', 'clos', 'detour kids', 'officers morning', 'bus'];
    const searchMs = await timeEach(50, (i) => search.search(words[i % words.length] ?? 'bus'));
    search.close();
    await drafts.close();
    return { buildMs, searchMs };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export async function benchDraftsList({ say, record, quick }: BenchOutput): Promise<void> {
  if (process.argv.includes('--list-only')) return benchList({ say, record, quick });
  const index = await measureSearchIndex(20_000);
  record('draft_search_index_build_ms_at_20000', index.buildMs);
  record('draft_search_median_ms_at_20000', median(index.searchMs));
  say(
    `word search over 20,000 drafts: reading them into the index (the first search) ${ms(index.buildMs)}; a search after that: median ${ms(median(index.searchMs))}, p99 ${ms(percentile(index.searchMs, 99))}`,
  );

  await benchList({ say, record, quick });
}

async function benchList({ say, record, quick }: BenchOutput): Promise<void> {
  const runs = quick ? 3 : 7;
  const full = await measureDraftsList(20_000, runs);
  const baseline = await measureDraftsList(200, runs, full.frameMs.length);
  for (const figures of [full, baseline]) {
    const n = figures.drafts;
    record(`drafts_list_first_render_median_ms_at_${n}`, median(figures.firstRenderMs));
    record(`drafts_list_first_render_max_ms_at_${n}`, Math.max(...figures.firstRenderMs));
    record(`drafts_list_scroll_longest_frame_ms_at_${n}`, Math.max(...figures.frameMs));
    record(`drafts_list_scroll_p99_frame_ms_at_${n}`, percentile(figures.frameMs, 99));
    record(
      `drafts_list_scroll_frames_over_50ms_at_${n}`,
      figures.frameMs.filter((frame) => frame > 50).length,
    );
    record(`drafts_list_scroll_long_animation_frames_at_${n}`, figures.longFrames);
    record(`drafts_list_rows_in_page_at_${n}`, figures.rowsInPage);
    say(
      `drafts list with ${n.toLocaleString('en-US')} drafts${n === baseline.drafts ? ' (baseline)' : ''}: first render median ${ms(median(figures.firstRenderMs))}, slowest ${ms(Math.max(...figures.firstRenderMs))} (${figures.firstRenderMs.length} visits; bar: 300 ms); scrolling its ${figures.rowsScrolled.toLocaleString('en-US')} rows for ${figures.frameMs.length} frames: longest frame ${ms(Math.max(...figures.frameMs))}, p99 ${ms(percentile(figures.frameMs, 99))}, ${figures.frameMs.filter((frame) => frame > 50).length} frames over 50 ms (bar: none), long animation frames reported: ${figures.longFrames} (longest ${ms(figures.longestLongFrameMs)}); ${figures.rowsInPage} table rows in the page at the bottom`,
    );
  }
  const ratio = (key: string, a: number, b: number) => record(key, a / b).toFixed(2);
  say(
    `  ratio first render 20,000 / 200 drafts: ${ratio('ratio_drafts_list_first_render_20000_to_200', median(full.firstRenderMs), median(baseline.firstRenderMs))}x; longest scroll frame 20,000 / 200: ${ratio('ratio_drafts_list_longest_frame_20000_to_200', Math.max(...full.frameMs), Math.max(...baseline.frameMs))}x`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runAlone(benchDraftsList);
