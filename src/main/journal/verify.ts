import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  type EventLine,
  GENESIS_HASH,
  eventLineSchema,
  headerHash,
  payloadHash,
  sealLineSchema,
} from './journal-line';
import { readSegmentTail } from './segment-tail';
import { JOURNAL_FOLDER, listSegments } from './segments';

export interface Checkpoint {
  readonly seq: number;
  readonly hash: string;
}

export type VerifyResult =
  | { readonly ok: true; readonly events: number; readonly head: string }
  | {
      readonly ok: false;
      readonly events: number;
      readonly firstBad: number;
      readonly reason: string;
    };

class Broken extends Error {
  constructor(
    readonly seq: number,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * Walks every event in order, one line in memory at a time, and checks the chain: sequence, link
 * to the previous hash, the header's own hash, the payload's hash (unless disposed of), the seals,
 * and the checkpoint kept elsewhere. Names the first event that is wrong.
 */
export async function verifyJournal(
  dataFolder: string,
  checkpoint?: Checkpoint,
): Promise<VerifyResult> {
  const segments = await listSegments(join(dataFolder, JOURNAL_FOLDER));
  let seq = 0;
  let hash = GENESIS_HASH;
  let checkpointSeen = false;
  try {
    for (const [index, segment] of segments.entries()) {
      const isLast = index === segments.length - 1;
      if (segment.firstSeq !== seq + 1) {
        throw new Broken(
          seq + 1,
          `segment ${segment.file} starts at event ${segment.firstSeq}, expected ${seq + 1}`,
        );
      }
      let sealed = false;
      // A torn last line is a write that was never acknowledged: not part of the log.
      const end = isLast ? await completeLinesEnd(segment.file) : undefined;
      if (end === 0) continue;
      const input = createReadStream(segment.file, end === undefined ? {} : { end: end - 1 });
      const lines = createInterface({ input, crlfDelay: Infinity });
      for await (const text of lines) {
        if (sealed) throw new Broken(seq + 1, `segment ${segment.file} has lines after its seal`);
        const json = parseJson(text, seq + 1);
        const seal = sealLineSchema.safeParse(json);
        if (seal.success) {
          const { firstSeq, lastSeq, head } = seal.data.seal;
          if (firstSeq !== segment.firstSeq || lastSeq !== seq || head !== hash) {
            throw new Broken(seq, `the seal of ${segment.file} does not match its events`);
          }
          sealed = true;
          continue;
        }
        const event = eventLineSchema.safeParse(json);
        if (!event.success) throw new Broken(seq + 1, `event ${seq + 1} is not a journal event`);
        checkEvent(event.data, seq + 1, hash);
        seq = event.data.header.seq;
        hash = event.data.hash;
        if (checkpoint?.seq === seq) {
          if (checkpoint.hash !== hash)
            throw new Broken(seq, `event ${seq} no longer has the checkpoint's hash`);
          checkpointSeen = true;
        }
      }
      if (!sealed && !isLast)
        throw new Broken(seq + 1, `segment ${segment.file} ends without its seal`);
    }
    if (checkpoint && !checkpointSeen) {
      if (checkpoint.seq === 0 && checkpoint.hash === GENESIS_HASH)
        return { ok: true, events: seq, head: hash };
      throw new Broken(
        Math.min(checkpoint.seq, seq + 1),
        `the log no longer contains checkpoint event ${checkpoint.seq}`,
      );
    }
    return { ok: true, events: seq, head: hash };
  } catch (error) {
    if (error instanceof Broken)
      return { ok: false, events: seq, firstBad: error.seq, reason: error.message };
    throw error;
  }
}

async function completeLinesEnd(file: string): Promise<number> {
  const handle = await open(file, 'r');
  try {
    return (await readSegmentTail(handle, (await handle.stat()).size)).end;
  } finally {
    await handle.close();
  }
}

function parseJson(text: string, seq: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Broken(seq, `event ${seq} is not valid JSON (an edited, torn or inserted line)`);
  }
}

function checkEvent(line: EventLine, expectedSeq: number, previousHash: string): void {
  const { header } = line;
  if (header.seq !== expectedSeq) {
    throw new Broken(
      expectedSeq,
      `expected event ${expectedSeq} but found event ${header.seq} (removed or reordered)`,
    );
  }
  if (header.prev !== previousHash) {
    throw new Broken(
      expectedSeq,
      `event ${expectedSeq} does not follow the event before it (removed, inserted or reordered)`,
    );
  }
  if (headerHash(header) !== line.hash) {
    throw new Broken(
      expectedSeq,
      `event ${expectedSeq} was changed: its header no longer matches its hash`,
    );
  }
  if (line.payload === undefined) {
    if (!line.disposed)
      throw new Broken(expectedSeq, `event ${expectedSeq} lost its content without a disposition`);
  } else if (payloadHash(line.payload) !== header.payloadHash) {
    throw new Broken(
      expectedSeq,
      `event ${expectedSeq} was changed: its content no longer matches its hash`,
    );
  }
}
