import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { COMMENT_CAPS } from '../../shared/moderation/comment';
import { DeskFailure } from '../ipc/desk-failure';
import { type DateOrder, readCommentTime } from './comment-time';

export const COMMENT_FIELDS = ['id', 'text', 'author', 'time', 'permalink'] as const;
export type CommentField = (typeof COMMENT_FIELDS)[number];
export type FieldMap = Partial<Record<CommentField, string>>;

/** Common platform export headers, recognised without a map (Graph API, Instagram, others). */
const HEADER_ALIASES: Readonly<Record<CommentField, readonly string[]>> = {
  id: ['id', 'comment_id', 'commentid', 'comment id'],
  text: ['message', 'text', 'comment', 'body', 'content'],
  author: ['from', 'from_name', 'username', 'author', 'name', 'user'],
  time: ['created_time', 'timestamp', 'time', 'date', 'created_at', 'created'],
  permalink: ['permalink_url', 'permalink', 'media_permalink', 'url', 'link'],
};

export interface CommentRow {
  readonly line: number;
  readonly commentId: string;
  readonly text: string;
  readonly author: string;
  readonly permalink?: string;
  readonly postedAt?: string;
}

export interface Rejection {
  readonly line: number;
  readonly reason: string;
}

export interface ParsedCommentFile {
  readonly rows: readonly CommentRow[];
  readonly rejected: readonly Rejection[];
  /** Which column each field came from, for the mapping preview. */
  readonly mapping: FieldMap;
}

export type CommentFormat = 'csv' | 'json';

export interface ReadOptions {
  readonly format?: CommentFormat;
  readonly map?: FieldMap;
  /** The order of numeric dates such as 03/04/2026; without it an ambiguous one is refused. */
  readonly dateFormat?: DateOrder;
  /** For the "not in the future" check on dates. */
  readonly now?: Date;
}

/**
 * The largest export read: it is read whole and parsed in memory (about ten times its size at
 * peak). A busy department page gets some 100,000 comments a year at a few hundred bytes each,
 * about 30 MB, so 64 MiB holds a year of the busiest page; split a larger export by date.
 */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024;

/**
 * Deepest nesting of arrays and objects in a JSON export. Exports nest two or three levels (an
 * array of comments, each with a "from" object); JSON.parse recurses, so a file nested thousands
 * deep would exhaust the stack instead of being refused.
 */
export const MAX_JSON_DEPTH = 64;

export async function readCommentFile(
  file: string,
  options: ReadOptions = {},
): Promise<ParsedCommentFile> {
  const format = options.format ?? formatOf(file);
  const bytes = await readExport(file);
  const text = decodeUtf8(bytes, file);
  if (text.trim() === '') throw refused(file, 'is empty: it holds no comments.');
  const records = format === 'csv' ? csvRecords(text, file) : jsonRecords(text, file);
  return toRows(records, options, file);
}

/** Every refusal of a whole file names it and says that nothing of it was imported. */
function refused(file: string, what: string): DeskFailure {
  return new DeskFailure('invalid-request', `${file} ${what} Nothing was imported.`);
}

