// Records search at ten-year scale (issue 12): 1,000,000 journal events (comments and actions on
// them) and 20,000 drafts of two revisions each, beside the same searches at 10,000 events and
// 200 drafts in the same run. Measures the first search (every draft read, the comment index
// made from the journal) apart from the searches after it (median and p99).
// Alone: `npx tsx --expose-gc tests/bench/records-search.ts [--quick]`.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentHash } from '../../src/main/drafts/content-hash';
import {
  DRAFT_INDEX,
  DRAFT_SCHEMA_VERSION,
  draftFile,
  draftsFolder,
} from '../../src/main/drafts/draft-files';
import { recordSearchOf } from '../../src/main/handlers/record-search-handlers';
import { Journal } from '../../src/main/journal/journal';
import type { NewEvent } from '../../src/main/journal/journal-line';
import { openServices } from '../../src/main/services';
import { type Draft, summarizeDraft } from '../../src/shared/drafts/draft';
import {
  type RecordSearchRequest,
  recordSearchRequestSchema,
} from '../../src/shared/records/search-view';
import { type BenchOutput, median, percentile, runAlone, timeEach } from './measure';
import { ROAD_CLOSURE_FIELDS } from './seed';

const ms = (value: number) => `${value.toFixed(3)} ms`;
const BY = '00000000-0000-4000-8000-000000000001';
const PAGES = Array.from(
  { length: 6 },
  (_, i) => `00000000-0000-4000-8000-0000000000${(0xa0 + i).toString(16)}`,
);
const WORDS = (
  'thank you officers for closing main street so quickly after the crash this morning my kids were ' +
  'on the bus and detour was well marked why is nobody enforcing speed limits near school parking ' +
  'ticket fine neighborhood park fire truck ambulance lights sirens stay home weather snow ice storm ' +
  'power outage lost dog found cat missing suspect arrest stolen bike window noise party fireworks ' +
  'parade festival market downtown bridge highway construction delay closure reopen taxes budget ' +
  'overtime patrol community chief council cameras hero shame waste'
).split(' ');

let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(items: readonly T[]) => items[Math.floor(random() ** 2 * items.length)] as T;
const sentence = (min: number, spread: number) =>
  Array.from({ length: min + Math.floor(random() * spread) }, () => pick(WORDS)).join(' ');
const day = (n: number) =>
  `${2017 + (n % 10)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;

/** 60% comments captured (their own words, on six pages, over ten years), 40% actions on them. */
async function seedJournal(journal: Journal, target: number): Promise<void> {
  const captured: number[] = [];
  let n = 0;
  while (journal.head().events < target) {
    const first = journal.head().events + 1;
    const count = Math.min(5000, target - journal.head().events);
    const events: NewEvent[] = [];
    for (let i = 0; i < count; i += 1) {
      const seq = first + i;
      const earlier = captured[Math.floor(random() * captured.length)];
      if (seq % 5 < 3 || earlier === undefined) {
        n += 1;
        events.push({
          type: 'comment.captured',
          by: BY,
          payload: {
            pageId: PAGES[n % PAGES.length],
            commentId: `c-${n}`,
            text: `${sentence(8, 30)} #${n}`,
            author: `Resident ${n % 977}`,
            postedAt: `${day(n)}T14:06:00.000Z`,
            seenAt: `${day(n)}T15:00:00.000Z`,
          },
        });
        captured.push(seq);
      } else {
        events.push({
          type: 'moderation.action',
          by: BY,
          payload: { comment: earlier, action: 'keep' },
        });
      }
    }
    await journal.append(events);
  }
}

/** Drafts of two revisions each, straight into the layout (saving 20,000 one by one takes minutes). */
async function seedDrafts(folder: string, count: number): Promise<void> {
  await mkdir(draftsFolder(folder), { recursive: true });
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const at = `${day(i)}T08:00:00.000Z`;
    const revisions = [sentence(40, 80), sentence(40, 80)].map((body, r) => {
      const content = {
        title: `Road closure ${i}: ${pick(WORDS)}`,
        body,
        category: 'road-closure' as const,
        pages: [PAGES[i % PAGES.length] ?? ''],
        fields: ROAD_CLOSURE_FIELDS,
      };
      return {
        ...content,
        number: r + 1,
        savedAt: at,
        savedBy: BY,
        contentHash: contentHash(content),
      };
    });
    const draft: Draft = {
      id,
      createdAt: at,
      attestations: [],
      justifications: [],
      workflow: [],
      permissions: [],
      revisions,
    };
    await writeFile(
      draftFile(folder, id),
      JSON.stringify({ schemaVersion: DRAFT_SCHEMA_VERSION, draft }),
    );
    lines.push(JSON.stringify(summarizeDraft(draft)));
  }
  await writeFile(
    join(draftsFolder(folder), DRAFT_INDEX),
    lines.map((line) => `${line}\n`).join(''),
  );
}

