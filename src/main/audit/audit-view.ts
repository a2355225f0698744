import {
  AUDIT_LIMIT_DEFAULT,
  type AuditEntry,
  type AuditFilter,
  type AuditListRequest,
  type AuditPage,
} from '../../shared/records/audit-view';
import { DeskFailure } from '../ipc/desk-failure';
import { AUDIT_CHANGE, AUDIT_NOT_APPLIED } from './audit-trail';
import { eventLinesNewestFirst } from './audit-view-lines';
import { type AuditNames, auditWhat } from './audit-view-what';

const HASH_KEY = Buffer.from(',"hash":"');
const HEADER_START = '{"header":'.length;
const SHA256_HEX = /^[0-9a-f]{64}$/;

interface PeekedHeader {
  readonly seq: number;
  readonly at: string;
  readonly by: string;
  readonly type: string;
  /** The event's hash (checked only for the entries built: most lines are left out). */
  readonly hash: string;
}

/** A line that passed the header's filters: its entry is built only when it is needed. */
interface Candidate {
  entry(): AuditEntry;
}

class LineCandidate implements Candidate {
  private built: AuditEntry | undefined;
  private parsed: ParsedLine | null | undefined;
  private described: string | undefined;

  constructor(
    private readonly line: Buffer,
    private readonly header: PeekedHeader,
    private readonly notApplied: ReadonlySet<number>,
    private readonly names: AuditNames,
  ) {}

  entry(): AuditEntry {
    this.built ??= entryOf(
      this.header,
      this.content(),
      this.what(),
      this.notApplied.has(this.header.seq),
      this.names,
    );
    return this.built;
  }

  /** For the store and words filters: only what they read, not the whole entry. */
  store(): unknown {
    return this.header.type === AUDIT_CHANGE ? this.content()?.payload?.store : undefined;
  }

  what(): string {
    const content = this.content();
    this.described ??= auditWhat(this.header.type, content?.payload, content?.disposed, this.names);
    return this.described;
  }

  private content(): ParsedLine | undefined {
    if (this.parsed === undefined) this.parsed = parseLine(this.line) ?? null;
    return this.parsed ?? undefined;
  }
}

/**
 * The journal's events as audit entries (SPEC section 6: every change, who, what, when, the hash
 * before and after), newest first. It reads the segments backwards on each request and keeps only
 * the page asked for (and the few seqs that `audit.not-applied` events name), so a journal of
 * 1,000,000 events is never held in memory; the journal itself stays the one record.
 */
export class AuditView {
  constructor(
    private readonly dataFolder: string,
    private readonly names: AuditNames,
  ) {}

  /** One page of the entries the filter holds, and how many it holds in all. */
  async list(request: AuditListRequest): Promise<AuditPage> {
    const offset = request.offset ?? 0;
    const limit = request.limit ?? AUDIT_LIMIT_DEFAULT;
    const entries: AuditEntry[] = [];
    let total = 0;
    for await (const block of this.matching(request)) {
      for (const candidate of block) {
        if (total >= offset && entries.length < limit) entries.push(candidate.entry());
        total += 1;
      }
    }
    return { entries, total, offset, limit };
  }

  /** Every entry the filter holds, newest first, one at a time (for a saved file). */
  async *entries(filter: AuditFilter): AsyncGenerator<AuditEntry> {
    for await (const block of this.matching(filter)) {
      for (const candidate of block) yield candidate.entry();
    }
  }

