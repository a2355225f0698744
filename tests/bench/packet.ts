// The packet benchmark: its HTML for a 22-item checklist with findings, and its PDF with a warm
// Chromium, each beside a baseline measured in the same run. `npm run bench` runs it with the rest;
// `npx tsx tests/bench/packet.ts` runs it alone.
import { fileURLToPath } from 'node:url';
import { PdfBrowser, findChromium } from '../../src/main/packets/chromium-pdf';
import { latestRevision } from '../../src/shared/drafts/draft';
import { postPacketHtml } from '../../src/shared/packets/render-packet';
import { draftChecklist } from '../../src/shared/policy/draft-checklist';
import { pageTarget } from '../../src/shared/policy/platform-check';
import { PAGES, packetDraft, postInput } from '../unit/packet-fixtures';
import { type BenchOutput, median, percentile, runAlone, timeEach } from './measure';

const ms = (value: number) => `${value.toFixed(3)} ms`;
const FLOOR_HTML =
  '<!doctype html><html lang="en"><title>Floor</title><p>One paragraph, no style.</p></html>';

export async function benchPackets({ say, record, quick }: BenchOutput): Promise<void> {
  const input = postInput();
  const draft = packetDraft();
  const revision = latestRevision(draft);
  const context = { targets: PAGES.map(pageTarget) };
  const items = draftChecklist(revision, draft, revision.contentHash, context).items.length;
  const runs = quick ? 100 : 500;
  // Warm-up, not measured: the first calls pay for JIT compilation.
  await timeEach(50, () => postPacketHtml(input));
  const checklist = await timeEach(runs, () =>
    draftChecklist(revision, draft, revision.contentHash, context),
  );
  const html = await timeEach(runs, () => postPacketHtml(input));
  record('packet_html_median_ms', median(html));
  record('packet_html_p99_ms', percentile(html, 99));
  record('packet_checklist_baseline_median_ms', median(checklist));
  record('ratio_packet_html_to_checklist', median(html) / median(checklist));
  say(
    `packet HTML, ${items}-item checklist with findings, 4 target pages (${postPacketHtml(input).length.toLocaleString()} bytes): median ${ms(median(html))}, p99 ${ms(percentile(html, 99))}; the checklist alone: median ${ms(median(checklist))} (${(median(html) / median(checklist)).toFixed(2)}x)`,
  );

  const chromium = await findChromium().catch((error: unknown) => {
    say(`packet PDF: skipped, ${(error as Error).message}`);
    return undefined;
  });
  if (chromium === undefined) return;
  const started = process.hrtime.bigint();
  const browser = await PdfBrowser.launch(chromium);
  const launchMs = Number(process.hrtime.bigint() - started) / 1e6;
  try {
    const packet = postPacketHtml(input);
    await timeEach(3, () => browser.pdf(packet));
    const pdfRuns = quick ? 5 : 15;
    const floor = await timeEach(pdfRuns, () => browser.pdf(FLOOR_HTML));
    const pdf = await timeEach(pdfRuns, () => browser.pdf(packet));
    const bytes = (await browser.pdf(packet)).length;
    record('packet_pdf_warm_median_ms', median(pdf));
    record('packet_pdf_warm_p99_ms', percentile(pdf, 99));
    record('pdf_floor_warm_median_ms', median(floor));
    record('ratio_packet_pdf_to_floor', median(pdf) / median(floor));
    record('pdf_browser_launch_ms', launchMs);
    say(
      `packet PDF with a warm Chromium (${(bytes / 1024).toFixed(0)} KiB): median ${ms(median(pdf))}, p99 ${ms(percentile(pdf, 99))} (target: under 1 s); a one-paragraph page: median ${ms(median(floor))} (${(median(pdf) / median(floor)).toFixed(2)}x); launching Chromium: ${ms(launchMs)}`,
    );
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runAlone(benchPackets);