const QUERIES: readonly RecordSearchRequest[] = [
  { words: 'detour' },
  { words: 'fireworks noise' },
  { words: 'closure', types: ['draft', 'post', 'revision'] },
  { words: 'bridge', pages: [PAGES[0] ?? ''] },
  { words: 'parade', from: '2021-03-01', to: '2021-03-31' },
  { words: 'lighthouse' },
  { words: 'storm ice', types: ['comment'] },
  { words: 'hero', types: ['page', 'intro', 'packet'] },
];

interface Figures {
  readonly events: number;
  readonly drafts: number;
  readonly firstMs: number;
  readonly searchMs: number[];
  readonly hits: number;
}

async function measure(
  root: string,
  name: string,
  events: number,
  drafts: number,
): Promise<Figures> {
  const folder = join(root, name);
  await mkdir(folder, { recursive: true });
  const first = await openServices(folder, 'bench');
  await first.profiles.add(
    { name: 'Bench Administrator', roles: ['administrator'], passphrase: 'a bench passphrase' },
    undefined,
  );
  await first.close();
  const { journal } = await Journal.open(folder);
  await seedJournal(journal, events);
  await journal.close();
  await seedDrafts(folder, drafts);
  const services = await openServices(folder, 'bench');
  try {
    const search = recordSearchOf(services);
    const run = (request: RecordSearchRequest) =>
      search.search(recordSearchRequestSchema.parse(request));
    let started = process.hrtime.bigint();
    const firstAnswer = await run({ words: 'detour' });
    const firstMs = Number(process.hrtime.bigint() - started) / 1e6;
    started = process.hrtime.bigint();
    await timeEach(QUERIES.length, (i) => run(QUERIES[i] ?? { words: 'bus' }));
    const searchMs = await timeEach(QUERIES.length * 10, (i) =>
      run(QUERIES[i % QUERIES.length] ?? { words: 'bus' }),
    );
    return { events, drafts, firstMs, searchMs, hits: firstAnswer.total };
  } finally {
    await services.close();
  }
}

export async function benchRecordsSearch({ say, record, quick }: BenchOutput): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'social-desk-records-search-'));
  try {
    const large = quick ? { events: 50_000, drafts: 2_000 } : { events: 1_000_000, drafts: 20_000 };
    const small = { events: 10_000, drafts: 200 };
    const base = await measure(root, 'small', small.events, small.drafts);
    const big = await measure(root, 'large', large.events, large.drafts);
    for (const figures of [big, base]) {
      const at = `${figures.events}_events_${figures.drafts}_drafts`;
      record(`records_search_first_ms_at_${at}`, figures.firstMs);
      record(`records_search_median_ms_at_${at}`, median(figures.searchMs));
      record(`records_search_p99_ms_at_${at}`, percentile(figures.searchMs, 99));
      say(
        `records search at ${figures.events.toLocaleString('en-US')} events and ${figures.drafts.toLocaleString('en-US')} drafts${figures === base ? ' (baseline)' : ''}: first search ${ms(figures.firstMs)} (every draft read, the comment index made; "detour" matched ${figures.hits.toLocaleString('en-US')} records); then ${QUERIES.length} searches (one word, two words, drafts only, a page, a month, no match, comments only, pages and packets): median ${ms(median(figures.searchMs))}, p99 ${ms(percentile(figures.searchMs, 99))} (bar: 100 ms median)`,
      );
    }
    say(
      `  ratio records search median large / baseline: ${record('ratio_records_search_large_to_small', median(big.searchMs) / median(base.searchMs)).toFixed(2)}x`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runAlone(benchRecordsSearch);
