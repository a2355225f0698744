import { createHash } from 'node:crypto';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DeskFailure } from '../ipc/desk-failure';
import { Broken, ChainCheck, type EventObserver, GENESIS, hexOf, walkSegment } from './chain';
import { HEAD_RECORD, type HeadRecord, readHeadRecord } from './head-record';
import { GENESIS_HASH } from './journal-line';
import { type KnownGood, type SealedRecord, readKnownGood } from './known-good';
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

export interface JournalWalk {
  readonly result: VerifyResult;
  /** Every sealed segment's digest and identity, when asked for (to rebuild known-good.json). */
  readonly sealed: readonly SealedRecord[];
}

/**
 * Walks every event in order, a few megabytes in memory at a time, and checks the chain: sequence,
 * link to the previous hash, the header's own hash, the payload's hash (or the disposition that
 * removed it), the seals, each sealed segment against the digest recorded when it was last known
 * good, the data folder's own head record, and a checkpoint kept elsewhere. Names the first event
 * that is wrong.
 */
export async function verifyJournal(
  dataFolder: string,
  checkpoint?: Checkpoint,
  observe?: EventObserver,
): Promise<VerifyResult> {
  return (await walkJournal(dataFolder, { checkpoint, observe })).result;
}

export async function walkJournal(
  dataFolder: string,
  options: {
    readonly checkpoint?: Checkpoint;
    readonly digestAll?: boolean;
    readonly observe?: EventObserver;
  } = {},
): Promise<JournalWalk> {
  const folder = join(dataFolder, JOURNAL_FOLDER);
  const chain = new ChainCheck(GENESIS, options.observe);
  const sealed: SealedRecord[] = [];
  try {
    // The head record first: a writer updates it after the journal, so read in this order the
    // journal always holds at least what the record says.
    const headRecord = await readHeadRecord(dataFolder).catch((error: unknown) => {
      if (error instanceof DeskFailure) throw new Broken(1, error.message);
      throw error;
    });
    const knownGood = options.digestAll ? undefined : await readKnownGood(folder);
    const segments = await listSegments(folder);
    const { checkpoint } = options;
    if (checkpoint && !(checkpoint.seq === 0 && checkpoint.hash === GENESIS_HASH)) {
      chain.expect({
        seq: checkpoint.seq,
        hash: checkpoint.hash,
        differs: () =>
          new Broken(checkpoint.seq, `event ${checkpoint.seq} no longer has the checkpoint's hash`),
        missing: (events) =>
          new Broken(
            Math.min(checkpoint.seq, events + 1),
            `the log no longer contains checkpoint event ${checkpoint.seq}`,
          ),
      });
    }
    if (headRecord) expectHeadRecord(chain, headRecord);
    for (const [index, segment] of segments.entries()) {
      const isLast = index === segments.length - 1;
      if (segment.firstSeq !== chain.seq + 1) {
        throw new Broken(
          chain.seq + 1,
          `segment ${basename(segment.file)} starts at event ${segment.firstSeq}, expected ${chain.seq + 1}`,
        );
      }
      const known = knownGood?.sealed.get(segment.firstSeq);
      const size = (await stat(segment.file)).size;
      // A torn last line is a write that was never acknowledged: not part of the log.
      const end = isLast ? await completeLinesEnd(segment.file, size) : size;
      const digest = known || options.digestAll ? createHash('sha256') : undefined;
      const segmentStart = { events: chain.seq, hash: chain.hash };
      const isSealed = await walkSegment(chain, { ...segment, from: 0, to: end, digest });
      if (!isSealed && !isLast)
        throw new Broken(chain.seq + 1, `segment ${basename(segment.file)} ends without its seal`);
      if (known && digest)
        checkKnownDigest(knownGood, known, segment, end, hexOf(digest), segmentStart);
      if (isSealed && digest && options.digestAll) {
        const stats = await stat(segment.file);
        sealed.push({
          segment: segment.firstSeq,
          lastSeq: chain.seq,
          head: chain.hash,
          bytes: end,
          sha256: hexOf(digest),
          ino: stats.ino,
          ctimeMs: stats.ctimeMs,
        });
      }
    }
    chain.finish();
    return { result: { ok: true, events: chain.seq, head: chain.hash }, sealed };
  } catch (error) {
    if (error instanceof Broken) {
      return {
        result: { ok: false, events: chain.seq, firstBad: error.seq, reason: error.message },
        sealed,
      };
    }
    throw error;
  }
}

export function expectHeadRecord(chain: ChainCheck, record: HeadRecord): void {
  chain.expect({
    seq: record.events,
    hash: record.hash,
    differs: () =>
      new Broken(
        record.events,
        `event ${record.events} is not the event the data folder's head record (${HEAD_RECORD}) says was acknowledged last: the journal was replaced or rewritten`,
      ),
    missing: (events) =>
      new Broken(
        events + 1,
        `the journal holds ${events} events, but the data folder's head record (${HEAD_RECORD}) says ${record.events} were acknowledged: events ${events + 1} to ${record.events} were removed`,
      ),
  });
}

function checkKnownDigest(
  knownGood: KnownGood | undefined,
  known: SealedRecord,
  segment: { readonly file: string; readonly firstSeq: number },
  bytes: number,
  sha256: string,
  start: { readonly events: number },
): void {
  if (known.bytes === bytes && known.sha256 === sha256) return;
  const rewrite = knownGood?.rewrite;
  if (rewrite?.segment === segment.firstSeq && rewrite.bytes === bytes && rewrite.sha256 === sha256)
    return;
  throw new Broken(
    start.events + 1,
    `segment ${basename(segment.file)} is not the file recorded when it was last known good (journal/known-good.json), though its own chain holds: it was rewritten whole`,
  );
}

async function completeLinesEnd(file: string, size: number): Promise<number> {
  const handle = await open(file, 'r');
  try {
    return (await readSegmentTail(handle, size)).end;
  } finally {
    await handle.close();
  }
}

/** What `log verify` is looking at: a new (empty) folder, a data folder, or something else. */
export async function dataFolderKind(folder: string): Promise<'new' | 'data' | 'not-data'> {
  const names = await readdir(folder);
  if (names.length === 0) return 'new';
  // Any of Social Desk's own names marks a data folder, a writer's lock too (an app just started).
  const marks = [
    JOURNAL_FOLDER,
    'profiles.json',
    'pages.json',
    'drafts',
    HEAD_RECORD,
    'writer.lock',
  ];
  return names.some((name) => marks.includes(name)) ? 'data' : 'not-data';
}
