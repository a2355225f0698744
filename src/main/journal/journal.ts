import { type Hash, createHash } from 'node:crypto';
import { mkdir, open, type FileHandle, readdir, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { DeskFailure } from '../ipc/desk-failure';
import { syncFolder } from '../storage/durable-file';
import { describeWriteError } from '../storage/write-error';
import { hexOf } from './chain';
import { type DisposalRequest, disposeOf } from './disposition';
import { HEAD_RECORD, type HeadRecord, HeadRecordWriter, headRecordFile } from './head-record';
import {
  type EventHeader,
  type EventLine,
  GENESIS_HASH,
  type NewEvent,
  makeEventText,
  sha256,
} from './journal-line';
import { KNOWN_GOOD, type RewriteRecord, type SealedRecord, writeKnownGood } from './known-good';
import { type PastCheck, checkPast } from './past-check';
import { JOURNAL_FOLDER, segmentFile } from './segments';
import { writeFully } from '../storage/write-fully';

export const DEFAULT_SEGMENT_EVENTS = 100_000;

export interface JournalHead {
  /** How many events the log holds: the sequence number of the last one. */
  readonly events: number;
  readonly hash: string;
}

export interface JournalOpenReport {
  /** A write cut short by a crash, removed at open: it was never acknowledged. */
  readonly tornTail?: { readonly segment: string; readonly bytes: number };
}

/** An event just made durable, and where its line is: for readers that keep an index of it. */
export interface AppendedEvent {
  readonly line: EventLine;
  /** The first sequence number of the segment holding it (which names the file). */
  readonly segment: number;
  /** Byte offset of its line in that segment, and the line's length without the newline. */
  readonly offset: number;
  readonly bytes: number;
}

export type AppendListener = (events: readonly AppendedEvent[]) => void;

/** How the journal opens its segment files; tests pass one that fails or writes short. */
export type OpenSegmentFile = (file: string, flags: 'a' | 'ax') => Promise<FileHandle>;

export interface JournalOptions {
  readonly segmentEvents?: number;
  readonly now?: () => Date;
  /** For readers (verify, checkpoint): a torn tail is reported and skipped, never cut. */
  readonly readOnly?: boolean;
  /** Fault injection for tests (short writes, failing syncs); the real `open` otherwise. */
  readonly openSegmentFile?: OpenSegmentFile;
}

interface OpenSegment {
  readonly firstSeq: number;
  readonly file: string;
  handle: FileHandle | undefined;
  /** Bytes known durable: where a failed write is cut back to. */
  size: number;
  /** SHA-256 of those bytes, running: the head record carries it after every append. */
  digest: Hash;
}

type WritableSegment = OpenSegment & { handle: FileHandle };

/** A segment as it was before the append now running, to cut it back to if the append fails. */
interface Touched {
  readonly segment: WritableSegment;
  readonly size: number;
  readonly digest: Hash;
  readonly created: boolean;
}

const openFile: OpenSegmentFile = (file, flags) => open(file, flags, 0o600);

/**
 * The append-only moderation and audit journal: JSON lines in segments of bounded size, each event
 * chained to the one before by hash, each append fdatasync'ed before it is acknowledged. Content
 * leaves it only through `dispose`, which is itself a chained event. It refuses to open over a past
 * that changed since it was last known good (see past-check.ts).
 */
export class Journal {
  private queue: Promise<unknown> = Promise.resolve();
  /** Why the journal takes no more writes, once a failed write could not be undone. */
  private stopped: string | undefined;
  private knownGoodDirty = false;
  private readonly listeners = new Set<AppendListener>();

  private constructor(
    readonly folder: string,
    private readonly dataFolder: string,
    private current: JournalHead,
    private segment: OpenSegment | undefined,
    private readonly sealed: Map<number, SealedRecord>,
    private pendingRewrite: RewriteRecord | undefined,
    private readonly headRecord: HeadRecordWriter | undefined,
    private readonly segmentEvents: number,
    private readonly now: () => Date,
    private readonly openSegmentFile: OpenSegmentFile,
  ) {}

  static async open(
    dataFolder: string,
    options: JournalOptions = {},
  ): Promise<{ journal: Journal; report: JournalOpenReport }> {
    const folder = join(dataFolder, JOURNAL_FOLDER);
    // Checked before anything is created, so a refusal leaves the folder exactly as it was.
    const past = await checkPast(dataFolder);
    if (!options.readOnly) await mkdir(folder, { recursive: true, mode: 0o700 });
    let report: JournalOpenReport = {};
    if (past.tornTail) {
      if (!options.readOnly) {
        const handle = await open(past.tornTail.file, 'r+');
        try {
          await handle.truncate(past.tornTail.end);
          await handle.sync();
        } finally {
          await handle.close();
        }
      }
      report = { tornTail: { segment: past.tornTail.file, bytes: past.tornTail.bytes } };
    }
    const segment: OpenSegment | undefined = past.open && { ...past.open, handle: undefined };
    let headRecord: HeadRecordWriter | undefined;
    if (!options.readOnly) {
      await removeLeftovers(dataFolder, folder);
      const record = recordOf(past.head, segment, past.sealed);
      try {
        headRecord = await HeadRecordWriter.open(dataFolder, record);
        if (!sameRecord(past.headRecord, record)) {
          await headRecord.write(record);
          await headRecord.sync();
        }
      } catch (error) {
        await headRecord?.close();
        const file = headRecordFile(dataFolder);
        throw new DeskFailure(
          'write-failed',
          describeWriteError("The journal's head record", file, error),
        );
      }
    }
    const journal = new Journal(
      folder,
      dataFolder,
      past.head,
      segment,
      past.sealed,
      past.pendingRewrite,
      headRecord,
      options.segmentEvents ?? DEFAULT_SEGMENT_EVENTS,
      options.now ?? (() => new Date()),
      options.openSegmentFile ?? openFile,
    );
    if (headRecord && shouldSave(past)) await journal.saveKnownGood();
    return { journal, report };
  }

  head(): JournalHead {
    return this.current;
  }

  /**
   * Appends events in order with one fdatasync per segment touched; resolves once they are all
   * durable. If it fails, none of them is on disk and the head has not moved.
   */
  append(events: readonly NewEvent[]): Promise<EventHeader[]> {
    return this.queued(() => this.appendNow(events));
  }

  /**
   * Calls `listener` after every append, once its events are durable, in order; returns the way to
   * stop. A listener that throws is the listener's problem: the append has already been saved.
   */
  onAppend(listener: AppendListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Removes the payloads of earlier events under a retention schedule or an order: appends a
   * `disposition` event naming each event and the payload hash it removes, then rewrites the
   * segments holding them without those payloads. Resolves with the disposition event's header.
   */
  dispose(request: DisposalRequest): Promise<EventHeader> {
    return this.queued(() =>
      disposeOf(request, {
        folder: this.folder,
        head: () => this.current,
        append: (events) => this.appendNow(events),
        replaced: (replacement) => this.segmentReplaced(replacement),
        setRewrite: async (rewrite) => {
          this.pendingRewrite = rewrite;
          // The record of a rewrite must be on disk before the rename it covers.
          await writeKnownGood(this.folder, { sealed: this.sealed, rewrite });
        },
      }),
    );
  }

  async close(): Promise<void> {
    await this.queue;
    await this.segment?.handle?.close();
    if (this.segment) this.segment.handle = undefined;
    if (this.headRecord) {
      if (this.knownGoodDirty) await this.saveKnownGood();
      await this.headRecord.sync().catch(() => undefined);
      await this.headRecord.close();
    }
  }

  private queued<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async appendNow(events: readonly NewEvent[]): Promise<EventHeader[]> {
    if (this.stopped) throw new DeskFailure('write-failed', this.stopped);
    const headRecord = this.headRecord;
    if (!headRecord) {
      throw new DeskFailure('write-failed', 'The journal was opened for reading only.');
    }
    const headers: EventHeader[] = [];
    const appended: AppendedEvent[] = [];
    const touched: Touched[] = [];
    const sealedNow: { segment: WritableSegment; at: JournalHead }[] = [];
    let head = this.current;
    let index = 0;
    let failedFile = this.segment?.file ?? this.folder;
    try {
      while (index < events.length) {
        const segment = await this.writableSegment(head, touched);
        failedFile = segment.file;
        const room = this.segmentEvents - (head.events - segment.firstSeq + 1);
        if (room <= 0) {
          // Full but unsealed: a crash cut the seal written with its last events. Seal it now.
          await this.write(segment, `${sealLine(segment.firstSeq, head)}\n`);
          sealedNow.push({ segment, at: head });
          this.segment = undefined;
          continue;
        }
        const lines: string[] = [];
        const batch = events.slice(index, index + room);
        let offset = segment.size;
        for (const event of batch) {
          const { line, text } = makeEventText(event, head.events + 1, head.hash, this.now());
          lines.push(text);
          headers.push(line.header);
          const bytes = Buffer.byteLength(text, 'utf8');
          appended.push({ line, segment: segment.firstSeq, offset, bytes });
          offset += bytes + 1;
          head = { events: line.header.seq, hash: line.hash };
        }
        index += batch.length;
        const full = head.events - segment.firstSeq + 1 >= this.segmentEvents;
        if (full) lines.push(sealLine(segment.firstSeq, head));
        await this.write(segment, `${lines.join('\n')}\n`);
        if (full) {
          sealedNow.push({ segment, at: head });
          this.segment = undefined;
        }
      }
      failedFile = headRecordFile(this.dataFolder);
      const records = await Promise.all(
        sealedNow.map(({ segment, at }) => sealedRecord(segment, at)),
      );
      const sealed = new Map(this.sealed);
      for (const record of records) sealed.set(record.segment, record);
      await headRecord.write(recordOf(head, this.segment, sealed));
      for (const record of records) this.sealed.set(record.segment, record);
    } catch (error) {
      await this.rollBack(touched, failedFile, error);
    }
    this.current = head;
    for (const listener of this.listeners) {
      try {
        listener(appended);
      } catch {
        // Saved is saved: an index that could not follow rebuilds itself from the journal.
      }
    }
    for (const { segment } of sealedNow) await segment.handle.close().catch(() => undefined);
    if (sealedNow.length > 0) await this.saveKnownGood();
    return headers;
  }

  /** The segment to write to: the open one, or a new one after a sealed segment. */
  private async writableSegment(head: JournalHead, touched: Touched[]): Promise<WritableSegment> {
    const current = this.segment;
    if (current === undefined) {
      const file = segmentFile(this.folder, head.events + 1);
      // 'ax': never write into a file that is already there.
      const handle = await this.openSegmentFile(file, 'ax');
      const segment: WritableSegment = {
        firstSeq: head.events + 1,
        file,
        handle,
        size: 0,
        digest: createHash('sha256'),
      };
      touched.push({ segment, size: 0, digest: segment.digest.copy(), created: true });
      this.segment = segment;
      // A new segment's directory entry must be durable before anything in it is acknowledged.
      await syncFolder(this.folder);
      return segment;
    }
    if (current.handle === undefined) {
      const handle = await this.openSegmentFile(current.file, 'a');
      const { size } = await handle.stat();
      if (size !== current.size) {
        await handle.close();
        throw new DeskFailure(
          'journal-damaged',
          `The moderation journal ${current.file} changed while Social Desk had it open (${size} bytes, expected ${current.size}). Nothing was changed. Close every other program using the data folder, run \`social-desk log verify\`, and restore the data folder from a backup if it fails.`,
        );
      }
      current.handle = handle;
    }
    const writable = current as WritableSegment;
    if (!touched.some((entry) => entry.segment === writable)) {
      touched.push({
        segment: writable,
        size: writable.size,
        digest: writable.digest.copy(),
        created: false,
      });
    }
    return writable;
  }

  private async write(segment: WritableSegment, text: string): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    await writeFully(segment.handle, bytes);
    await segment.handle.datasync();
    segment.size += bytes.length;
    segment.digest.update(bytes);
  }

  /**
   * Undoes an append that failed part way: every segment it touched is cut back to its size before
   * it (and synced), a segment it created is removed. If even that fails the journal stops taking
   * writes, because the next append would chain after bytes nobody acknowledged.
   */
  private async rollBack(
    touched: readonly Touched[],
    file: string,
    error: unknown,
  ): Promise<never> {
    let createdAny = false;
    try {
      for (const entry of [...touched].reverse()) {
        if (entry.created) {
          await entry.segment.handle.close().catch(() => undefined);
          await unlink(entry.segment.file);
          createdAny = true;
        } else {
          await entry.segment.handle.truncate(entry.size);
          await entry.segment.handle.sync();
          entry.segment.size = entry.size;
          entry.segment.digest = entry.digest;
        }
      }
      if (createdAny) await syncFolder(this.folder);
      const first = touched[0];
      this.segment = first && !first.created ? first.segment : this.segment;
      if (first?.created) this.segment = undefined;
    } catch (undoError) {
      const detail = error instanceof Error ? error.message : String(error);
      const undoDetail = undoError instanceof Error ? undoError.message : String(undoError);
      this.stopped = `The journal has stopped taking writes: a write to ${file} failed (${detail}) and could not be undone (${undoDetail}). Events up to ${this.current.events} are saved; the write that failed was never confirmed, though part of it may be on disk. Free space on the disk (or deal with the disk's fault), then restart Social Desk or run the command again: a torn line is cut away at the next start, but a line that reached the disk whole is kept and counts as saved. Run \`social-desk log verify\` to see the journal as it is.`;
      throw new DeskFailure('write-failed', this.stopped);
    }
    if (error instanceof DeskFailure) throw error;
    throw new DeskFailure('write-failed', describeWriteError('The journal', file, error));
  }

  /** A disposition replaced a segment's file: the open segment's handle and digest follow it. */
  private async segmentReplaced(replacement: {
    readonly firstSeq: number;
    readonly bytes: number;
    readonly digest: Hash;
    readonly sealed: SealedRecord | undefined;
  }): Promise<void> {
    if (replacement.sealed) {
      this.sealed.set(replacement.firstSeq, replacement.sealed);
    } else if (this.segment?.firstSeq === replacement.firstSeq) {
      await this.segment.handle?.close();
      this.segment.handle = undefined;
      this.segment.size = replacement.bytes;
      this.segment.digest = replacement.digest;
      await this.headRecord?.write(recordOf(this.current, this.segment, this.sealed));
      await this.headRecord?.sync();
    }
    this.pendingRewrite = undefined;
    // If this save fails, the rewrite record still vouches for the new file at the next open.
    await this.saveKnownGood();
  }

  /** known-good.json is a cache of verification: if it cannot be saved now, the next open rebuilds it. */
  private async saveKnownGood(): Promise<void> {
    try {
      await writeKnownGood(this.folder, {
        sealed: this.sealed,
        ...(this.pendingRewrite ? { rewrite: this.pendingRewrite } : {}),
      });
      this.knownGoodDirty = false;
    } catch {
      this.knownGoodDirty = true;
    }
  }
}

function shouldSave(past: PastCheck): boolean {
  return past.sealedChanged || past.rewriteFinished;
}

function sealLine(firstSeq: number, head: JournalHead): string {
  return JSON.stringify({ seal: { firstSeq, lastSeq: head.events, head: head.hash } });
}

async function sealedRecord(segment: WritableSegment, head: JournalHead): Promise<SealedRecord> {
  const stats = await segment.handle.stat();
  return {
    segment: segment.firstSeq,
    lastSeq: head.events,
    head: head.hash,
    bytes: segment.size,
    sha256: hexOf(segment.digest),
    ino: stats.ino,
    ctimeMs: stats.ctimeMs,
  };
}

/** The head record for a head: the segment it ends in, and the digest of that segment so far. */
function recordOf(
  head: JournalHead,
  segment: OpenSegment | undefined,
  sealed: ReadonlyMap<number, SealedRecord>,
): HeadRecord {
  if (segment) {
    return {
      events: head.events,
      hash: head.hash,
      segment: segment.firstSeq,
      bytes: segment.size,
      sha256: hexOf(segment.digest),
    };
  }
  let last: SealedRecord | undefined;
  for (const record of sealed.values()) if (!last || record.segment > last.segment) last = record;
  if (last) {
    return {
      events: head.events,
      hash: head.hash,
      segment: last.segment,
      bytes: last.bytes,
      sha256: last.sha256,
    };
  }
  return { events: 0, hash: GENESIS_HASH, segment: 1, bytes: 0, sha256: sha256('') };
}

function sameRecord(a: HeadRecord | undefined, b: HeadRecord): boolean {
  return (
    a !== undefined &&
    a.events === b.events &&
    a.hash === b.hash &&
    a.segment === b.segment &&
    a.bytes === b.bytes &&
    a.sha256 === b.sha256
  );
}

/**
 * Temporary files a writer killed mid-way left (a half-written record or disposal copy): never
 * part of the journal, removed by the next writer so they do not pile up or travel into backups.
 */
async function removeLeftovers(dataFolder: string, folder: string): Promise<void> {
  const leftover = (record: string) => (name: string) =>
    name.startsWith(`.${record}.`) && name.endsWith('.tmp');
  const inJournal = (name: string) =>
    leftover(KNOWN_GOOD)(name) || (name.startsWith('.segment-') && name.endsWith('.disposal.tmp'));
  for (const [where, matches] of [
    [folder, inJournal],
    [dataFolder, leftover(HEAD_RECORD)],
  ] as const) {
    for (const name of (await readdir(where)).filter(matches)) {
      await rm(join(where, name), { force: true });
    }
  }
}
