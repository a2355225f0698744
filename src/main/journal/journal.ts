import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { DeskFailure } from '../ipc/desk-failure';
import { syncFolder } from '../storage/durable-file';
import { describeWriteError } from '../storage/write-error';
import {
  type EventHeader,
  type EventLine,
  GENESIS_HASH,
  type NewEvent,
  eventLineSchema,
  headerHash,
  makeEventLine,
  sealLineSchema,
} from './journal-line';
import { readSegmentTail } from './segment-tail';
import { JOURNAL_FOLDER, listSegments, segmentFile } from './segments';

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

export interface JournalOptions {
  readonly segmentEvents?: number;
  readonly now?: () => Date;
  /** For readers (verify, checkpoint): a torn tail is reported and skipped, never cut. */
  readonly readOnly?: boolean;
}

interface OpenSegment {
  readonly firstSeq: number;
  readonly file: string;
  handle: FileHandle | undefined;
  /** Bytes known durable: where a failed write is cut back to. */
  size: number;
}

type WritableSegment = OpenSegment & { handle: FileHandle };

/**
 * The append-only moderation and audit journal: JSON lines in segments of bounded size, each event
 * chained to the one before by hash, each append fdatasync'ed before it is acknowledged. Nothing
 * here edits or deletes an event.
 */
export class Journal {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly folder: string,
    private current: JournalHead,
    private segment: OpenSegment | undefined,
    private readonly segmentEvents: number,
    private readonly now: () => Date,
  ) {}

  static async open(
    dataFolder: string,
    options: JournalOptions = {},
  ): Promise<{ journal: Journal; report: JournalOpenReport }> {
    const folder = join(dataFolder, JOURNAL_FOLDER);
    if (!options.readOnly) await mkdir(folder, { recursive: true });
    const segments = await listSegments(folder);
    let head: JournalHead = { events: 0, hash: GENESIS_HASH };
    let segment: OpenSegment | undefined;
    let report: JournalOpenReport = {};
    const last = segments.at(-1);
    if (last) {
      const handle = await open(last.file, options.readOnly ? 'r' : 'r+');
      try {
        const { size } = await handle.stat();
        const { lastLine, end } = await readSegmentTail(handle, size);
        if (end < size) {
          if (!options.readOnly) {
            await handle.truncate(end);
            await handle.sync();
          }
          report = { tornTail: { segment: last.file, bytes: size - end } };
        }
        const parsed = lastLine === undefined ? undefined : parseTailLine(lastLine, last.file);
        if (parsed === undefined) {
          // An empty segment: a crash came between creating it and its first write.
          head = await headBefore(segments.slice(0, -1));
          segment = { firstSeq: last.firstSeq, file: last.file, handle: undefined, size: 0 };
        } else if ('seal' in parsed) {
          head = { events: parsed.seal.lastSeq, hash: parsed.seal.head };
        } else {
          head = { events: parsed.header.seq, hash: parsed.hash };
          segment = { firstSeq: last.firstSeq, file: last.file, handle: undefined, size: 0 };
        }
      } finally {
        await handle.close();
      }
    }
    const journal = new Journal(
      folder,
      head,
      segment,
      options.segmentEvents ?? DEFAULT_SEGMENT_EVENTS,
      options.now ?? (() => new Date()),
    );
    return { journal, report };
  }

  head(): JournalHead {
    return this.current;
  }

  /** Appends events in order with one fdatasync per segment touched; resolves once they are durable. */
  append(events: readonly NewEvent[]): Promise<EventHeader[]> {
    const run = this.queue.then(() => this.appendNow(events));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.segment?.handle?.close();
    if (this.segment) this.segment.handle = undefined;
  }

  private async appendNow(events: readonly NewEvent[]): Promise<EventHeader[]> {
    const headers: EventHeader[] = [];
    let head = this.current;
    let index = 0;
    while (index < events.length) {
      const segment = await this.writableSegment(head);
      const room = this.segmentEvents - (head.events - segment.firstSeq + 1);
      if (room <= 0) {
        // Full but unsealed: a crash cut the seal written with its last events. Seal it now.
        await this.write(segment, `${sealLine(segment.firstSeq, head)}\n`);
        await segment.handle.close();
        this.segment = undefined;
        continue;
      }
      const lines: string[] = [];
      const batch = events.slice(index, index + room);
      for (const event of batch) {
        const line: EventLine = makeEventLine(event, head.events + 1, head.hash, this.now());
        lines.push(JSON.stringify(line));
        headers.push(line.header);
        head = { events: line.header.seq, hash: line.hash };
      }
      index += batch.length;
      const full = head.events - segment.firstSeq + 1 >= this.segmentEvents;
      if (full) {
        lines.push(sealLine(segment.firstSeq, head));
      }
      await this.write(segment, `${lines.join('\n')}\n`);
      this.current = head;
      if (full) {
        await segment.handle.close();
        this.segment = undefined;
      }
    }
    return headers;
  }

  private async writableSegment(head: JournalHead): Promise<WritableSegment> {
    const current = this.segment;
    if (isWritable(current)) return current;
    const firstSeq = current?.firstSeq ?? head.events + 1;
    const file = current?.file ?? segmentFile(this.folder, firstSeq);
    try {
      const handle = await open(file, 'a', 0o600);
      const { size } = await handle.stat();
      const segment: WritableSegment = { firstSeq, file, handle, size };
      this.segment = segment;
      // A new segment's directory entry must be durable before anything in it is acknowledged.
      if (size === 0) await syncFolder(this.folder);
      return segment;
    } catch (error) {
      throw new DeskFailure('write-failed', describeWriteError('The journal', file, error));
    }
  }

  private async write(segment: WritableSegment, text: string): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    try {
      await segment.handle.write(bytes);
      await segment.handle.datasync();
      segment.size += bytes.length;
    } catch (error) {
      // Leave no partial line behind for the next append to chain after.
      await segment.handle.truncate(segment.size).catch(() => undefined);
      throw new DeskFailure('write-failed', describeWriteError('The journal', segment.file, error));
    }
  }
}

