// Importing a 100,000-comment CSV export into a fresh data folder, each run alone in a child
// process so its peak memory is its own: wall time and peak RSS, beside 10,000 comments measured
// in the same run (the ratio shows whether time and memory follow the file), and the same file
// imported again (every row a duplicate, found through the comment index).
// `npm run bench` runs it with the rest; alone: `npx tsx tests/bench/comment-import.ts`.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { type BenchOutput, runAlone } from './measure';

const here = fileURLToPath(new URL('.', import.meta.url));
const SAMPLE = join(here, '../fixtures/samples/facebook-comments.csv');

interface ChildFigures {
  readonly runs: readonly { ms: number; imported: number; duplicates: number; rejected: number }[];
  readonly maxRssBytes: number;
}

/**
 * An export of `count` comments shaped like the Facebook sample: its texts, names and link form,
 * each row with its own id, time and a few words more so no two texts are the same.
 */
async function writeExport(file: string, count: number): Promise<number> {
  const sample = parse<Record<string, string>>(await readFile(SAMPLE), { columns: true });
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const lines = ['id,message,from,created_time,permalink_url'];
  const start = Date.parse('2025-01-01T00:00:00Z');
  for (let index = 0; index < count; index += 1) {
    const row = sample[index % sample.length] ?? {};
    const at = new Date(start + index * 137_000).toISOString().replace('.000Z', '+0000');
    lines.push(
      [
        `10158${String(index).padStart(7, '0')}_${(index * 7919) % 1_000_000}`,
        quote(`${row.message ?? ''} (#${index})`),
        quote(row.from ?? ''),
        at,
        `https://www.facebook.com/examplepd/posts/pfbid${Math.floor(index / 200)}?comment_id=${index}`,
      ].join(','),
    );
  }
  await writeFile(file, `${lines.join('\n')}\n`);
  return (await stat(file)).size;
}

/**
 * Imports `file` into `folder` in a child process, `times` times in a row: through the app's
 * services, or into a bare journal with no comment index applying each event.
 */
function importAlone(
  folder: string,
  file: string,
  pageId: string,
  times = 1,
  mode: 'services' | 'journal' = 'services',
): ChildFigures {
  return JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(here, 'comment-import-child.ts'),
        folder,
        file,
        pageId,
        String(times),
        mode,
      ],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    ),
  ) as ChildFigures;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function benchCommentImport({ say, record, quick }: BenchOutput): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'social-desk-bench-import-'));
  try {
    const large = quick ? 20_000 : 100_000;
    const small = 10_000;
    const figures: Record<number, { ms: number; rss: number; again: number }> = {};
    for (const count of [small, large]) {
      const file = join(root, `comments-${count}.csv`);
      const bytes = await writeExport(file, count);
      const folder = join(root, `data-${count}`);
      await mkdir(folder);
      const pageId = randomUUID();
      // Fresh folder, then the same file again in the same process: every row a duplicate.
      const { runs, maxRssBytes } = importAlone(folder, file, pageId, 2);
      const [first, again] = runs;
      if (first?.imported !== count || again?.duplicates !== count) {
        throw new Error(
          `comment import bench: expected ${count} imported, then ${count} duplicates`,
        );
      }
      figures[count] = { ms: first.ms, rss: maxRssBytes, again: again.ms };
      // The same import into a bare journal: what is left is the reading and the appending, and
      // the difference is the comment index applying each appended event.
      const bare = join(root, `bare-${count}`);
      await mkdir(bare);
      const alone = importAlone(bare, file, randomUUID(), 1, 'journal');
      const bareMs = alone.runs[0]?.ms ?? 0;
      record(`comment_import_bare_journal_ms_at_${count}`, bareMs);
      record(`comment_import_bare_journal_peak_rss_bytes_at_${count}`, alone.maxRssBytes);
      record(`comment_import_ms_at_${count}`, first.ms);
      record(`comment_import_again_ms_at_${count}`, again.ms);
      record(`comment_import_peak_rss_bytes_at_${count}`, maxRssBytes);
      say(
        `comment import of ${count.toLocaleString()} comments (${mib(bytes)} CSV) into a fresh data folder: ${seconds(first.ms)}; the same file again (all duplicates): ${seconds(again.ms)}; peak RSS ${mib(maxRssBytes)}; into a bare journal (no comment index): ${seconds(bareMs)}, peak RSS ${mib(alone.maxRssBytes)}`,
      );
    }
    const [base, big] = [figures[small], figures[large]];
    if (base && big) {
      say(
        `  ratio time at ${large.toLocaleString()} / at ${small.toLocaleString()}: ${record('ratio_comment_import_time', big.ms / base.ms).toFixed(2)}x (linear: ${(large / small).toFixed(0)}x; bar: ${large.toLocaleString()} under 10 s)`,
      );
      say(
        `  ratio peak RSS at ${large.toLocaleString()} / at ${small.toLocaleString()}: ${record('ratio_comment_import_rss', big.rss / base.rss).toFixed(2)}x (streaming: about 1x; before streaming, 200,000 rows took 22 s and 557 MiB)`,
      );
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runAlone(benchCommentImport);
