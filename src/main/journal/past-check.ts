import { type Hash, createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DeskFailure } from '../ipc/desk-failure';
import {
  Broken,
  ChainCheck,
  type ChainPoint,
  GENESIS,
  hashPrefix,
  hexOf,
  walkSegment,
} from './chain';
import { HEAD_RECORD, type HeadRecord, readHeadRecord } from './head-record';
import {
  KNOWN_GOOD,
  type RewriteRecord,
  type SealedRecord,
  readKnownGood,
  sameIdentity,
} from './known-good';
import { readSegmentTail } from './segment-tail';
import { JOURNAL_FOLDER, type Segment, listSegments } from './segments';
import { expectHeadRecord, walkJournal } from './verify';

export interface OpenSegmentState {
  readonly firstSeq: number;
  readonly file: string;
  /** Where its complete lines end; anything after is a torn write, never acknowledged. */
  readonly size: number;
  /** SHA-256 of its first `size` bytes, as a running hash appends go on feeding. */
  readonly digest: Hash;
}

export interface PastCheck {
  readonly head: ChainPoint;
  /** The last segment when it is not sealed (it may be empty). */
  readonly open: OpenSegmentState | undefined;
  /** Bytes after the last complete line of the last segment: a write cut short by a crash. */
  readonly tornTail:
    { readonly file: string; readonly end: number; readonly bytes: number } | undefined;
  readonly sealed: Map<number, SealedRecord>;
  /** The sealed records changed (built, a new identity recorded, a rewrite finished): save them. */
  readonly sealedChanged: boolean;
  /** A disposition's rewrite found on disk: the record of it can be cleared. */
  readonly rewriteFinished: boolean;
  readonly pendingRewrite: RewriteRecord | undefined;
  readonly headRecord: HeadRecord | undefined;
}

/**
 * Proves at open that the journal's past is what it was when last known good, without rereading
 * it: each sealed segment is trusted if its size, inode and change time are those recorded
 * (hashed again if not); the open segment's prefix is hashed against the head record, and only
 * the lines after that prefix are checked event by event. A journal with neither record (an older
 * data folder) is verified in full once, and the records are built from that.
 */
export async function checkPast(dataFolder: string): Promise<PastCheck> {
  const folder = join(dataFolder, JOURNAL_FOLDER);
  const headRecord = await readHeadRecord(dataFolder);
  const segments = await listSegments(folder);
  let knownGood = await readKnownGood(folder);
  let sealedChanged = false;
  if (knownGood === undefined) {
    sealedChanged = true;
    if (segments.length === 0) {
      knownGood = { sealed: new Map() };
    } else {
      const walk = await walkJournal(dataFolder, { digestAll: true });
      if (!walk.result.ok)
        throw damaged(dataFolder, `event ${walk.result.firstBad}: ${walk.result.reason}`);
      knownGood = { sealed: new Map(walk.sealed.map((entry) => [entry.segment, entry])) };
    }
  } else if (headRecord === undefined && segments.length > 0) {
    throw damaged(
      dataFolder,
      `the data folder's head record ${HEAD_RECORD} is missing, though journal/${KNOWN_GOOD} shows the journal was written by this version: it was deleted, or only part of a data folder was copied`,
    );
  }
  const sealed = new Map(knownGood.sealed);
  const rewrite = knownGood.rewrite;
  let rewriteFinished = false;
  let head: ChainPoint = GENESIS;
  let openSegment: OpenSegmentState | undefined;
  let headRecordSeen = headRecord === undefined || headRecord.events === 0;
  let tail: PastCheck['tornTail'];

  try {
    for (const [index, segment] of segments.entries()) {
      const isLast = index === segments.length - 1;
      const name = basename(segment.file);
      if (segment.firstSeq !== head.events + 1) {
        throw new Broken(
          head.events + 1,
          `segment ${name} starts at event ${segment.firstSeq}, expected ${head.events + 1}`,
        );
      }
      const stats = await stat(segment.file);
      const known = sealed.get(segment.firstSeq);
      if (known) {
        if (!sameIdentity(known, stats)) {
          // Copied, restored or rewritten since: hash it once and record its new identity.
          const digest = await hashPrefix(segment.file, stats.size);
          const sha = digest ? hexOf(digest) : '';
          const rewritten = rewrite?.segment === segment.firstSeq && rewrite.sha256 === sha;
          if (!rewritten && (stats.size !== known.bytes || sha !== known.sha256)) {
            throw await nameTheDamage(
              dataFolder,
              `segment ${name} changed since it was last known good`,
            );
          }
          if (rewritten) rewriteFinished = true;
          sealed.set(segment.firstSeq, {
            ...known,
            bytes: stats.size,
            sha256: sha,
            ino: stats.ino,
            ctimeMs: stats.ctimeMs,
          });
          sealedChanged = true;
        }
        if (headRecord?.segment === segment.firstSeq && !headRecordSeen) {
          await checkHeadInSealed(dataFolder, headRecord, known, segment);
          headRecordSeen = true;
        }
        head = { events: known.lastSeq, hash: known.head };
        continue;
      }

      // Not recorded as sealed: the open segment, or one sealed just before a crash.
      let from = 0;
      let start = head;
      let digest: Hash = createHash('sha256');
      let sealedBefore = false;
      if (headRecord?.segment === segment.firstSeq) {
        const prefix = await knownPrefix(segment, stats.size, headRecord, rewrite);
        headRecordSeen = true;
        if (!prefix) {
          // Changed below what was acknowledged: walk it to name the event, or say it was rewritten.
          const chain = new ChainCheck(head);
          expectHeadRecord(chain, headRecord);
          const end = isLast ? await completeLinesEnd(segment.file, stats.size) : stats.size;
          await walkSegment(chain, { ...segment, from: 0, to: end });
          chain.finish();
          throw damaged(
            dataFolder,
            `the acknowledged part of segment ${name} changed since it was last known good, though its chain still holds: it was rewritten whole`,
          );
        }
        if (prefix.rewritten) rewriteFinished = true;
        ({ from, start, digest } = prefix);
        // The record may have been taken just after the seal was written.
        sealedBefore = from > 0 && (await lastLineIsSeal(segment.file, from));
      }
      const end = isLast ? await completeLinesEnd(segment.file, stats.size) : stats.size;
      const chain = new ChainCheck(start);
      const isSealed = await walkSegment(chain, {
        ...segment,
        from,
        to: end,
        digest,
        sealedBefore,
      });
      chain.finish();
      if (!isSealed && !isLast)
        throw new Broken(chain.seq + 1, `segment ${name} ends without its seal`);
      head = { events: chain.seq, hash: chain.hash };
      if (isLast && end < stats.size) tail = { file: segment.file, end, bytes: stats.size - end };
      if (isSealed) {
        sealed.set(segment.firstSeq, {
          segment: segment.firstSeq,
          lastSeq: chain.seq,
          head: chain.hash,
          bytes: end,
          sha256: hexOf(digest),
          ino: stats.ino,
          ctimeMs: stats.ctimeMs,
        });
        sealedChanged = true;
      } else if (isLast) {
        openSegment = { ...segment, size: end, digest };
      }
    }
    if (headRecord && headRecord.events > head.events) {
      throw new Broken(
        head.events + 1,
        `the journal holds ${head.events} events, but the data folder's head record (${HEAD_RECORD}) says ${headRecord.events} were acknowledged: events ${head.events + 1} to ${headRecord.events} were removed`,
      );
    }
    if (headRecord && !headRecordSeen) {
      throw new Broken(
        headRecord.events,
        `the segment that held event ${headRecord.events}, the last acknowledged (${HEAD_RECORD}), is missing`,
      );
    }
  } catch (error) {
    if (error instanceof Broken) throw damaged(dataFolder, `event ${error.seq}: ${error.message}`);
    throw error;
  }
  return {
    head,
    open: openSegment,
    tornTail: tail,
    sealed,
    sealedChanged: sealedChanged || rewriteFinished,
    rewriteFinished,
    pendingRewrite: rewriteFinished ? undefined : rewrite,
    headRecord,
  };
}

