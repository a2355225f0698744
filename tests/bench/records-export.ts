// Export for a public-records request (issue 12): 100,000 captured comments exported (JSON, CSV,
// the journal slice, the manifest, the zip) from a data folder of 100,000 comment events, beside
// 10,000 in the same run (the ratio shows whether the time follows the records), and `export
// verify` of the larger export. Bar: 100,000 records under 30 s.
// `npm run bench` runs it with the rest; alone: `npx tsx tests/bench/records-export.ts [--quick]`.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportRecords } from '../../src/main/export/record-export';
import { verifyExport } from '../../src/main/export/verify-export';
import { Journal } from '../../src/main/journal/journal';
import type { NewEvent } from '../../src/main/journal/journal-line';
import { openServices } from '../../src/main/services';
import type { Profile } from '../../src/shared/profiles/profile';
import { type BenchOutput, runAlone } from './measure';

const BY = '00000000-0000-4000-8000-000000000001';
const PAGE = '00000000-0000-4000-8000-0000000000a0';
const TEXTS = [
  'Thank you officers for closing Main Street so quickly after the crash',
  '=HYPERLINK("http://example.com","click") why is nobody enforcing speed limits',
  'Lost dog near the park, call 555-867-5309 if you see him',
  '+1 to this, the detour was well marked',
  '@chief what about the fireworks every night on Elm',
];

/** `count` captured comments over one year, in batches as an import appends them. */
async function seedComments(folder: string, count: number): Promise<Profile> {
  await mkdir(folder, { recursive: true });
  // A folder with records has its profiles: a first one made as the app does.
  const first = await openServices(folder, 'the export bench');
  const custodian = await first.profiles.add(
    {
      name: 'Casey Records',
      roles: ['administrator', 'records'],
      passphrase: 'a bench passphrase',
    },
    undefined,
  );
  await first.close();
  const { journal } = await Journal.open(folder);
  try {
    const start = Date.parse('2025-01-01T00:00:00.000Z');
    for (let first = 0; first < count; first += 5000) {
      const events: NewEvent[] = [];
      for (let n = first; n < Math.min(count, first + 5000); n += 1) {
        const at = new Date(start + n * 300_000).toISOString();
        events.push({
          type: 'comment.captured',
          by: BY,
          payload: {
            pageId: PAGE,
            commentId: `c-${n}`,
            text: `${TEXTS[n % TEXTS.length] ?? ''} (#${n})`,
            author: `Resident ${n % 977}`,
            postedAt: at,
            seenAt: at,
          },
        });
      }
      await journal.append(events);
    }
  } finally {
    await journal.close();
  }
  return custodian;
}

export async function benchRecordsExport({ say, record, quick }: BenchOutput): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'social-desk-bench-export-'));
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  try {
    const small = quick ? 2_000 : 10_000;
    const large = quick ? 20_000 : 100_000;
    const times: Record<number, number> = {};
    for (const count of [small, large]) {
      const folder = join(root, `data-${count}`);
      const custodian = await seedComments(folder, count);
      const services = await openServices(folder, 'the export bench');
      try {
        await services.comments.ready();
        const target = join(root, `export-${count}`);
        const start = performance.now();
        const written = await exportRecords(
          services,
          custodian,
          {
            request: `PRR bench ${count}`,
            types: ['comment'],
          },
          target,
        );
        const ms = performance.now() - start;
        times[count] = ms;
        const verifyStart = performance.now();
        const check = await verifyExport(target);
        const verifyMs = performance.now() - verifyStart;
        if (!check.ok) throw new Error(`the export did not verify: ${check.message}`);
        record(`records_export_ms_at_${count}`, ms);
        record(`records_export_verify_ms_at_${count}`, verifyMs);
        say(
          `records export of ${written.records.toLocaleString()} comments (JSON, CSV, ${written.records.toLocaleString()} journal lines, manifest, zip): ${seconds(ms)}; export verify: ${seconds(verifyMs)}`,
        );
      } finally {
        await services.close();
      }
    }
    const [base, big] = [times[small], times[large]];
    if (base && big) {
      say(
        `  ratio time at ${large.toLocaleString()} / at ${small.toLocaleString()}: ${record('ratio_records_export_time', big / base).toFixed(2)}x (linear: ${(large / small).toFixed(0)}x; bar: 100,000 under 30 s)`,
      );
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runAlone(benchRecordsExport);
