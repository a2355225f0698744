// A quick look at the journal alone at scale: `npx tsx tests/bench/journal-scale.ts EVENTS [FOLDER]`.
// Builds (or reuses) a journal, then times a writer's open, `log verify` and the SHA-256 floor.
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Journal } from '../../src/main/journal/journal';
import { verifyJournal } from '../../src/main/journal/verify';
import { hashFloor } from './hash-floor';
import { growJournal } from './seed';

const events = Number(process.argv[2] ?? '100000');
const folder = process.argv[3] ?? (await mkdtemp(join(tmpdir(), 'social-desk-journal-scale-')));
if (!existsSync(join(folder, 'journal'))) {
  const started = performance.now();
  const { journal } = await Journal.open(folder);
  await growJournal(journal, events);
  await journal.close();
  console.log(
    `built ${events} events in ${(performance.now() - started).toFixed(0)} ms: ${folder}`,
  );
}
let started = performance.now();
const { journal } = await Journal.open(folder);
console.log(
  `writer open: ${(performance.now() - started).toFixed(1)} ms (head ${journal.head().events})`,
);
await journal.close();
started = performance.now();
const result = await verifyJournal(folder);
console.log(`verify: ${(performance.now() - started).toFixed(0)} ms`, JSON.stringify(result));
const floor = await hashFloor(folder);
console.log(
  `sha256 floor: node ${floor.nodeMs.toFixed(0)} ms, sha256sum ${floor.sha256sumMs?.toFixed(0) ?? 'absent'} ms, ${floor.bytes} bytes`,
);
