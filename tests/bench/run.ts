// `npm run bench` (add `-- --json` for one JSON object). Each figure is printed beside a baseline
// measured in the same run, because this machine's absolute timings are noise.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { DraftService } from '../../src/main/drafts/draft-service';
import { DEFAULT_SEGMENT_EVENTS, Journal } from '../../src/main/journal/journal';
import { makeEventLine } from '../../src/main/journal/journal-line';
import { openServices } from '../../src/main/services';
import { draftChecklist } from '../../src/shared/policy/draft-checklist';
import { hashFloor } from './hash-floor';
import { benchCommentSearch } from './comment-search';
import { benchCommentImport } from './comment-import';
import { benchDraftsList } from './drafts-list';
import { benchPackets } from './packet';
import { benchRecordsSearch } from './records-search';
import { benchRecordsExport } from './records-export';
import { median, percentile, timeEach } from './measure';
import { ROAD_CLOSURE_FIELDS, capturedEvent, growJournal, seedDrafts } from './seed';
import { benchRendererBundle, benchScanners } from './scanners';
import { benchTyping, longText } from './typing';
import { benchFirstFindings } from './first-findings';
import { CHROMIUM, ROOT } from '../e2e/paths';

const ELECTRON_VITE = join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js');

const asJson = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const figures: Record<string, number> = {};
const say = (line: string) => {
  if (!asJson) console.log(line);
};
const ms = (value: number) => `${value.toFixed(3)} ms`;
const record = (key: string, value: number) => {
  figures[key] = Number(value.toFixed(4));
  return value;
};

const root = await mkdtemp(join(tmpdir(), 'social-desk-bench-'));
const sizes = quick ? [1_000, 10_000, 50_000] : [1_000, 100_000, 1_000_000];
const APPENDS = 200;