  /** The lines the filter keeps, a block at a time, newest first. */
  private async *matching(filter: AuditFilter): AsyncGenerator<Candidate[]> {
    const range = dayRange(filter.from, filter.to);
    const words = wordsOf(filter.words);
    // A not-applied event always follows the change it names, so reading newest first sees it
    // before that change.
    const notApplied = new Set<number>();
    for await (const lines of eventLinesNewestFirst(this.dataFolder)) {
      const kept: Candidate[] = [];
      for (const line of lines) {
        const header = peekHeader(line);
        if (!header) continue;
        if (header.type === AUDIT_NOT_APPLIED) {
          const named = parseLine(line)?.payload?.event;
          if (typeof named === 'number') notApplied.add(named);
        }
        if (range.from !== undefined && header.at < range.from) continue;
        if (range.to !== undefined && header.at >= range.to) continue;
        if (filter.by !== undefined && header.by !== filter.by) continue;
        if (filter.kind !== undefined && header.type !== filter.kind) continue;
        const candidate = new LineCandidate(line, header, notApplied, this.names);
        if (filter.store !== undefined && candidate.store() !== filter.store) continue;
        if (words.length > 0) {
          const what = candidate.what().toLowerCase();
          if (!words.every((word) => what.includes(word))) continue;
        }
        kept.push(candidate);
      }
      if (kept.length > 0) yield kept;
    }
  }
}

interface ParsedLine {
  readonly payload?: Readonly<Record<string, unknown>>;
  readonly disposed?: number;
}

/**
 * The header and hash alone: most lines are left out by date, person or kind, and the header is a
 * small part of a line (a captured comment's payload can be 25,000 characters). The journal writes
 * every header in one order (eventLinePrefix), so its fields are read where they stand; a line in
 * any other shape is parsed whole instead.
 */
function peekHeader(line: Buffer): PeekedHeader | undefined {
  return peekWritten(line) ?? peekParsed(line);
}

const SEQ_START = Buffer.from('{"header":{"seq":');
const AT_KEY = Buffer.from(',"at":"');
const BY_KEY = Buffer.from('","by":"');
const TYPE_KEY = Buffer.from('","type":"');
const PREV_KEY = Buffer.from('","prev":"');
/** From `prev`'s value to `,"hash":"`: 64 hex, `","payloadHash":"`, 64 hex and `"}`. */
const HASHES_BETWEEN = 64 + '","payloadHash":"'.length + 64 + '"}'.length;

function peekWritten(line: Buffer): PeekedHeader | undefined {
  if (!bytesAt(line, 0, SEQ_START)) return undefined;
  let index = SEQ_START.length;
  let seq = 0;
  for (; index < line.length; index += 1) {
    const digit = (line[index] ?? 0) - 48;
    if (digit < 0 || digit > 9) break;
    seq = seq * 10 + digit;
  }
  if (!bytesAt(line, index, AT_KEY)) return undefined;
  const atStart = index + AT_KEY.length;
  const atEnd = line.indexOf(34, atStart);
  if (atEnd < 0 || !bytesAt(line, atEnd, BY_KEY)) return undefined;
  // The fields' ends are found by their closing quotes; an escaped quote in one (never written
  // by Social Desk) sends the line to the whole parse.
  const byStart = atEnd + BY_KEY.length;
  const byEnd = line.indexOf(34, byStart);
  if (byEnd < 0 || line[byEnd - 1] === 92 || !bytesAt(line, byEnd, TYPE_KEY)) return undefined;
  const typeStart = byEnd + TYPE_KEY.length;
  const typeEnd = line.indexOf(34, typeStart);
  if (typeEnd < 0 || line[typeEnd - 1] === 92 || !bytesAt(line, typeEnd, PREV_KEY)) {
    return undefined;
  }
  const hashAt = typeEnd + PREV_KEY.length + HASHES_BETWEEN;
  if (!bytesAt(line, hashAt, HASH_KEY)) return undefined;
  const hash = line.toString('latin1', hashAt + HASH_KEY.length, hashAt + HASH_KEY.length + 64);
  const by = jsonString(line.toString('utf8', byStart, byEnd));
  const type = jsonString(line.toString('utf8', typeStart, typeEnd));
  if (seq < 1 || by === undefined || type === undefined || hash.length !== 64) return undefined;
  return { seq, at: line.toString('latin1', atStart, atEnd), by, type, hash };
}

/** Byte by byte: a native compare per line costs more than the rest of the line's peek. */
function bytesAt(line: Buffer, at: number, bytes: Buffer): boolean {
  for (let index = 0; index < bytes.length; index += 1) {
    if (line[at + index] !== bytes[index]) return false;
  }
  return true;
}

