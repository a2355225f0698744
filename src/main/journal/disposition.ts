import { type Hash, createHash } from 'node:crypto';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DeskFailure } from '../ipc/desk-failure';
import { syncFolder } from '../storage/durable-file';
import { describeWriteError } from '../storage/write-error';
import { hexOf } from './chain';
import {
  DISPOSITION,
  type DispositionPayload,
  dispositionPayloadSchema,
} from './disposition-event';
import {
  type EventHeader,
  type NewEvent,
  disposedEventText,
  eventLineSchema,
  sealLineSchema,
} from './journal-line';
import type { RewriteRecord, SealedRecord } from './known-good';
import { type Segment, listSegments } from './segments';
import { writeFully } from '../storage/write-fully';

/** A disposition as the records side asks for it: which events, under what authority, by whom. */
export interface DisposalRequest {
  readonly events: readonly number[];
  /** The retention schedule item, or the order (a court order, a legal instruction), followed. */
  readonly schedule?: string;
  readonly order?: string;
  readonly reason: string;
  /** The profile disposing of them. */
  readonly by: string;
  /** Under a retention schedule: the records disposed of, and the files removed with them. */
  readonly records?: DispositionPayload['records'];
  readonly files?: DispositionPayload['files'];
}

/** What a disposition needs of the journal running it (inside its write queue). */
export interface DisposalContext {
  readonly folder: string;
  head(): { readonly events: number };
  append(events: readonly NewEvent[]): Promise<EventHeader[]>;
  setRewrite(rewrite: RewriteRecord): Promise<void>;
  replaced(replacement: {
    readonly firstSeq: number;
    readonly bytes: number;
    readonly digest: Hash;
    readonly sealed: SealedRecord | undefined;
  }): Promise<void>;
}

/**
 * Appends the disposition event first, so the removal is in the chain before anything is removed;
 * then rewrites each segment holding a named event without its payload: a new file beside it,
 * synced, recorded in known-good.json (so a crash mid-way is recognised), renamed over the old one,
 * folder synced. The header and its payload hash stay, so the chain still verifies.
 */
export async function disposeOf(
  request: DisposalRequest,
  context: DisposalContext,
): Promise<EventHeader> {
  const seqs = [...new Set(request.events)].sort((a, b) => a - b);
  const head = context.head().events;
  for (const seq of seqs) {
    if (!Number.isSafeInteger(seq) || seq < 1 || seq > head) {
      throw new DeskFailure(
        'not-found',
        `There is no event ${seq} in the journal (it holds ${head}). Nothing was disposed of.`,
      );
    }
  }
  const bySegment = groupBySegment(await listSegments(context.folder), seqs);
  const named: { seq: number; payloadHash: string }[] = [];
  for (const [segment, inIt] of bySegment) {
    for (const line of (await readFile(segment.file, 'utf8')).split('\n')) {
      if (!line.startsWith('{"header"')) continue;
      const event = eventLineSchema.safeParse(JSON.parse(line));
      if (!event.success || !inIt.has(event.data.header.seq)) continue;
      const { header, payload, disposed } = event.data;
      if (payload === undefined) {
        throw new DeskFailure(
          'invalid-request',
          `Event ${header.seq} was already disposed of${disposed ? ` (disposition event ${disposed.disposition})` : ''}. Nothing was disposed of.`,
        );
      }
      if (header.type === DISPOSITION) {
        throw new DeskFailure(
          'invalid-request',
          `Event ${header.seq} is itself a disposition; it stays in the journal as the record of what was removed. Nothing was disposed of.`,
        );
      }
      named.push({ seq: header.seq, payloadHash: header.payloadHash });
    }
  }
  const payload = dispositionPayloadSchema.safeParse({
    events: named,
    ...(request.schedule === undefined ? {} : { schedule: request.schedule }),
    ...(request.order === undefined ? {} : { order: request.order }),
    reason: request.reason,
    ...(request.records === undefined ? {} : { records: request.records }),
    ...(request.files === undefined ? {} : { files: request.files }),
  } satisfies DispositionPayload);
  if (!payload.success || named.length !== seqs.length) {
    throw new DeskFailure(
      'invalid-request',
      `A disposition names the events it removes, the retention schedule or order it follows, and a reason${payload.success ? '' : ` (${payload.error.issues.map((issue) => issue.message).join('; ')})`}. Nothing was disposed of.`,
    );
  }
  const [header] = await context.append([
    { type: DISPOSITION, by: request.by, payload: payload.data },
  ]);
  if (!header) throw new Error('The journal appended nothing');
  for (const [segment, inIt] of bySegment) {
    try {
      await rewriteSegment(segment, inIt, header.seq, context);
    } catch (error) {
      const detail =
        error instanceof DeskFailure
          ? error.message
          : describeWriteError('The disposition', segment.file, error);
      throw new DeskFailure(
        'write-failed',
        `The disposition is recorded as event ${header.seq}, but the content in ${basename(segment.file)} could not be removed: ${detail} Once that is fixed, dispose of the events still holding content again.`,
      );
    }
  }
  return header;
}

function groupBySegment(
  segments: readonly Segment[],
  seqs: readonly number[],
): Map<Segment, Set<number>> {
  const groups = new Map<Segment, Set<number>>();
  for (const seq of seqs) {
    const segment = segments.findLast((candidate) => candidate.firstSeq <= seq);
    if (!segment) continue;
    const group = groups.get(segment) ?? new Set<number>();
    group.add(seq);
    groups.set(segment, group);
  }
  return groups;
}

async function rewriteSegment(
  segment: Segment,
  seqs: ReadonlySet<number>,
  disposition: number,
  context: DisposalContext,
): Promise<void> {
  const lines = (await readFile(segment.file, 'utf8')).split('\n');
  let last: { events: number; hash: string } | undefined;
  let sealed = false;
  const rewritten: string[] = [];
  for (const line of lines) {
    if (line.startsWith('{"seal"')) {
      const seal = sealLineSchema.parse(JSON.parse(line));
      sealed = true;
      last = { events: seal.seal.lastSeq, hash: seal.seal.head };
      rewritten.push(line);
    } else if (line.startsWith('{"header"')) {
      const event = eventLineSchema.parse(JSON.parse(line));
      last = { events: event.header.seq, hash: event.hash };
      rewritten.push(
        seqs.has(event.header.seq)
          ? disposedEventText(event.header, event.hash, disposition)
          : line,
      );
    } else {
      rewritten.push(line);
    }
  }
  if (!last) throw new Error(`${basename(segment.file)} holds no events`);
  const bytes = Buffer.from(rewritten.join('\n'), 'utf8');
  const digest = createHash('sha256').update(bytes);
  const temporary = join(context.folder, `.${basename(segment.file)}.${process.pid}.disposal.tmp`);
  try {
    const handle = await open(temporary, 'w', 0o600);
    try {
      await writeFully(handle, bytes, 0);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await context.setRewrite({
      segment: segment.firstSeq,
      bytes: bytes.length,
      sha256: hexOf(digest),
      events: last.events,
      hash: last.hash,
    });
    await rename(temporary, segment.file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(context.folder);
  const stats = await stat(segment.file);
  await context.replaced({
    firstSeq: segment.firstSeq,
    bytes: bytes.length,
    digest,
    sealed: sealed
      ? {
          segment: segment.firstSeq,
          lastSeq: last.events,
          head: last.hash,
          bytes: bytes.length,
          sha256: hexOf(digest),
          ino: stats.ino,
          ctimeMs: stats.ctimeMs,
        }
      : undefined,
  });
}
