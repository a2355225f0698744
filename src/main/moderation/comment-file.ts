import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { COMMENT_CAPS } from '../../shared/moderation/comment';
import { DeskFailure } from '../ipc/desk-failure';
import { type DateOrder, readCommentTime } from './comment-time';
import { type RawRecord, type Rejection, streamCsvRecords } from './import-csv-stream';
import { MAX_EXPORT_BYTES, checkExport, refused } from './import-encoding';

export { MAX_EXPORT_BYTES, type Rejection };

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

export type CommentFormat = 'csv' | 'json';

export interface ReadOptions {
  readonly format?: CommentFormat;
  readonly map?: FieldMap;
  /** The order of numeric dates such as 03/04/2026; without it an ambiguous one is refused. */
  readonly dateFormat?: DateOrder;
  /** For the "not in the future" check on dates. */
  readonly now?: Date;
  /**
   * False for a preview: an export with no text column is read anyway (each row refused for it),
   * so the person can see its columns and choose one.
   */
  readonly requireText?: boolean;
}

export interface CommentReadOptions extends ReadOptions {
  /** Hears each chunk of the file as it is read (an import's progress). */
  readonly onBytes?: (bytes: number) => void;
}

/** One row of an export as read: a comment to import, or why its line is refused. */
export type ReadItem =
  | { readonly row: CommentRow; readonly rejected?: undefined }
  | { readonly rejected: Rejection; readonly row?: undefined };

/** An export being read, row by row; `refusedRows` is only whole once the rows are all read. */
export interface CommentReading {
  readonly format: CommentFormat;
  /** The file's size in bytes. */
  readonly bytes: number;
  /** The rows in the file's order; the first step resolves the mapping (and may refuse the file). */
  readonly items: AsyncIterable<ReadItem>;
  /** The export's own column names (known once the first row is asked for). */
  columns(): readonly string[];
  /** Which column each field came from (known once the first row is asked for). */
  mapping(): FieldMap;
  /** Rows the CSV reader itself refused (columns, quotes): all of them once `items` is done. */
  refusedRows(): readonly Rejection[];
  /** A numeric date was read only with a guess at its order, or refused for want of one. */
  needsDateFormat(): boolean;
  /** Stops reading (a cancel, or a preview that has its rows). */
  stop(): void;
}

/**
 * Opens an export for reading: the whole file is checked first (size, encoding; see
 * import-encoding.ts), so any refusal of the file as a whole comes before a single row. A CSV
 * is then streamed (memory follows the longest row, not the file); a JSON export, at most
 * MAX_EXPORT_BYTES, is parsed whole.
 */
export async function openCommentFile(
  file: string,
  options: CommentReadOptions = {},
): Promise<CommentReading> {
  const format = options.format ?? formatOf(file);
  const bytes = await checkExport(file);
  const rows = new RowReader(options);
  if (format === 'json') {
    const raw = jsonRecords(await readWhole(file), file);
    options.onBytes?.(bytes);
    async function* items(): AsyncGenerator<ReadItem> {
      rows.begin(raw.headers, file);
      for (const rejected of raw.rejected) yield { rejected };
      for (const record of raw.records) yield await Promise.resolve(rows.read(record));
    }
    return {
      format,
      bytes,
      items: items(),
      columns: () => raw.headers,
      mapping: () => rows.mapping,
      refusedRows: () => [],
      needsDateFormat: () => rows.needsDateFormat,
      stop: () => undefined,
    };
  }
  const csv = streamCsvRecords(file, options.onBytes);
  async function* items(): AsyncGenerator<ReadItem> {
    let begun = false;
    for await (const record of csv.records) {
      if (!begun) rows.begin(csv.headers(), file);
      begun = true;
      yield rows.read(record);
    }
    if (!begun) rows.begin(csv.headers(), file);
  }
  return {
    format,
    bytes,
    items: items(),
    columns: () => csv.headers(),
    mapping: () => rows.mapping,
    refusedRows: () => [...csv.rejected.values()],
    needsDateFormat: () => rows.needsDateFormat,
    stop: () => csv.stop(),
  };
}

async function readWhole(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw refused(file, `cannot be read (${(error as Error).message}).`);
  }
}

export function formatOf(file: string): CommentFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.json') return 'json';
  throw refused(file, 'has neither a .csv nor a .json name: give --format csv or --format json.');
}

interface RawRecords {
  readonly records: readonly RawRecord[];
  readonly rejected: readonly Rejection[];
  readonly headers: readonly string[];
}

/**
 * Deepest nesting of arrays and objects in a JSON export. Exports nest two or three levels (an
 * array of comments, each with a "from" object); JSON.parse recurses, so a file nested thousands
 * deep would exhaust the stack instead of being refused.
 */