async function readExport(file: string): Promise<Buffer> {
  const handle = await open(file, 'r').catch((error: unknown) => {
    throw refused(file, `cannot be read (${(error as Error).message}).`);
  });
  try {
    const { size } = await handle.stat();
    if (size > MAX_EXPORT_BYTES) {
      throw refused(
        file,
        `is ${megabytes(size)}; the importer takes exports of up to ${megabytes(MAX_EXPORT_BYTES)} (a year of the busiest page). Export a shorter date range, or split the file, and import each part.`,
      );
    }
    return await handle.readFile();
  } catch (error) {
    if (error instanceof DeskFailure) throw error;
    throw refused(file, `cannot be read (${(error as Error).message}).`);
  } finally {
    await handle.close();
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** Mojibake is worse than a refusal: a file that is not UTF-8 is refused, with how to fix it. */
function decodeUtf8(bytes: Buffer, file: string): string {
  const wide = utf16Kind(bytes);
  if (wide !== undefined) {
    throw refused(
      file,
      `is UTF-16 text (${wide.name}), as Excel's "Unicode Text" and some export tools save it; this tool reads UTF-8. Convert it (for example \`iconv -f ${wide.iconv} -t utf-8 "${file}" > comments-utf8.csv\`, or save it again as "CSV UTF-8") and import that file.`,
    );
  }
  if (bytes.includes(0)) {
    throw refused(
      file,
      'holds NUL bytes, which no text export has: it is not a CSV or JSON export in UTF-8 (perhaps UTF-32, or not an export at all). Export the comments again as UTF-8 CSV or JSON.',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw refused(
      file,
      `is not UTF-8 text (it looks like Latin-1 or Windows-1252). Save it as UTF-8 (for example \`iconv -f latin1 -t utf-8 "${file}" > comments-utf8.csv\`) and import that file.`,
    );
  }
}

/**
 * UTF-16 by its byte-order mark, or without one by where the NUL bytes fall: text that is mostly
 * Latin letters has a NUL in every other byte, after each letter (little-endian) or before it
 * (big-endian). UTF-8 text has none.
 */
function utf16Kind(bytes: Buffer): { name: string; iconv: string } | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && !(b2 === 0 && b3 === 0)) {
    return { name: 'little-endian, with a byte-order mark', iconv: 'utf-16' };
  }
  if (b0 === 0xfe && b1 === 0xff)
    return { name: 'big-endian, with a byte-order mark', iconv: 'utf-16' };
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  const pairs = sample.length / 2;
  if (pairs < 2) return undefined;
  let nulFirst = 0;
  let nulSecond = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) nulFirst += 1;
    if (sample[index + 1] === 0) nulSecond += 1;
  }
  // A third of the characters in Latin script is far below what any real export shows (nearly all).
  if (nulSecond >= pairs / 3 && nulFirst === 0) {
    return { name: 'little-endian, without a byte-order mark', iconv: 'utf-16le' };
  }
  if (nulFirst >= pairs / 3 && nulSecond === 0) {
    return { name: 'big-endian, without a byte-order mark', iconv: 'utf-16be' };
  }
  return undefined;
}

function formatOf(file: string): CommentFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.json') return 'json';
  throw refused(file, 'has neither a .csv nor a .json name: give --format csv or --format json.');
}

interface RawRecord {
  readonly line: number;
  readonly fields: Readonly<Record<string, unknown>>;
}

interface RawRecords {
  readonly records: readonly RawRecord[];
  readonly rejected: readonly Rejection[];
  readonly headers: readonly string[];
}

/**
 * Line numbers from byte offsets, counting CRLF, LF and a lone CR as one line break each.
 * csv-parse's own `lines` counts a CRLF inside a quoted field as two lines, so a CRLF export with
 * multi-line comments would report every later row too far down.
 */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly bytes: Buffer) {
    for (let index = 0; index < bytes.length; index += 1) {
      const byte = bytes[index];
      if (byte === 0x0d && bytes[index + 1] === 0x0a) index += 1;
      if (byte === 0x0d || byte === 0x0a) this.starts.push(index + 1);
    }
  }

  /** The line (from 1) holding the byte at `offset`. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  /** The line of the first byte at or after `offset` that is not a line break (empty lines are skipped). */
  contentLineFrom(offset: number): number {
    let at = offset;
    while (this.bytes[at] === 0x0d || this.bytes[at] === 0x0a) at += 1;
    return this.lineAt(Math.min(at, Math.max(0, this.bytes.length - 1)));
  }
}

/** Line breaks inside a record's raw text, without the skipped empty lines before it or its end. */
function breaksWithin(raw: string): number {
  const body = raw.replace(/^[\r\n]+/, '').replace(/[\r\n]+$/, '');
  return body.match(/\r\n|\r|\n/g)?.length ?? 0;
}

interface CsvProblem {
  readonly code?: unknown;
  readonly bytes?: unknown;
  readonly message?: unknown;
  readonly record?: unknown;
  readonly columns?: unknown;
}

