// The comment index at 1,000,000 journal events (about 600,000 comments on several pages, 50,000
// edits, 350,000 actions with corrections): its open from the snapshot and its rebuild from the
// journal, the memory it holds, searches beside the same searches at 10,000 events, and a triage
// action made durable with the next comment shown, beside a bare journal append of one event.
// Alone: `npx tsx --expose-gc tests/bench/comment-search.ts [--quick]`.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Journal } from '../../src/main/journal/journal';
import type { NewEvent } from '../../src/main/journal/journal-line';
import { CommentIndex } from '../../src/main/moderation/comment-index';
import { openServices } from '../../src/main/services';
import type { CommentFilter } from '../../src/shared/moderation/comment-view';
import { type BenchOutput, median, percentile, runAlone, timeEach } from './measure';
import { capturedEvent } from './seed';

const ms = (value: number) => `${value.toFixed(3)} ms`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
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

let seed = 1;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(items: readonly T[]) => items[Math.floor(random() ** 2 * items.length)] as T;
function sentence(n: number): string {
  const words = Array.from({ length: 8 + Math.floor(random() * 30) }, () => pick(WORDS));
  return `${words.join(' ')} #${n}`;
}

/** A comment captured: the seed's shape, on one of several pages, with its own words. */
function comment(n: number): NewEvent {
  const base = capturedEvent(n);
  const day = 1 + (n % 28);
  return {
    ...base,
    payload: {
      ...(base.payload as object),
      pageId: PAGES[n % PAGES.length],
      text: sentence(n),
      postedAt: `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}T14:06:00.000Z`,
    },
  };
}

/** Grows a journal to `target` events: 60% captures, 5% edits, 35% actions (1 in 8 a correction). */
async function seedComments(journal: Journal, target: number): Promise<void> {
  const captured: { seq: number; n: number }[] = [];
  const actions: number[] = [];
  let n = 0;
  while (journal.head().events < target) {
    const events: NewEvent[] = [];
    const first = journal.head().events + 1;
    const count = Math.min(5000, target - journal.head().events);
    for (let i = 0; i < count; i += 1) {
      const seq = first + i;
      const roll = seq % 20;
      const earlier =
        captured.length > 0 ? captured[Math.floor(random() * captured.length)] : undefined;
      if (roll < 12 || !earlier) {
        n += 1;
        events.push(comment(n));
        captured.push({ seq, n });
      } else if (roll === 12) {
        events.push({
          type: 'comment.edited',
          by: BY,
          payload: {
            pageId: PAGES[earlier.n % PAGES.length],
            commentId: `10158${String(earlier.n).padStart(9, '0')}_1`,
            captured: earlier.seq,
            replaces: earlier.seq,
            previousTextSha256: 'a'.repeat(64),
            text: `${sentence(earlier.n)} (edited)`,
            seenAt: '2026-10-05T09:00:00.000Z',
          },
        });
      } else if (roll === 19 && actions.length > 0) {
        events.push({
          type: 'correction',
          by: BY,
          payload: {
            corrects: actions[Math.floor(random() * actions.length)],
            note: 'The wrong comment was acted on.',
          },
        });
      } else {
        const action =
          (['keep', 'hide', 'remove', 'refer', 'keep', 'restore'] as const)[roll % 6] ?? 'keep';
        const removal = action === 'hide' || action === 'remove';
        events.push({
          type: 'moderation.action',
          by: BY,
          payload: {
            comment: earlier.seq,
            action,
            ...(removal ? { reason: pick(['obscenity', 'off-topic', 'personal-attack']) } : {}),
          },
        });
        actions.push(seq);
      }
    }
    await journal.append(events);
  }
}

const QUERIES: readonly CommentFilter[] = [
  { words: 'detour', pageId: PAGES[0] },
  { pageId: PAGES[1], state: 'new' },
  { reason: 'obscenity', from: '2026-03-01', to: '2026-03-31' },
  { moderator: BY },
  { words: 'fireworks noise', order: 'newest' },
  { pageId: PAGES[2], state: 'removed', reason: 'personal-attack' },
];

function heapNow(): { heap: number; external: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, external: usage.arrayBuffers };
}

interface Figures {
  readonly events: number;
  readonly comments: number;
  readonly rebuildMs: number;
  readonly openMs: number;
  readonly wordsLoadMs: number;
  readonly heap: number;
  readonly external: number;
  readonly searchMs: number[];
}

/** A data folder with its first administrator, as the other sections start one. */
async function dataFolder(root: string, name: string): Promise<string> {
  const folder = join(root, name);
  await mkdir(folder, { recursive: true });
  const first = await openServices(folder, 'bench');
  await first.profiles.add(
    { name: 'Bench Administrator', roles: ['administrator'], passphrase: 'a bench passphrase' },
    undefined,
  );
  await first.close();
  return folder;
}

