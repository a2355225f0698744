// The first findings in an editor: opened right after sign-in, while the app's one checklist
// worker is still loading its bundle, the parser and the sentence model, against a second editor
// opened in the same session, served by the worker warm. `npx tsx tests/bench/first-findings.ts`
// (`npm run build` first) runs it alone.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { launchChromium, openChromiumDesk, serveRenderer } from '../e2e/chromium-shell';
import { CHROMIUM } from '../e2e/paths';
import { createFirstAdministrator } from '../e2e/session';
import { type BenchOutput, median, runAlone } from './measure';

const TEXT = 'Patrol zones tonight. INTERNAL USE ONLY';

/** From the text typed into a new editor to its finding marked in the text, in ms. */
async function newEditorToMark(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'New draft' }).click();
  const started = Date.now();
  await page.getByLabel('Post text').fill(TEXT);
  await page
    .locator('.highlighted-backdrop mark.finding-open', { hasText: 'INTERNAL USE ONLY' })
    .waitFor({ timeout: 60_000 });
  return Date.now() - started;
}

async function oneSession(): Promise<{ cold: number; warm: number }> {
  const folder = await mkdtemp(join(tmpdir(), 'social-desk-first-findings-'));
  const browser = await launchChromium();
  const served = await serveRenderer();
  try {
    const desk = await openChromiumDesk(browser, served.url, folder);
    const { page } = desk;
    await createFirstAdministrator(page);
    const cold = await newEditorToMark(page);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Back to drafts' }).click();
    const warm = await newEditorToMark(page);
    await desk.close();
    return { cold, warm };
  } finally {
    await browser.close();
    served.server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

export async function benchFirstFindings({ say, record, quick }: BenchOutput): Promise<void> {
  const sessions = [];
  for (let run = 0; run < (quick ? 1 : 3); run += 1) sessions.push(await oneSession());
  const cold = median(sessions.map((s) => s.cold));
  const warm = median(sessions.map((s) => s.warm));
  record('first_findings_cold_worker_median_ms', cold);
  record('first_findings_warm_worker_median_ms', warm);
  record('ratio_first_findings_cold_to_warm', cold / warm);
  say(
    `first findings in a new editor, text typed to its mark (median of ${sessions.length} sessions): right after sign-in, the worker still loading, ${cold} ms; a second editor in the same session, the worker warm, ${warm} ms (${(cold / warm).toFixed(1)}x)`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  await runAlone(benchFirstFindings);
}
