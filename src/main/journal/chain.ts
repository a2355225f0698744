import { type Hash, createHash, hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { DISPOSITION, dispositionPayloadSchema } from './disposition-event';
import {
  type EventHeader,
  GENESIS_HASH,
  eventLineSchema,
  headerHash,
  payloadHash,
  sealLineSchema,
} from './journal-line';

export interface ChainPoint {
  /** How many events: the seq of the last one. */
  readonly events: number;
  readonly hash: string;
}

export const GENESIS: ChainPoint = { events: 0, hash: GENESIS_HASH };

/** The first event found wrong, and why. */
export class Broken extends Error {
  constructor(
    readonly seq: number,
    reason: string,
  ) {
    super(reason);
  }
}

/** A check that falls due when the walk reaches an event (a checkpoint, the head record). */
interface Expectation {
  readonly seq: number;
  readonly hash: string;
  readonly differs: () => Broken;
  readonly missing: (events: number) => Broken;
}

const isoDateTime = z.iso.datetime();

/**
 * Checks events one line at a time, in order: sequence, link to the previous hash, the header's
 * own hash, the payload against the header's payload hash, and dispositions. A payload may be
 * missing only where a later `disposition` event names that event with that payload hash; those
 * waiting to be named are the only state kept (bounded by the number disposed of).
 */
/**
 * Shown each event once its header checked out, for checks that need the journal's content too
 * (the stores' stamps); `payload` parses it only when asked, so a walk costs nothing more.
 */
export type EventObserver = (header: EventHeader, payload: () => unknown) => void;

export class ChainCheck {
  seq: number;
  hash: string;
  private readonly awaitingDisposition = new Map<number, string>();
  private readonly expectations: Expectation[] = [];

  constructor(
    start: ChainPoint,
    private readonly observe?: EventObserver,
  ) {
    this.seq = start.events;
    this.hash = start.hash;
  }

  /** Adds a check for when the walk reaches `seq`; checks are kept in seq order. */
  expect(expectation: Expectation): void {
    if (expectation.seq === this.seq) {
      if (expectation.hash !== this.hash) throw expectation.differs();
      return;
    }
    this.expectations.push(expectation);
    this.expectations.sort((a, b) => a.seq - b.seq);
  }

  /** One complete line of a segment, bytes [start, end) of `data`. Returns whether it was the seal. */
  line(
    data: Buffer,
    start: number,
    end: number,
    segment: { readonly file: string; readonly firstSeq: number },
  ): boolean {
    const expected = this.seq + 1;
    const fast = fastEvent(data, start, end);
    if (fast) {
      this.header(fast.header, fast.hash, expected);
      if (fast.header.type === DISPOSITION)
        this.disposition(parseJson(fast.payload.toString('utf8'), expected));
      this.observe?.(fast.header, () => parseJson(fast.payload.toString('utf8'), expected));
    } else {
      const json = parseJson(data.toString('utf8', start, end), expected);
      if (sealLineSchema.safeParse(json).success) {
        this.seal(json, segment);
        return true;
      }
      const event = eventLineSchema.safeParse(json);
      if (!event.success) throw new Broken(expected, `event ${expected} is not a journal event`);
      const { header, hash, payload } = event.data;
      this.header(header, hash, expected);
      if (payload === undefined) {
        if (header.type === DISPOSITION)
          throw new Broken(expected, `disposition event ${expected} lost its own content`);
        this.awaitingDisposition.set(expected, header.payloadHash);
      } else if (payloadHash(payload) !== header.payloadHash) {
        throw new Broken(
          expected,
          `event ${expected} was changed: its content no longer matches its hash`,
        );
      } else if (header.type === DISPOSITION) {
        this.disposition(payload);
      }
      this.observe?.(header, () => payload);
    }
    this.seq = expected;
    while (this.expectations[0]?.seq === this.seq) {
      const due = this.expectations.shift();
      if (due && due.hash !== this.hash) throw due.differs();
    }
    return false;
  }

  /** After the last line: what is still due is missing. */
  finish(): void {
    const due = this.expectations[0];
    if (due) throw due.missing(this.seq);
    let first: number | undefined;
    for (const seq of this.awaitingDisposition.keys())
      if (first === undefined || seq < first) first = seq;
    if (first !== undefined) {
      throw new Broken(
        first,
        `event ${first} lost its content without a disposition: no disposition event names it with its payload hash`,
      );
    }
  }

  private header(header: EventHeader, hash: string, expected: number): void {
    if (header.seq !== expected) {
      throw new Broken(
        expected,
        `expected event ${expected} but found event ${header.seq} (removed or reordered)`,
      );
    }
    if (header.prev !== this.hash) {
      throw new Broken(
        expected,
        `event ${expected} does not follow the event before it (removed, inserted or reordered)`,
      );
    }
    if (headerHash(header) !== hash) {
      throw new Broken(
        expected,
        `event ${expected} was changed: its header no longer matches its hash`,
      );
    }
    // Set here so a slow-path line leaves the right hash behind too.
    this.hash = hash;
  }

  private disposition(payload: unknown): void {
    const seq = this.seq + 1;
    const parsed = dispositionPayloadSchema.safeParse(payload);
    if (!parsed.success)
      throw new Broken(seq, `disposition event ${seq} is not a valid disposition`);
    for (const named of parsed.data.events) {
      if (named.seq >= seq) {
        throw new Broken(
          seq,
          `disposition event ${seq} names event ${named.seq}, which is not before it`,
        );
      }
      const awaiting = this.awaitingDisposition.get(named.seq);
      if (awaiting === undefined) continue;
      if (awaiting !== named.payloadHash) {
        throw new Broken(
          named.seq,
          `event ${named.seq} lost its content, but disposition event ${seq} names a different payload hash for it`,
        );
      }
      this.awaitingDisposition.delete(named.seq);
    }
  }

  private seal(json: unknown, segment: { readonly file: string; readonly firstSeq: number }): void {
    const seal = sealLineSchema.safeParse(json);
    if (!seal.success)
      throw new Broken(this.seq + 1, `event ${this.seq + 1} is not a journal event`);
    const { firstSeq, lastSeq, head } = seal.data.seal;
    if (firstSeq !== segment.firstSeq || lastSeq !== this.seq || head !== this.hash) {
      throw new Broken(this.seq, `the seal of ${basename(segment.file)} does not match its events`);
    }
  }
}

function parseJson(text: string, seq: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Broken(seq, `event ${seq} is not valid JSON (an edited, torn or inserted line)`);
  }
}