try {
  say(`Social Desk benchmarks, ${new Date().toISOString()}${quick ? ' (quick sizes)' : ''}`);

  // 1. Durable journal appends as the log grows, against the physical floor.
  const big = join(root, 'big');
  // A data folder as a department has one: its first administrator, made before any record, so
  // opening it later (section 4) is an ordinary start.
  await mkdir(big, { recursive: true });
  const first = await openServices(big, 'bench');
  await first.profiles.add(
    { name: 'Bench Administrator', roles: ['administrator'], passphrase: 'a bench passphrase' },
    undefined,
  );
  await first.close();
  const { journal } = await Journal.open(big);
  for (const size of sizes) {
    await growJournal(journal, size);
    // Warm-up appends, not measured: the first calls pay for JIT compilation.
    await timeEach(50, (i) => journal.append([capturedEvent(size + APPENDS + i + 1)]));
    const samples = await timeEach(APPENDS, (i) => journal.append([capturedEvent(size + i + 1)]));
    record(`journal_append_median_ms_at_${size}`, median(samples));
    record(`journal_append_p99_ms_at_${size}`, percentile(samples, 99));
    say(
      `journal append with ${size.toLocaleString()} events: median ${ms(median(samples))}, p99 ${ms(percentile(samples, 99))}`,
    );
  }
  await journal.close();

  const line = `${JSON.stringify(makeEventLine(capturedEvent(1), 1, '0'.repeat(64), new Date()))}\n`;
  const floorFile = await open(join(root, 'floor.jsonl'), 'a');
  const floor = await timeEach(APPENDS, async () => {
    await floorFile.write(line);
    await floorFile.datasync();
  });
  await floorFile.close();
  record('floor_append_median_ms', median(floor));
  record('floor_append_p99_ms', percentile(floor, 99));
  say(
    `physical floor (same bytes, write + fdatasync): median ${ms(median(floor))}, p99 ${ms(percentile(floor, 99))}`,
  );

  // 2. The naive baseline: lowdb's stock adapter, the whole log as one JSON array, rewritten per append.
  for (const size of sizes.slice(0, 2)) {
    const db = new Low(new JSONFile<{ events: unknown[] }>(join(root, `naive-${size}.json`)), {
      events: [],
    });
    db.data.events = Array.from({ length: size }, (_, i) =>
      makeEventLine(capturedEvent(i + 1), i + 1, '0'.repeat(64), new Date()),
    );
    await db.write();
    const samples = await timeEach(20, async (i) => {
      db.data.events.push(
        makeEventLine(capturedEvent(size + i + 1), size + i + 1, '0'.repeat(64), new Date()),
      );
      await db.write();
    });
    record(`naive_lowdb_append_median_ms_at_${size}`, median(samples));
    say(
      `naive lowdb single-file append with ${size.toLocaleString()} events: median ${ms(median(samples))}`,
    );
  }

  const [small, middle, largest] = sizes as [number, number, number];
  const ratio = (a: string, b: string, key: string) => {
    const value = (figures[a] ?? Number.NaN) / (figures[b] ?? Number.NaN);
    record(key, value);
    return value;
  };
  say(
    `  ratio append at ${largest.toLocaleString()} / at ${small.toLocaleString()}: ${ratio(`journal_append_median_ms_at_${largest}`, `journal_append_median_ms_at_${small}`, 'ratio_append_largest_to_smallest').toFixed(2)}x (bar: 1.5x)`,
  );
  say(
    `  ratio append at ${largest.toLocaleString()} / physical floor: ${ratio(`journal_append_median_ms_at_${largest}`, 'floor_append_median_ms', 'ratio_append_largest_to_floor').toFixed(2)}x (bar: 3x)`,
  );
  say(
    `  ratio naive lowdb / journal at ${middle.toLocaleString()}: ${ratio(`naive_lowdb_append_median_ms_at_${middle}`, `journal_append_median_ms_at_${middle}`, 'ratio_naive_to_journal_at_middle').toFixed(1)}x`,
  );

  // 3. Saving a draft with 10 and with 20,000 drafts stored.
  for (const count of [10, 20_000]) {
    const folder = count === 20_000 ? big : join(root, `drafts-${count}`);
    const ids = await seedDrafts(folder, count);
    const drafts = await DraftService.open(folder);
    await timeEach(20, (i) =>
      drafts.save(
        {
          id: ids[i % ids.length],
          title: `Warm-up ${i}`,
          body: 'Warm-up.',
          category: 'road-closure',
          fields: ROAD_CLOSURE_FIELDS,
        },
        { id: 'bench' },
      ),
    );
    const samples = await timeEach(100, (i) => {
      const id = ids[i % ids.length];
      return drafts.save(
        {
          id,
          title: `Road closure ${i}`,
          body: `Detour via 5th Ave, update ${i}.`,
          category: 'road-closure',
          fields: ROAD_CLOSURE_FIELDS,
        },
        { id: 'bench' },
      );
    });
    await drafts.close();
    record(`draft_save_median_ms_at_${count}`, median(samples));
    say(
      `draft save with ${count.toLocaleString()} drafts: median ${ms(median(samples))}, p99 ${ms(percentile(samples, 99))}`,
    );
  }
  say(
    `  ratio draft save at 20,000 / at 10: ${ratio('draft_save_median_ms_at_20000', 'draft_save_median_ms_at_10', 'ratio_draft_save_20000_to_10').toFixed(2)}x (bar: 2x)`,
  );

  // 4. Opening the data folder at the largest size (20,000 drafts, the whole journal).
  const opens = await timeEach(5, async () => {
    const services = await openServices(big, 'bench');
    await services.close();
  });
  record('open_data_folder_median_ms', median(opens));
  say(
    `open the data folder (${largest.toLocaleString()} events, 20,000 drafts): median ${ms(median(opens))}`,
  );

  // 5. `log verify`, alone in a child process, at two sizes: time, and whether memory grows.
  const here = fileURLToPath(new URL('.', import.meta.url));
  const verify = (folder: string) =>
    JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', join(here, 'verify-child.ts'), folder], {
        encoding: 'utf8',
      }),
    ) as { ok: boolean; events: number; ms: number; maxRssBytes: number };
  const middleFolder = join(root, 'middle');
  const { journal: middleJournal } = await Journal.open(middleFolder);
  await growJournal(middleJournal, middle);
  await middleJournal.close();
  const atMiddle = verify(middleFolder);
  const atLargest = verify(big);
  record(`verify_ms_at_${middle}`, atMiddle.ms);
  record(`verify_peak_rss_bytes_at_${middle}`, atMiddle.maxRssBytes);
  record(`verify_ms_at_${atLargest.events}`, atLargest.ms);
  record(`verify_peak_rss_bytes_at_${atLargest.events}`, atLargest.maxRssBytes);
  say(
    `log verify at ${atMiddle.events.toLocaleString()} events: ${ms(atMiddle.ms)}, peak RSS ${(atMiddle.maxRssBytes / 2 ** 20).toFixed(1)} MiB`,
  );
  say(
    `log verify at ${atLargest.events.toLocaleString()} events: ${ms(atLargest.ms)}, peak RSS ${(atLargest.maxRssBytes / 2 ** 20).toFixed(1)} MiB (ok: ${atLargest.ok})`,
  );
  say(
    `  ratio peak RSS at ${atLargest.events.toLocaleString()} / at ${atMiddle.events.toLocaleString()}: ${(atLargest.maxRssBytes / atMiddle.maxRssBytes).toFixed(2)}x (streaming: about 1x)`,
  );
  // The floor under verify: one SHA-256 pass over the same bytes (it hashes every event twice).
  for (const [label, folder, verified] of [
    [middle, middleFolder, atMiddle],
    [atLargest.events, big, atLargest],
  ] as const) {
    const floor = await hashFloor(folder);
    record(`sha256_node_ms_at_${label}`, floor.nodeMs);
    if (floor.sha256sumMs !== undefined) record(`sha256sum_ms_at_${label}`, floor.sha256sumMs);
    const against = floor.sha256sumMs ?? floor.nodeMs;
    record(`ratio_verify_to_sha256_at_${label}`, verified.ms / against);
    say(
      `  floor at ${label.toLocaleString()} events (${(floor.bytes / 2 ** 20).toFixed(0)} MiB): Node SHA-256 ${ms(floor.nodeMs)}, sha256sum ${floor.sha256sumMs === undefined ? 'not installed' : ms(floor.sha256sumMs)}; verify is ${(verified.ms / against).toFixed(1)}x ${floor.sha256sumMs === undefined ? 'Node SHA-256' : 'sha256sum'}`,
    );
  }

  // Opening for writing at its slowest: the open segment nearly full, its prefix hashed against
  // the head record (sealed segments cost one stat each).
  const worst = join(root, 'worst-open');
  const { journal: worstJournal } = await Journal.open(worst);
  await growJournal(worstJournal, (quick ? 50_000 : DEFAULT_SEGMENT_EVENTS) - 1);
  await worstJournal.close();
  const worstOpens = await timeEach(5, async () => {
    const { journal: opened } = await Journal.open(worst);
    await opened.close();
  });
  record('open_journal_full_open_segment_median_ms', median(worstOpens));
  say(
    `open the journal with its open segment nearly full (${((quick ? 50_000 : DEFAULT_SEGMENT_EVENTS) - 1).toLocaleString()} events): median ${ms(median(worstOpens))}`,
  );

  // 6. The live checklist (content scanners, and an X and an Instagram page's limits), against one
  // regular-expression pass over the same text.
  const targets = [
    { page: 'x', name: '@ExamplePD', platform: 'x' },
    { page: 'ig', name: 'examplepd', platform: 'instagram' },
  ];
  for (const length of [2_000, 50_000]) {
    const text = longText(length, 'paragraphs');
    const base = await timeEach(2000, () => /internal\s+use\s+only/i.test(text));
    const runs = quick ? 200 : 1000;
    const scan = await timeEach(runs, () =>
      draftChecklist({ title: 'Long document', body: text }, undefined, undefined),
    );
    const withPages = await timeEach(runs, () =>
      draftChecklist({ title: 'Long document', body: text }, undefined, undefined, { targets }),
    );
    // The same text every run, so the sentence layer's parse is remembered after the first: its
    // parsing cost is in section 6b; here, what its rules add to the phrase rules' pass.
    const phrases = await timeEach(runs, () =>
      draftChecklist({ title: 'Long document', body: text }, undefined, undefined, {
        phraseRulesOnly: true,
      }),
    );
    record(`scan_median_ms_at_${length}_chars`, median(scan));
    record(`scan_phrase_only_median_ms_at_${length}_chars`, median(phrases));
    record(`scan_p99_ms_at_${length}_chars`, percentile(scan, 99));
    record(`scan_with_pages_median_ms_at_${length}_chars`, median(withPages));
    record(`scan_with_pages_p99_ms_at_${length}_chars`, percentile(withPages, 99));
    say(
      `scan + content checklist of ${length.toLocaleString()} characters: median ${ms(median(scan))}, p99 ${ms(percentile(scan, 99))}; with 2 target pages' limits: median ${ms(median(withPages))}, p99 ${ms(percentile(withPages, 99))}; phrase rules alone: median ${ms(median(phrases))}, p99 ${ms(percentile(phrases, 99))} (one regex pass: ${ms(median(base))})`,
    );
  }

  // 6b. The scanners' sentence layer on 2,000 characters of real posts, warm and cold, beside the
  // phrase rules alone; the model's one-time load in a fresh process.
  benchScanners({ say, record, quick });
  // 6c. The renderer bundle built with wink-nlp and its model, beside the same build without them.
  await benchRendererBundle({ say, record, quick });

  // 7. Typing at the end of a 50,000-character body in the built editor, in Chromium, against a
  // bare textarea holding the same text in the same browser, and against the same editor with the
  // worker's scanners running the phrase rules alone.
  const chromium = existsSync(CHROMIUM);
  if (!chromium) say(`typing: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  // The editor as it is now: build it first, quietly, so the figures are for this code.
  else
    execFileSync(process.execPath, [ELECTRON_VITE, 'build', '--config', 'electron.config.ts'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
  if (chromium) await benchTyping({ say, record, quick });
  if (chromium) await benchFirstFindings({ say, record, quick });
  // 8. A Chief-approval packet: its HTML beside the checklist it prints, its PDF with a warm
  // Chromium beside a one-paragraph page's.
  await benchPackets({ say, record, quick });
  // 9. The drafts list with 20,000 drafts in Chromium (the renderer built for section 7), beside
  // the same list with 200; and the word search's index over 20,000 drafts.
  if (chromium) await benchDraftsList({ say, record, quick });
  else say(`drafts list: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  // 10. The comment index at 1,000,000 events: open from its snapshot, rebuild, memory, searches
  // beside the same at 10,000 events, and a triage action durable with the next comment shown.
  await benchCommentSearch({ say, record, quick });
  // 11. Importing a 100,000-comment CSV export into a fresh data folder, in a child process (its
  // own peak RSS), beside 10,000 in the same run; then the same file again, all duplicates.
  await benchCommentImport({ say, record, quick });
  // 12. Records search across every kind of record at 1,000,000 journal events and 20,000 drafts,
  // beside the same searches at 10,000 events and 200 drafts.
  await benchRecordsSearch({ say, record, quick });
  // 13. Export for a records request: 100,000 comments to JSON, CSV, journal slice, manifest and
  // zip, beside 10,000 in the same run; and export verify of it.
  await benchRecordsExport({ say, record, quick });
  if (asJson) console.log(JSON.stringify(figures));
} finally {
  await rm(root, { recursive: true, force: true });
}