function csvRecords(text: string, file: string): RawRecords {
  const body = text.replace(/^\uFEFF/, '');
  const bytes = Buffer.from(body, 'utf8');
  const lines = new LineIndex(bytes);
  const byLine = new Map<number, Rejection>();
  const records: RawRecord[] = [];
  let headers: string[] = [];
  const reject = (line: number, reason: string) => {
    const earlier = byLine.get(line);
    byLine.set(line, { line, reason: earlier ? `${earlier.reason}; ${reason}` : reason });
  };
  try {
    parse(bytes, {
      columns: (header: string[]) => (headers = header.map((name) => name.trim())),
      skip_empty_lines: true,
      skip_records_with_error: true,
      raw: true,
      on_record: (record: { record: Record<string, unknown> }, context) => {
        const end = context.bytes;
        const line = lines.lineAt(Math.max(0, end - 1)) - breaksWithin(context.raw ?? '');
        records.push({ line, fields: record.record });
        return null;
      },
      on_skip: (error: CsvProblem | undefined, raw: string | undefined) => {
        const end = typeof error?.bytes === 'number' ? error.bytes : 0;
        if (error?.code === 'CSV_RECORD_INCONSISTENT_COLUMNS') {
          // Raised at the row's end, with the whole row read.
          const last = lines.lineAt(Math.max(0, end - 1));
          const first = last - breaksWithin(raw ?? '');
          const reason = columnsReason(error, headers.length);
          if (byLine.has(first) && last > first) {
            reject(
              last,
              `${reason} (this line was read as part of the row starting on line ${first}, whose quote is left open)`,
            );
          } else reject(first, reason);
          return;
        }
        // Raised part way through a row: `bytes` is the row's start or a comma within it.
        const first = lines.contentLineFrom(end);
        if (error?.code === 'CSV_QUOTE_NOT_CLOSED') {
          const last = first + breaksWithin(raw ?? '');
          reject(
            first,
            `a quote opened on this row is never closed, so lines ${first} to ${last} were read as one row and none of them was imported`,
          );
          return;
        }
        reject(first, csvReason(error));
      },
    });
  } catch (error) {
    throw refused(file, `cannot be read as CSV (${csvReason(error as CsvProblem)}).`);
  }
  return { records, rejected: [...byLine.values()], headers };
}

/** csv-parse's words without its line numbers, which count a quoted CRLF twice. */
function csvReason(error: CsvProblem | undefined): string {
  const message = typeof error?.message === 'string' ? error.message : 'unreadable row';
  if (error?.code === 'CSV_INVALID_CLOSING_QUOTE') {
    const next = /got ("[^"]*"|\S+)/.exec(message)?.[1] ?? 'more text';
    return `a quoted field is closed and then goes on with ${next} instead of a comma or the row's end: a quote may be left open, or a quote inside a field is not doubled ("")`;
  }
  if (error?.code === 'INVALID_OPENING_QUOTE') {
    return 'a quote appears inside a field that does not start with one: quote the whole field and double the quote inside it ("")';
  }
  return message.replace(/ (at|on) line \d+/g, '');
}

function columnsReason(error: CsvProblem, expected: number): string {
  const got = Array.isArray(error.record) ? error.record.length : undefined;
  return got === undefined
    ? `the row does not have the header's ${expected} columns`
    : `the row has ${got} columns; the header has ${expected}`;
}

/** Depth of nesting and the line where it first passes the limit, without recursion. */
function tooDeep(text: string): { depth: number; line: number } | undefined {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\n') line += 1;
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return { depth, line };
    } else if (char === ']' || char === '}') depth -= 1;
  }
  return undefined;
}