const HEADER_OPEN = Buffer.from('{"header":{');
const HASH_KEY = Buffer.from('},"hash":"');
const PAYLOAD_KEY = Buffer.from('","payload":');
const CLOSE_BRACE = 0x7d;

/**
 * The shape the journal writes, checked on the line's bytes without decoding or parsing the
 * payload: `{"header":H,"hash":"X","payload":P}` where H parses alone as a header and the SHA-256
 * of P's bytes is the header's payload hash. P is then byte for byte the canonical text that was
 * hashed, a complete JSON value, so the line parses to exactly this header, hash and payload. The
 * hex fields need no pattern here: each is compared with a hash computed from the line. Anything
 * else (an older line, a disposed payload, a changed one) goes to the full parse, which decides.
 */
function fastEvent(
  data: Buffer,
  start: number,
  end: number,
): { header: EventHeader; hash: string; payload: Buffer } | undefined {
  if (end - start < 100 || data[end - 1] !== CLOSE_BRACE) return undefined;
  if (data.compare(HEADER_OPEN, 0, HEADER_OPEN.length, start, start + HEADER_OPEN.length) !== 0)
    return undefined;
  // A JSON string cannot hold an unescaped quote, so this is where the header object ends.
  const headerEnd = data.indexOf(HASH_KEY, start);
  if (headerEnd < 0 || headerEnd >= end) return undefined;
  const hashStart = headerEnd + HASH_KEY.length;
  const payloadStart = hashStart + 64 + PAYLOAD_KEY.length;
  if (
    payloadStart >= end ||
    data.compare(PAYLOAD_KEY, 0, PAYLOAD_KEY.length, hashStart + 64, payloadStart) !== 0
  )
    return undefined;
  let header: unknown;
  try {
    header = JSON.parse(data.toString('utf8', start + 10, headerEnd + 1));
  } catch {
    return undefined;
  }
  if (!isHeader(header)) return undefined;
  const payload = data.subarray(payloadStart, end - 1);
  if (hash('sha256', payload, 'hex') !== header.payloadHash) return undefined;
  return { header, hash: data.toString('latin1', hashStart, hashStart + 64), payload };
}