export const MAX_JSON_DEPTH = 64;

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
    json = JSON.parse(text);
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

function resolveMapping(
  headers: readonly string[],
  map: FieldMap,
  file: string,
  requireText = true,
): FieldMap {
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
  if (mapping.text === undefined && requireText) {
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
const WEB_ADDRESS = /^https?:\/\/[^\s]+$/i;

/**
 * Reads rows into comments one at a time, remembering only what spans rows: the ids already used
 * (a duplicate id in one file is refused, naming the first line) and the date order a file showed.
 */
class RowReader {
  mapping: FieldMap = {};
  needsDateFormat = false;
  private readonly now: Date;
  private readonly firstLineOfId = new Map<string, number>();
  private inferredOrder: { order: 'dmy' | 'mdy'; line: number } | undefined;

  constructor(private readonly options: ReadOptions) {
    this.now = options.now ?? new Date();
  }

  begin(headers: readonly string[], file: string): void {
    this.mapping = resolveMapping(headers, this.options.map ?? {}, file, this.options.requireText);
  }

  /** A field's value as text; a method, not a closure made per row (100,000 rows, 100,000 closures). */
  private value(fields: RawRecord['fields'], field: CommentField): string {
    const column = this.mapping[field];
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
  }

  read({ line, fields }: RawRecord): ReadItem {
    const { mapping, options, now } = this;
    if (mapping.text === undefined) return refuse(line, 'no column is chosen for the comment text');
    const text = this.value(fields, 'text');
    if (text.trim() === '') return refuse(line, 'the comment text is empty');
    const tooLong = overCap('text', 'comment text', text);
    if (tooLong) return refuse(line, tooLong);
    const time = this.value(fields, 'time').trim();
    let postedAt: string | undefined;
    if (time !== '') {
      const reading = readCommentTime(time, { order: options.dateFormat, now });
      if (!reading.ok) {
        // Refused for want of an order, when one would read it: the screen asks for the order.
        if (options.dateFormat === undefined && readCommentTime(time, { order: 'dmy', now }).ok)
          this.needsDateFormat = true;
        return refuse(line, reading.reason);
      }
      if (reading.inferred !== undefined) {
        this.needsDateFormat = true;
        const inferred = this.inferredOrder;
        if (inferred !== undefined && inferred.order !== reading.inferred) {
          return refuse(
            line,
            `"${time}" reads only as ${orderWords(reading.inferred)}, but the date on line ${inferred.line} reads only as ${orderWords(inferred.order)}: the file mixes orders; say which it uses with --date-format dmy or mdy`,
          );
        }
        this.inferredOrder ??= { order: reading.inferred, line };
      }
      postedAt = reading.iso;
    }
    const author = this.value(fields, 'author').trim();
    const authorProblem = overCap('author', 'author name', author);
    if (authorProblem) return refuse(line, authorProblem);
    const givenId = this.value(fields, 'id').trim();
    const idProblem =
      overCap('commentId', 'comment id', givenId) ??
      (givenId !== '' && CONTROL.test(givenId)
        ? 'the comment id holds control characters (a line break or a tab)'
        : undefined);
    if (idProblem) return refuse(line, idProblem);
    // From the time as written, not as parsed: parsing a local time depends on the machine's zone.
    const commentId = givenId || derivedId(author, time, text);
    const earlier = this.firstLineOfId.get(commentId);
    if (earlier !== undefined) {
      return refuse(line, `comment id ${commentId} was already used on line ${earlier}`);
    }
    const permalink = this.value(fields, 'permalink').trim();
    const linkProblem =
      overCap('permalink', 'permalink', permalink) ??
      (permalink !== '' && !WEB_ADDRESS.test(permalink)
        ? `the permalink "${permalink.slice(0, 80)}" is not a web address (http:// or https://)`
        : undefined);
    if (linkProblem) return refuse(line, linkProblem);
    this.firstLineOfId.set(commentId, line);
    return {
      row: { line, commentId, text, author, postedAt, ...(permalink ? { permalink } : {}) },
    };
  }
}

function refuse(line: number, reason: string): ReadItem {
  return { rejected: { line, reason } };
}

function orderWords(order: 'dmy' | 'mdy'): string {
  return order === 'dmy' ? 'day/month/year' : 'month/day/year';
}

/** Exports without a comment id still import idempotently: the same comment gets the same id. */
export function derivedId(author: string, time: string, text: string): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([author, time, text]))
    .digest('hex');
  return `derived:${digest.slice(0, 32)}`;
}
