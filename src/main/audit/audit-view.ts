import {
  AUDIT_LIMIT_DEFAULT,
  type AuditEntry,
  type AuditFilter,
  type AuditListRequest,
  type AuditPage,
} from '../../shared/records/audit-view';
import { AUDIT_CHANGE, AUDIT_NOT_APPLIED } from './audit-trail';
import { eventLinesNewestFirst } from './audit-view-lines';
import { type AuditNames, auditWhat } from './audit-view-what';

const HASH_KEY = Buffer.from(',"hash":"');
const HEADER_START = '{"header":'.length;
const SHA256_HEX = /^[0-9a-f]{64}$/;

interface Header {
  readonly seq: number;
  readonly at: string;
  readonly by: string;
  readonly type: string;
}

/** A line that passed the header's filters: its entry is built only when it is needed. */
interface Candidate {
  readonly header: Header;
  readonly hash: string;
  entry(): AuditEntry;
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
    for await (const candidate of this.matching(request)) {
      if (total >= offset && entries.length < limit) entries.push(candidate.entry());
      total += 1;
    }
    return { entries, total, offset, limit };
  }

  /** Every entry the filter holds, newest first, one at a time (for a saved file). */
  async *entries(filter: AuditFilter): AsyncGenerator<AuditEntry> {
    for await (const candidate of this.matching(filter)) yield candidate.entry();
  }

  private async *matching(filter: AuditFilter): AsyncGenerator<Candidate> {
    const range = dayRange(filter.from, filter.to);
    const words = wordsOf(filter.words);
    // A not-applied event always follows the change it names, so reading newest first sees it
    // before that change.
    const notApplied = new Set<number>();
    for await (const line of eventLinesNewestFirst(this.dataFolder)) {
      const peeked = peekHeader(line);
      if (!peeked) continue;
      const { header, hash } = peeked;
      let parsed: ParsedLine | undefined;
      const full = () => (parsed ??= parseLine(line));
      if (header.type === AUDIT_NOT_APPLIED) {
        const named = full()?.payload?.event;
        if (typeof named === 'number') notApplied.add(named);
      }
      if (range.from !== undefined && header.at < range.from) continue;
      if (range.to !== undefined && header.at >= range.to) continue;
      if (filter.by !== undefined && header.by !== filter.by) continue;
      if (filter.kind !== undefined && header.type !== filter.kind) continue;
      let built: AuditEntry | undefined;
      const entry = () =>
        (built ??= entryOf(header, hash, full(), notApplied.has(header.seq), this.names));
      if (filter.store !== undefined && entry().store !== filter.store) continue;
      if (words.length > 0) {
        const what = entry().what.toLowerCase();
        if (!words.every((word) => what.includes(word))) continue;
      }
      yield { header, hash, entry };
    }
  }
}

interface ParsedLine {
  readonly payload?: Readonly<Record<string, unknown>>;
  readonly disposed?: number;
}

/**
 * The header and hash alone: most lines are left out by date, person or kind, and the header is a
 * small part of a line (a captured comment's payload can be 25,000 characters).
 */
function peekHeader(line: Buffer): { header: Header; hash: string } | undefined {
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
  return { header: { seq: seq as number, at: when, by, type }, hash };
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
  header: Header,
  hash: string,
  line: ParsedLine | undefined,
  notApplied: boolean,
  names: AuditNames,
): AuditEntry {
  const payload = line?.payload;
  const change = header.type === AUDIT_CHANGE && payload ? payload : undefined;
  return {
    seq: header.seq,
    at: header.at,
    by: header.by,
    byName: names.person(header.by),
    kind: header.type,
    what: auditWhat(header.type, payload, line?.disposed, names),
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
    hash,
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