/** A JSON string's inside as written: escapes are rare (ids and types are plain), decoded if any. */
function jsonString(raw: string): string | undefined {
  if (!raw.includes('\\')) return raw;
  try {
    const value: unknown = JSON.parse(`"${raw}"`);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

function peekParsed(line: Buffer): PeekedHeader | undefined {
  const at = line.indexOf(HASH_KEY);
  if (at < 0) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(line.toString('utf8', HEADER_START, at));
  } catch {
    return undefined;
  }
  const hash = line.toString('latin1', at + HASH_KEY.length, at + HASH_KEY.length + 64);
  if (typeof header !== 'object' || header === null || !SHA256_HEX.test(hash)) return undefined;
  const { seq, at: when, by, type } = header as Record<string, unknown>;
  if (
    !Number.isSafeInteger(seq) ||
    typeof when !== 'string' ||
    typeof by !== 'string' ||
    typeof type !== 'string'
  ) {
    return undefined;
  }
  return { seq: seq as number, at: when, by, type, hash };
}

function parseLine(line: Buffer): ParsedLine | undefined {
  let json: unknown;
  try {
    json = JSON.parse(line.toString('utf8'));
  } catch {
    return undefined;
  }
  const { payload, disposed } = json as { payload?: unknown; disposed?: { disposition?: unknown } };
  const disposition = disposed?.disposition;
  return {
    ...(typeof payload === 'object' && payload !== null
      ? { payload: payload as Readonly<Record<string, unknown>> }
      : {}),
    ...(typeof disposition === 'number' ? { disposed: disposition } : {}),
  };
}

function entryOf(
  header: PeekedHeader,
  line: ParsedLine | undefined,
  what: string,
  notApplied: boolean,
  names: AuditNames,
): AuditEntry {
  if (!SHA256_HEX.test(header.hash)) {
    throw new DeskFailure(
      'journal-damaged',
      `Journal event ${header.seq} is damaged (its hash is not a SHA-256), so the audit trail cannot show it. Nothing was changed. Run \`social-desk log verify\`, and restore the data folder from a backup if it reports damage.`,
    );
  }
  const payload = line?.payload;
  const change = header.type === AUDIT_CHANGE && payload ? payload : undefined;
  return {
    seq: header.seq,
    at: header.at,
    by: header.by,
    byName: names.person(header.by),
    kind: header.type,
    what,
    ...(typeof change?.store === 'string' ? { store: change.store } : {}),
    ...(typeof change?.document === 'string' ? { document: change.document } : {}),
    ...(change && documentHash(change.before) !== undefined
      ? { before: documentHash(change.before) }
      : {}),
    ...(change && documentHash(change.after) !== undefined
      ? { after: documentHash(change.after) }
      : {}),
    notApplied,
    disposed: line?.disposed !== undefined,
    hash: header.hash,
  };
}

/** A document's hash as the audit trail records it: hex, or null where there was no document. */
function documentHash(value: unknown): string | null | undefined {
  if (value === null) return null;
  return typeof value === 'string' && SHA256_HEX.test(value) ? value : undefined;
}

/**
 * Whole local days as ISO instants, the end one day past the last: events' times are ISO strings in
 * UTC of one length, so comparing the strings compares the times. Days are stepped by the calendar,
 * not by 24 hours, so a day across a clock change keeps its 23 or 25 hours.
 */
export function dayRange(from?: string, to?: string): { from?: string; to?: string } {
  const local = (day: string, add: number) => {
    const [year, month, date] = day.split('-').map(Number);
    return new Date(year ?? 0, (month ?? 1) - 1, (date ?? 1) + add).toISOString();
  };
  return {
    ...(from ? { from: local(from, 0) } : {}),
    ...(to ? { to: local(to, 1) } : {}),
  };
}

function wordsOf(words: string | undefined): string[] {
  return (words ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}