function isWritable(segment: OpenSegment | undefined): segment is WritableSegment {
  return segment?.handle !== undefined;
}

function sealLine(firstSeq: number, head: JournalHead): string {
  return JSON.stringify({ seal: { firstSeq, lastSeq: head.events, head: head.hash } });
}

function parseTailLine(line: string, file: string) {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw tamper(file, 'its last complete line is not JSON');
  }
  const seal = sealLineSchema.safeParse(json);
  if (seal.success) return seal.data;
  const event = eventLineSchema.safeParse(json);
  if (!event.success) throw tamper(file, 'its last line is not a journal event');
  if (headerHash(event.data.header) !== event.data.hash) {
    throw tamper(file, `event ${event.data.header.seq} does not match its hash`);
  }
  return event.data;
}

async function headBefore(segments: readonly { file: string }[]): Promise<JournalHead> {
  const previous = segments.at(-1);
  if (!previous) return { events: 0, hash: GENESIS_HASH };
  const handle = await open(previous.file, 'r');
  try {
    const { lastLine } = await readSegmentTail(handle, (await handle.stat()).size);
    const parsed = lastLine === undefined ? undefined : parseTailLine(lastLine, previous.file);
    if (!parsed || !('seal' in parsed))
      throw tamper(previous.file, 'it is followed by a segment but not sealed');
    return { events: parsed.seal.lastSeq, hash: parsed.seal.head };
  } finally {
    await handle.close();
  }
}

function tamper(file: string, what: string): DeskFailure {
  return new DeskFailure(
    'journal-damaged',
    `The moderation journal ${file} is damaged: ${what}. Nothing was changed. Run \`social-desk log verify\` to find the first bad event, and restore the data folder from a backup.`,
  );
}