const HEADER_KEYS = 6;

/** A header's fields and types; its hex fields are checked by the hashes they must equal. */
function isHeader(value: unknown): value is EventHeader {
  if (typeof value !== 'object' || value === null) return false;
  const header = value as Record<string, unknown>;
  return (
    Object.keys(header).length === HEADER_KEYS &&
    Number.isSafeInteger(header.seq) &&
    (header.seq as number) >= 1 &&
    typeof header.by === 'string' &&
    header.by.length > 0 &&
    typeof header.type === 'string' &&
    header.type.length > 0 &&
    typeof header.prev === 'string' &&
    typeof header.payloadHash === 'string' &&
    typeof header.at === 'string' &&
    isoDateTime.safeParse(header.at).success
  );
}

const CHUNK = 1024 * 1024;

export interface SegmentWalk {
  readonly file: string;
  readonly firstSeq: number;
  /** Where lines start (a line boundary) and where complete lines end. */
  readonly from: number;
  readonly to: number;
  /** Fed every byte read, for the segment's digest. */
  readonly digest?: Hash;
  /** The part before `from` already ends with the seal. */
  readonly sealedBefore?: boolean;
}

/** Walks the lines of one segment through `chain`; returns whether it ended with its seal. */
export async function walkSegment(chain: ChainCheck, walk: SegmentWalk): Promise<boolean> {
  const handle = await open(walk.file, 'r');
  let sealed = walk.sealedBefore ?? false;
  const take = (data: Buffer, start: number, end: number) => {
    if (sealed)
      throw new Broken(chain.seq + 1, `segment ${basename(walk.file)} has lines after its seal`);
    sealed = chain.line(data, start, end, walk);
  };
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let carried = Buffer.alloc(0);
    let position = walk.from;
    while (position < walk.to) {
      const { bytesRead } = await handle.read(
        buffer,
        0,
        Math.min(CHUNK, walk.to - position),
        position,
      );
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      walk.digest?.update(chunk);
      position += bytesRead;
      const data = carried.length > 0 ? Buffer.concat([carried, chunk]) : chunk;
      let lineStart = 0;
      for (
        let newline = data.indexOf(0x0a);
        newline >= 0;
        newline = data.indexOf(0x0a, lineStart)
      ) {
        take(data, lineStart, newline);
        lineStart = newline + 1;
      }
      // A line split across two reads waits for its end (a copy: the buffer is read into again).
      carried = Buffer.from(data.subarray(lineStart));
    }
    if (position < walk.to) {
      throw new Broken(chain.seq + 1, `segment ${basename(walk.file)} is shorter than expected`);
    }
    if (carried.length > 0) take(carried, 0, carried.length);
  } finally {
    await handle.close();
  }
  return sealed;
}

/** SHA-256 of a file's first `bytes` bytes, as a running hash that can go on; undefined if shorter. */
export async function hashPrefix(file: string, bytes: number): Promise<Hash | undefined> {
  const digest = createHash('sha256');
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let position = 0;
    while (position < bytes) {
      const { bytesRead } = await handle.read(
        buffer,
        0,
        Math.min(CHUNK, bytes - position),
        position,
      );
      if (bytesRead === 0) return undefined;
      digest.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return digest;
}

export function hexOf(digest: Hash): string {
  return digest.copy().digest('hex');
}