/** The part of a segment the head record vouches for (or a disposition's finished rewrite of it). */
async function knownPrefix(
  segment: Segment,
  size: number,
  headRecord: HeadRecord,
  rewrite: RewriteRecord | undefined,
): Promise<{ from: number; start: ChainPoint; digest: Hash; rewritten: boolean } | undefined> {
  if (size >= headRecord.bytes) {
    const digest = await hashPrefix(segment.file, headRecord.bytes);
    if (digest && hexOf(digest) === headRecord.sha256) {
      return { from: headRecord.bytes, start: headRecord, digest, rewritten: false };
    }
  }
  if (rewrite?.segment === segment.firstSeq && size >= rewrite.bytes) {
    const digest = await hashPrefix(segment.file, rewrite.bytes);
    if (digest && hexOf(digest) === rewrite.sha256) {
      return { from: rewrite.bytes, start: rewrite, digest, rewritten: true };
    }
  }
  return undefined;
}

/** The head record points into a segment sealed since: its event must be in it, unchanged. */
async function checkHeadInSealed(
  dataFolder: string,
  headRecord: HeadRecord,
  known: SealedRecord,
  segment: Segment,
): Promise<void> {
  if (headRecord.events === known.lastSeq && headRecord.hash === known.head) return;
  if (headRecord.events <= known.lastSeq && headRecord.bytes <= known.bytes) {
    const digest = await hashPrefix(segment.file, headRecord.bytes);
    if (digest && hexOf(digest) === headRecord.sha256) return;
  }
  throw await nameTheDamage(
    dataFolder,
    `segment ${basename(segment.file)} does not hold event ${headRecord.events} as the data folder's head record (${HEAD_RECORD}) says it was acknowledged`,
  );
}

/** A digest differs: walk the chain to name the first bad event, if the chain itself shows it. */
async function nameTheDamage(dataFolder: string, what: string): Promise<DeskFailure> {
  const walk = await walkJournal(dataFolder);
  if (!walk.result.ok)
    return damaged(dataFolder, `event ${walk.result.firstBad}: ${walk.result.reason}`);
  return damaged(dataFolder, `${what}, though its chain still holds: it was rewritten whole`);
}

export function damaged(dataFolder: string, what: string): DeskFailure {
  return new DeskFailure(
    'journal-damaged',
    `The moderation journal in ${dataFolder} is damaged: ${what}. Nothing was changed. Run \`social-desk log verify\` to see the first bad event, and restore the data folder from a backup (\`social-desk restore\`).`,
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

async function lastLineIsSeal(file: string, end: number): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { lastLine } = await readSegmentTail(handle, end);
    return lastLine?.startsWith('{"seal"') ?? false;
  } finally {
    await handle.close();
  }
}