async function measureIndex(folder: string, events: number): Promise<Figures> {
  const { journal } = await Journal.open(folder);
  await seedComments(journal, events);
  const before = heapNow();
  let started = process.hrtime.bigint();
  const rebuildMs = await (async () => {
    const fresh = CommentIndex.open(folder, journal, { ignoreSnapshot: true });
    await fresh.ready();
    await fresh.wordIndex();
    const took = Number(process.hrtime.bigint() - started) / 1e6;
    await fresh.close();
    return took;
  })();
  // The snapshot the app saves at close, written by a writer. Both indexes are out of scope
  // before the memory is measured: the figure is the one index the app holds (these two were
  // counted in it before, tripling it).
  await (async () => {
    const writer = CommentIndex.open(folder, journal);
    await writer.ready();
    await writer.save();
    await writer.close();
  })();
  started = process.hrtime.bigint();
  const index = CommentIndex.open(folder, journal);
  await index.ready();
  const openMs = Number(process.hrtime.bigint() - started) / 1e6;
  started = process.hrtime.bigint();
  await index.wordIndex();
  const wordsLoadMs = Number(process.hrtime.bigint() - started) / 1e6;
  const after = heapNow();
  const comments = (await index.list({ limit: 1 }, (id) => id)).total;
  await timeEach(12, (i) => index.list(QUERIES[i % QUERIES.length] ?? {}, (id) => id));
  const searchMs = await timeEach(QUERIES.length * 20, (i) =>
    index.list({ ...QUERIES[i % QUERIES.length], limit: 50 }, (id) => id),
  );
  await index.close();
  await journal.close();
  return {
    events,
    comments,
    rebuildMs,
    openMs,
    wordsLoadMs,
    heap: after.heap - before.heap,
    external: after.external - before.external,
    searchMs,
  };
}

/** `services.moderation.act` (fdatasync'ed) and the next new comment of the page, 200 times. */
async function measureTriage(
  folder: string,
  actions: number,
): Promise<{ triage: number[]; bare: number[] }> {
  const services = await openServices(folder, 'bench');
  try {
    const profile = services.profiles.list()[0];
    if (!profile) throw new Error('No profile to act as');
    await services.comments.ready();
    const next = () =>
      services.comments.list({ state: 'new', pageId: PAGES[3], limit: 1 }, (id) => id);
    const triage = await timeEach(actions + 20, async () => {
      const shown = (await next()).comments[0];
      if (!shown) throw new Error('No new comment left to triage');
      await services.moderation.act(profile, { comment: shown.seq, action: 'keep' });
      await next();
    });
    const bare = await timeEach(actions + 20, (i) =>
      services.journal.append([capturedEvent(9_000_000 + i)]),
    );
    return { triage: triage.slice(20), bare: bare.slice(20) };
  } finally {
    await services.close();
  }
}

export async function benchCommentSearch({ say, record, quick }: BenchOutput): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'social-desk-comment-search-'));
  try {
    const large = quick ? 50_000 : 1_000_000;
    const small = 10_000;
    const base = await measureIndex(await dataFolder(root, 'small'), small);
    const bigFolder = await dataFolder(root, 'large');
    const big = await measureIndex(bigFolder, large);
    for (const figures of [big, base]) {
      const n = figures.events;
      record(`comment_index_rebuild_ms_at_${n}`, figures.rebuildMs);
      record(`comment_index_open_from_snapshot_ms_at_${n}`, figures.openMs);
      record(`comment_index_words_load_ms_at_${n}`, figures.wordsLoadMs);
      record(`comment_index_heap_bytes_at_${n}`, figures.heap);
      record(`comment_index_off_heap_bytes_at_${n}`, figures.external);
      record(`comment_search_median_ms_at_${n}`, median(figures.searchMs));
      record(`comment_search_p99_ms_at_${n}`, percentile(figures.searchMs, 99));
      say(
        `comment index at ${n.toLocaleString('en-US')} events (${figures.comments.toLocaleString('en-US')} comments)${n === small ? ' (baseline)' : ''}: rebuilt from the journal ${ms(figures.rebuildMs)}; opened from its snapshot ${ms(figures.openMs)}, its word index loaded ${ms(figures.wordsLoadMs)}; heap after GC ${mib(figures.heap)}, off-heap ${mib(figures.external)}; search (word + page, page + state, reason + dates, moderator, two words, page + state + reason): median ${ms(median(figures.searchMs))}, p99 ${ms(percentile(figures.searchMs, 99))} (bar: 100 ms median)`,
      );
    }
    say(
      `  ratio search median at ${large.toLocaleString('en-US')} / at ${small.toLocaleString('en-US')} events: ${record('ratio_comment_search_large_to_small', median(big.searchMs) / median(base.searchMs)).toFixed(2)}x`,
    );
    const { triage, bare } = await measureTriage(bigFolder, quick ? 50 : 200);
    record(`comment_triage_median_ms_at_${large}`, median(triage));
    record(`comment_triage_p99_ms_at_${large}`, percentile(triage, 99));
    record('comment_triage_bare_append_median_ms', median(bare));
    say(
      `a triage action durable and the next comment shown, at ${large.toLocaleString('en-US')} events: median ${ms(median(triage))}, p99 ${ms(percentile(triage, 99))} (bar: 50 ms); a bare journal append of one event: median ${ms(median(bare))}`,
    );
    say(
      `  ratio triage / bare append: ${record('ratio_comment_triage_to_append', median(triage) / median(bare)).toFixed(2)}x`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runAlone(benchCommentSearch);
