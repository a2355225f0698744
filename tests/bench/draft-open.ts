/**
 * Opening the drafts store at 20,000 drafts: `npx tsx tests/bench/draft-open.ts [count] [runs]`.
 * Prints the median of several opens of one seeded folder (the first open, which may re-index,
 * reported on its own).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DraftStore } from '../../src/main/drafts/draft-store';
import { seedDrafts } from './seed';

const count = Number(process.argv[2] ?? 20_000);
const runs = Number(process.argv[3] ?? 9);
const folder = await mkdtemp(join(tmpdir(), 'social-desk-draft-open-'));
try {
  await seedDrafts(folder, count);
  const times: number[] = [];
  for (let run = 0; run <= runs; run += 1) {
    const started = performance.now();
    const { store } = await DraftStore.open(folder);
    times.push(performance.now() - started);
    await store.close();
  }
  const [first = 0, ...rest] = times;
  rest.sort((a, b) => a - b);
  const median = rest[Math.floor(rest.length / 2)] ?? 0;
  console.log(
    JSON.stringify({
      drafts: count,
      firstOpenMs: +first.toFixed(1),
      medianOpenMs: +median.toFixed(1),
    }),
  );
} finally {
  await rm(folder, { recursive: true, force: true });
}
