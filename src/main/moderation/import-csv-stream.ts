import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EXPORT_CHUNK_BYTES, refused } from './import-encoding';

export interface Rejection {
  readonly line: number;
  readonly reason: string;
}

export interface RawRecord {
  readonly line: number;
  readonly fields: Readonly<Record<string, unknown>>;
}

/**
 * Line numbers from byte offsets, counting CRLF, LF and a lone CR as one line break each, over a
 * file read a chunk at a time. csv-parse's own `lines` counts a CRLF inside a quoted field as two
 * lines, so a CRLF export with multi-line comments would report every later row too far down.
 * Only the bytes from the last finished row on are kept, so memory follows the longest row, not
 * the file.
 */
class LineWindow {
  /** Offsets where lines start, from the line numbered `firstLine`. */
  private starts: number[] = [0];
  private firstLine = 1;
  private chunks: { at: number; bytes: Buffer }[] = [];
  private end = 0;
  private crAt: number | undefined;

  add(bytes: Buffer): void {
    const base = this.end;
    this.chunks.push({ at: base, bytes });
    for (let index = 0; index < bytes.length; index += 1) {
      const byte = bytes[index];
      if (this.crAt !== undefined) {
        // The CR ended the last chunk: a CRLF's line starts after its LF.
        this.starts.push(byte === 0x0a ? base + 1 : this.crAt + 1);
        this.crAt = undefined;
        if (byte === 0x0a) continue;
      }
      if (byte === 0x0d && index + 1 === bytes.length) {
        this.crAt = base + index;
        continue;
      }
      if (byte === 0x0d && bytes[index + 1] === 0x0a) index += 1;
      if (byte === 0x0d || byte === 0x0a) this.starts.push(base + index + 1);
    }
    this.end += bytes.length;
  }

  finish(): void {
    if (this.crAt !== undefined) this.starts.push(this.crAt + 1);
    this.crAt = undefined;
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
    return this.firstLine + low;
  }

  private byteAt(offset: number): number | undefined {
    for (const { at, bytes } of this.chunks) {
      if (offset >= at && offset < at + bytes.length) return bytes[offset - at];
    }
    return undefined;
  }

  /** The line of the first byte at or after `offset` that is not a line break (empty lines are skipped). */
  contentLineFrom(offset: number): number {
    let at = offset;
    for (;;) {
      const byte = this.byteAt(at);
      if (byte !== 0x0d && byte !== 0x0a) break;
      at += 1;
    }
    return this.lineAt(Math.min(at, Math.max(0, this.end - 1)));
  }

  /** Nothing before `offset` will be asked about again (rows are read in order). */
  forget(offset: number): void {
    const line = this.lineAt(offset);
    const drop = line - this.firstLine;
    if (drop > 1024) {
      this.starts = this.starts.slice(drop);
      this.firstLine = line;
    }
    while (this.chunks.length > 1) {
      const [first] = this.chunks;
      if (!first || first.at + first.bytes.length > offset) break;
      this.chunks.shift();
    }
  }
}

/** Line breaks inside a record's raw text, without the skipped empty lines before it or its end. */
function breaksWithin(raw: string): number {
  let start = 0;
  let end = raw.length;
  while (start < end && isBreak(raw.charCodeAt(start))) start += 1;
  while (end > start && isBreak(raw.charCodeAt(end - 1))) end -= 1;
  // Counted by hand, without copies or regexes: this runs once per row of the export.
  let count = 0;
  for (let index = start; index < end; index += 1) {
    const code = raw.charCodeAt(index);
    if (code === 0x0d) {
      count += 1;
      if (raw.charCodeAt(index + 1) === 0x0a) index += 1;
    } else if (code === 0x0a) count += 1;
  }
  return count;
}

function isBreak(code: number): boolean {
  return code === 0x0d || code === 0x0a;
}

interface CsvProblem {
  readonly code?: unknown;
  readonly bytes?: unknown;
  readonly message?: unknown;
  readonly record?: unknown;
}

