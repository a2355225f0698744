// Runs `log verify` alone in a fresh process, so its peak memory is its own: the command itself,
// so the figure holds everything it checks (the chain, the head records, every stamped file).
import { runCli } from '../../src/main/cli/run-cli';

const folder = process.argv[2] ?? '';
const out: string[] = [];
const start = process.hrtime.bigint();
const code = await runCli(['log', 'verify', '--data', folder], {
  out: (text) => out.push(text),
  err: (text) => process.stderr.write(`${text}\n`),
});
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const result = JSON.parse(out.join('\n') || '{}') as { events?: number };
process.stdout.write(
  JSON.stringify({
    ok: code === 0,
    events: result.events ?? 0,
    ms,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