function jsonRecords(text: string, file: string): RawRecords {
  const deep = tooDeep(text);
  if (deep) {
    throw refused(
      file,
      `nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep (line ${deep.line}); a comment export nests two or three, so this is not one.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw refused(file, `is not valid JSON (${(error as Error).message}).`);
  }
  if (!Array.isArray(json)) {
    throw refused(file, 'must hold a JSON array of comments.');
  }
  const rejected: Rejection[] = [];
  const records: RawRecord[] = [];
  const headers = new Set<string>();
  json.forEach((item: unknown, index) => {
    // For JSON, "line" is the item's position in the array, counted from 1.
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      rejected.push({ line: index + 1, reason: 'not a JSON object' });
      return;
    }
    Object.keys(item).forEach((key) => headers.add(key));
    records.push({ line: index + 1, fields: item as Record<string, unknown> });
  });
  return { records, rejected, headers: [...headers] };
}

function resolveMapping(headers: readonly string[], map: FieldMap, file: string): FieldMap {
  const mapping: FieldMap = {};
  for (const field of COMMENT_FIELDS) {
    const wanted = map[field];
    if (wanted !== undefined) {
      if (!headers.includes(wanted)) {
        throw refused(
          file,
          `has no column "${wanted}" for --map ${field}=${wanted} (columns: ${headers.join(', ')}).`,
        );
      }
      mapping[field] = wanted;
      continue;
    }
    const found = headers.find((header) => HEADER_ALIASES[field].includes(header.toLowerCase()));
    if (found !== undefined) mapping[field] = found;
  }
  if (mapping.text === undefined) {
    throw new DeskFailure(
      'invalid-request',
      `No column holds the comment text in ${file} (columns: ${headers.join(', ')}). Say which with --map text=COLUMN (fields: ${COMMENT_FIELDS.join(', ')}). Nothing was imported.`,
    );
  }
  return mapping;
}

/** Code points, as the platforms count comments; only counted when UTF-16 length could pass the cap. */
function longerThan(text: string, max: number): number | undefined {
  if (text.length <= max) return undefined;
  const count = Array.from(text).length;
  return count > max ? count : undefined;
}

/** Why a field is over its cap, naming the cap and where it comes from; undefined if within. */
function overCap(
  field: keyof typeof COMMENT_CAPS,
  label: string,
  value: string,
): string | undefined {
  const cap = COMMENT_CAPS[field];
  const length = longerThan(value, cap.max);
  if (length === undefined) return undefined;
  return `the ${label} is ${length.toLocaleString('en-US')} characters, over the cap of ${cap.max.toLocaleString('en-US')}: ${cap.why}`;
}

// C0 and C1 controls: an id or a name holding them would print as something else.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function toRows(
  { records, rejected, headers }: RawRecords,
  options: ReadOptions,
  file: string,
): ParsedCommentFile {
  const mapping = resolveMapping(headers, options.map ?? {}, file);
  const now = options.now ?? new Date();
  const rows: CommentRow[] = [];
  const problems: Rejection[] = [...rejected];
  const firstLineOfId = new Map<string, number>();
  let inferredOrder: { order: 'dmy' | 'mdy'; line: number } | undefined;
  for (const { line, fields } of records) {
    const value = (field: CommentField) => {
      const column = mapping[field];
      const raw = column === undefined ? undefined : fields[column];
      if (raw === undefined || raw === null) return '';
      if (typeof raw === 'string') return raw;
      // The Graph API writes the author as {"name": ..., "id": ...}.
      if (
        field === 'author' &&
        typeof raw === 'object' &&
        'name' in raw &&
        typeof raw.name === 'string'
      ) {
        return raw.name;
      }
      return JSON.stringify(raw);
    };
    const refuse = (reason: string) => problems.push({ line, reason });
    const text = value('text');
    if (text.trim() === '') {
      refuse('the comment text is empty');
      continue;
    }
    const tooLong = overCap('text', 'comment text', text);
    if (tooLong) {
      refuse(tooLong);
      continue;
    }
    const time = value('time').trim();
    let postedAt: string | undefined;
    if (time !== '') {
      const reading = readCommentTime(time, { order: options.dateFormat, now });
      if (!reading.ok) {
        refuse(reading.reason);
        continue;
      }
      if (reading.inferred !== undefined) {
        if (inferredOrder !== undefined && inferredOrder.order !== reading.inferred) {
          refuse(
            `"${time}" reads only as ${orderWords(reading.inferred)}, but the date on line ${inferredOrder.line} reads only as ${orderWords(inferredOrder.order)}: the file mixes orders; say which it uses with --date-format dmy or mdy`,
          );
          continue;
        }
        inferredOrder ??= { order: reading.inferred, line };
      }
      postedAt = reading.iso;
    }
    const author = value('author').trim();
    const authorProblem = overCap('author', 'author name', author);
    if (authorProblem) {
      refuse(authorProblem);
      continue;
    }
    const givenId = value('id').trim();
    const idProblem =
      overCap('commentId', 'comment id', givenId) ??
      (CONTROL.test(givenId)
        ? 'the comment id holds control characters (a line break or a tab)'
        : undefined);
    if (idProblem) {
      refuse(idProblem);
      continue;
    }
    // From the time as written, not as parsed: parsing a local time depends on the machine's zone.
    const commentId = givenId || derivedId(author, time, text);
    const earlier = firstLineOfId.get(commentId);
    if (earlier !== undefined) {
      refuse(`comment id ${commentId} was already used on line ${earlier}`);
      continue;
    }
    const permalink = value('permalink').trim();
    const linkProblem =
      overCap('permalink', 'permalink', permalink) ??
      (permalink !== '' && !/^https?:\/\/[^\s]+$/i.test(permalink)
        ? `the permalink "${permalink.slice(0, 80)}" is not a web address (http:// or https://)`
        : undefined);
    if (linkProblem) {
      refuse(linkProblem);
      continue;
    }
    firstLineOfId.set(commentId, line);
    rows.push({ line, commentId, text, author, postedAt, ...(permalink ? { permalink } : {}) });
  }
  problems.sort((a, b) => a.line - b.line);
  return { rows, rejected: problems, mapping };
}

function orderWords(order: 'dmy' | 'mdy'): string {
  return order === 'dmy' ? 'day/month/year' : 'month/day/year';
}

/** Exports without a comment id still import idempotently: the same comment gets the same id. */
function derivedId(author: string, time: string, text: string): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([author, time, text]))
    .digest('hex');
  return `derived:${digest.slice(0, 32)}`;
}
