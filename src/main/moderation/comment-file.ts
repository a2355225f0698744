import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { DeskFailure } from '../ipc/desk-failure';

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

export async function readCommentFile(
  file: string,
  options: { format?: CommentFormat; map?: FieldMap } = {},
): Promise<ParsedCommentFile> {
  const bytes = await readFile(file).catch((error: unknown) => {
    throw new DeskFailure('invalid-request', `Cannot read ${file}: ${(error as Error).message}.`);
  });
  const text = decodeUtf8(bytes, file);
  const format = options.format ?? formatOf(file);
  const records = format === 'csv' ? csvRecords(text) : jsonRecords(text, file);
  return toRows(records, options.map ?? {});
}

/** Mojibake is worse than a refusal: a file that is not UTF-8 is refused, with how to fix it. */
function decodeUtf8(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DeskFailure(
      'invalid-request',
      `${file} is not UTF-8 text (it looks like Latin-1 or Windows-1252). Nothing was imported. Save it as UTF-8 (for example \`iconv -f latin1 -t utf-8 "${file}" > comments-utf8.csv\`) and import that file.`,
    );
  }
}

function formatOf(file: string): CommentFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.json') return 'json';
  throw new DeskFailure(
    'invalid-request',
    `Cannot tell the format of ${file}: give --format csv or --format json.`,
  );
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

function csvRecords(text: string): RawRecords {
  const rejected: Rejection[] = [];
  const records: RawRecord[] = [];
  let headers: string[] = [];
  let lastLine = 1;
  parse(text, {
    bom: true,
    columns: (header: string[]) => (headers = header.map((name) => name.trim())),
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (record: Record<string, unknown>, { lines }) => {
      records.push({ line: firstLineOf(lines, record), fields: record });
      lastLine = lines;
      return null;
    },
    on_skip: (error) => {
      const reported = (error as { lines?: unknown } | undefined)?.lines;
      const line = typeof reported === 'number' ? reported : lastLine + 1;
      const from = Math.min(lastLine + 1, line);
      const spans =
        from < line ? ` (the row starting on line ${from}; a quote may be left open)` : '';
      rejected.push({ line: from, reason: `${error?.message ?? 'unreadable row'}${spans}` });
      lastLine = Math.max(lastLine, line);
    },
  });
  return { records, rejected, headers };
}

/** A quoted newline makes a record span lines; report the line it starts on. */
function firstLineOf(endLine: number, record: Record<string, unknown>): number {
  const extraLines = Object.values(record).reduce<number>(
    (count, value) => count + (typeof value === 'string' ? value.split('\n').length - 1 : 0),
    0,
  );
  return endLine - extraLines;
}

function jsonRecords(text: string, file: string): RawRecords {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DeskFailure(
      'invalid-request',
      `${file} is not valid JSON (${(error as Error).message}). Nothing was imported.`,
    );
  }
  if (!Array.isArray(json)) {
    throw new DeskFailure(
      'invalid-request',
      `${file} must hold a JSON array of comments. Nothing was imported.`,
    );
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

function resolveMapping(headers: readonly string[], map: FieldMap): FieldMap {
  const mapping: FieldMap = {};
  for (const field of COMMENT_FIELDS) {
    const wanted = map[field];
    if (wanted !== undefined) {
      if (!headers.includes(wanted)) {
        throw new DeskFailure(
          'invalid-request',
          `--map ${field}=${wanted}: there is no column "${wanted}" (columns: ${headers.join(', ')}).`,
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
      `No column holds the comment text (columns: ${headers.join(', ')}). Say which with --map text=COLUMN (fields: ${COMMENT_FIELDS.join(', ')}).`,
    );
  }
  return mapping;
}

function toRows({ records, rejected, headers }: RawRecords, map: FieldMap): ParsedCommentFile {
  const mapping = resolveMapping(headers, map);
  const rows: CommentRow[] = [];
  const problems: Rejection[] = [...rejected];
  const firstLineOfId = new Map<string, number>();
  for (const { line, fields } of records) {
    const value = (field: CommentField) => {
      const column = mapping[field];
      const raw = column === undefined ? undefined : fields[column];
      if (raw === undefined || raw === null) return '';
      return typeof raw === 'string' ? raw : JSON.stringify(raw);
    };
    const text = value('text');
    if (text.trim() === '') {
      problems.push({ line, reason: 'the comment text is empty' });
      continue;
    }
    const time = value('time').trim();
    const postedAt = time === '' ? undefined : parseTime(time);
    if (postedAt === null) {
      problems.push({
        line,
        reason: `"${time}" is not a date and time this tool can read (use ISO 8601, or MM/DD/YYYY hh:mm AM)`,
      });
      continue;
    }
    const author = value('author').trim();
    // From the time as written, not as parsed: parsing a local time depends on the machine's zone.
    const commentId = value('id').trim() || derivedId(author, time, text);
    const earlier = firstLineOfId.get(commentId);
    if (earlier !== undefined) {
      problems.push({
        line,
        reason: `comment id ${commentId} was already used on line ${earlier}`,
      });
      continue;
    }
    firstLineOfId.set(commentId, line);
    const permalink = value('permalink').trim();
    rows.push({ line, commentId, text, author, postedAt, ...(permalink ? { permalink } : {}) });
  }
  problems.sort((a, b) => a.line - b.line);
  return { rows, rejected: problems, mapping };
}

/** Exports without a comment id still import idempotently: the same comment gets the same id. */
function derivedId(author: string, time: string, text: string): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([author, time, text]))
    .digest('hex');
  return `derived:${digest.slice(0, 32)}`;
}

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])$/;
const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** ISO 8601 (with +0000 offsets, as the Graph API writes them) or a US export's local time. */
function parseTime(text: string): string | null {
  if (ISO_DATE.test(text)) {
    const normalized = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    const ms = Date.parse(normalized);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  const us = US_DATE.exec(text);
  if (us) {
    const [, month, day, year, hour, minute, second, meridiem] = us;
    const h = (Number(hour) % 12) + (meridiem?.toLowerCase() === 'pm' ? 12 : 0);
    const date = new Date(
      Number(year),
      Number(month) - 1,
      Number(day),
      h,
      Number(minute),
      Number(second ?? 0),
    );
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  return null;
}