export interface CsvReading {
  /** The header's column names, once the header row is read. */
  headers(): readonly string[];
  /** Rows refused by the CSV reader itself (columns, quotes), at their lines. */
  readonly rejected: Map<number, Rejection>;
  readonly records: AsyncIterable<RawRecord>;
  /** Stops reading (a cancel, or a preview that has its rows). */
  stop(): void;
}

/**
 * The records of a CSV export as they are read, each with the line it starts on, through
 * csv-parse's streaming parser: memory holds a chunk and the row being read, never the file.
 * The file was checked to be UTF-8 first (import-encoding.ts); `onBytes` hears each chunk read.
 */
export function streamCsvRecords(file: string, onBytes?: (bytes: number) => void): CsvReading {
  const lines = new LineWindow();
  const rejected = new Map<number, Rejection>();
  let headers: string[] = [];
  const reject = (line: number, reason: string) => {
    const earlier = rejected.get(line);
    rejected.set(line, { line, reason: earlier ? `${earlier.reason}; ${reason}` : reason });
  };
  let first = true;
  const feeder = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let bytes = chunk;
      if (first) {
        first = false;
        // The byte-order mark is not part of the first column's name, nor counted in offsets.
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      }
      lines.add(bytes);
      onBytes?.(chunk.length);
      done(null, bytes);
    },
    flush(done) {
      lines.finish();
      done();
    },
  });
  const parser = parse({
    columns: (header: string[]) => (headers = header.map((name) => name.trim())),
    skip_empty_lines: true,
    skip_records_with_error: true,
    raw: true,
    on_record: (record: { record: Record<string, unknown> }, context) => {
      const end = context.bytes;
      const line = lines.lineAt(Math.max(0, end - 1)) - breaksWithin(context.raw ?? '');
      lines.forget(Math.max(0, end - 1));
      return { line, fields: record.record } satisfies RawRecord;
    },
    on_skip: (error: CsvProblem | undefined, raw: string | undefined) => {
      const end = typeof error?.bytes === 'number' ? error.bytes : 0;
      if (error?.code === 'CSV_RECORD_INCONSISTENT_COLUMNS') {
        // Raised at the row's end, with the whole row read.
        const last = lines.lineAt(Math.max(0, end - 1));
        const start = last - breaksWithin(raw ?? '');
        const reason = columnsReason(error, headers.length);
        if (rejected.has(start) && last > start) {
          reject(
            last,
            `${reason} (this line was read as part of the row starting on line ${start}, whose quote is left open)`,
          );
        } else reject(start, reason);
        lines.forget(Math.max(0, end - 1));
        return;
      }
      // Raised part way through a row: `bytes` is the row's start or a comma within it.
      const start = lines.contentLineFrom(end);
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED') {
        const last = start + breaksWithin(raw ?? '');
        reject(
          start,
          `a quote opened on this row is never closed, so lines ${start} to ${last} were read as one row and none of them was imported`,
        );
        return;
      }
      reject(start, csvReason(error));
    },
  });
  const source = createReadStream(file, { highWaterMark: EXPORT_CHUNK_BYTES });
  const flowing = pipeline(source, feeder, parser).catch((error: unknown) => {
    // A parse error csv-parse cannot skip ends the reading; the consumer hears it below.
    failure = error;
  });
  let failure: unknown;
  async function* records(): AsyncGenerator<RawRecord> {
    try {
      for await (const record of parser) yield record as RawRecord;
    } catch (error) {
      failure ??= error;
    }
    await flowing;
    if (failure !== undefined && !stopped) {
      throw refused(file, `cannot be read as CSV (${csvReason(failure as CsvProblem)}).`);
    }
  }
  let stopped = false;
  return {
    headers: () => headers,
    rejected,
    records: records(),
    stop: () => {
      stopped = true;
      source.destroy();
      parser.destroy();
    },
  };
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
