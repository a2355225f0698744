import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraftService } from '../../src/main/drafts/draft-service';
import { Journal } from '../../src/main/journal/journal';
import { readEvents } from '../../src/main/journal/read-events';
import { verifyJournal } from '../../src/main/journal/verify';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD_OUT = join(ROOT, 'out', 'test-crash');
const KILLS = Number(process.env.SOCIAL_DESK_CRASH_KILLS ?? 200);
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'social-desk-crash-'));
  // Bundled once with the project's own Vite, so each of the many starts is a plain, quick `node`.
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      ssr: join(ROOT, 'tests/crash/writer-child.ts'),
      outDir: CHILD_OUT,
      emptyOutDir: true,
      rolldownOptions: { output: { entryFileNames: 'writer-child.mjs', format: 'es' } },
    },
  });
}, 60_000);
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

interface Acks {
  journal: number;
  drafts: Map<string, { number: number; hash: string }>;
}

/** Starts the writer, waits until it is writing, kills it with SIGKILL after a random moment. */
async function runAndKill(round: number, acks: Acks): Promise<void> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(CHILD_OUT, 'writer-child.mjs'), folder, String(round)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let buffered = '';
  let ready: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (ready = resolve));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const [kind, a, b, c] = line.split(' ');
      if (kind === 'ready') ready();
      if (kind === 'J') acks.journal = Math.max(acks.journal, Number(a));
      if (kind === 'D' && a && b && c) acks.drafts.set(a, { number: Number(b), hash: c });
    }
  });
  await Promise.race([started, exited]);
  await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 40));
  child.kill('SIGKILL');
  await exited;
}

describe('crash safety: a writer killed with SIGKILL at random moments', () => {
  it(`loses no acknowledged write over ${KILLS} kills; every file parses; the log verifies`, async () => {
    const acks: Acks = { journal: 0, drafts: new Map() };
    for (let round = 0; round < KILLS; round += 1) {
      await runAndKill(round, acks);

      // Read-only first: verify must accept a log whose only damage is an unacknowledged torn tail.
      const verified = await verifyJournal(folder);
      expect(verified, `round ${round}`).toMatchObject({ ok: true });
      if (verified.ok)
        expect(verified.events, `round ${round}`).toBeGreaterThanOrEqual(acks.journal);

      if (round % 20 === 19 || round === KILLS - 1) {
        const drafts = await DraftService.open(folder);
        for (const [id, ack] of acks.drafts) {
          const draft = await drafts.get(id);
          const revision = draft.revisions.find((r) => r.number === ack.number);
          expect(revision?.contentHash, `draft ${id} revision ${ack.number}, round ${round}`).toBe(
            ack.hash,
          );
        }
        await drafts.close();
        for (const name of await readdir(join(folder, 'drafts'))) {
          if (name.endsWith('.json'))
            JSON.parse(await readFile(join(folder, 'drafts', name), 'utf8'));
        }
      }
    }
    const { journal, report } = await Journal.open(folder, { segmentEvents: 64 });
    await journal.close();
    expect(report).toBeDefined();
    let events = 0;
    for await (const event of readEvents(folder)) events = event.header.seq;
    expect(events).toBeGreaterThanOrEqual(acks.journal);
    expect(acks.journal).toBeGreaterThan(0);
    expect(acks.drafts.size).toBeGreaterThan(0);
  }, 600_000);
});
