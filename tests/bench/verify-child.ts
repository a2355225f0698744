// Runs `log verify` alone in a fresh process, so its peak memory is its own.
import { verifyJournal } from '../../src/main/journal/verify';

const folder = process.argv[2] ?? '';
const start = process.hrtime.bigint();
const result = await verifyJournal(folder);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(
  JSON.stringify({
    ok: result.ok,
    events: result.events,
    ms,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
