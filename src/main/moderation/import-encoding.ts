import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { DeskFailure } from '../ipc/desk-failure';

/**
 * The largest export read. It is streamed, so memory no longer bounds it; the cap stays as a
 * sanity bound on what one import may add. A busy department page gets some 100,000 comments a
 * year at a few hundred bytes each, about 30 MB, so 64 MiB holds a year of the busiest page.
 */
export const MAX_EXPORT_BYTES = 64 * 1024 * 1024;

/** Chunks read at a time: small enough that memory does not follow the file's size. */
export const EXPORT_CHUNK_BYTES = 64 * 1024;

/** Every refusal of a whole file names it and says that nothing of it was imported. */
export function refused(file: string, what: string): DeskFailure {
  return new DeskFailure('invalid-request', `${file} ${what} Nothing was imported.`);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/**
 * Reads the whole export once, a chunk at a time, before anything is imported: its size, UTF-16,
 * NUL bytes and every byte's UTF-8 validity. A fault found late (bad UTF-8 on line 90,000) then
 * still refuses the file whole, with nothing saved: checking costs one fast pass over at most
 * 64 MiB, and "nothing was imported" stays true for every file-level refusal. Returns its size.
 */
export async function checkExport(file: string): Promise<number> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw refused(file, `cannot be read (${(error as Error).message}).`);
  }
  if (size > MAX_EXPORT_BYTES) {
    throw refused(
      file,
      `is ${megabytes(size)}; the importer takes exports of up to ${megabytes(MAX_EXPORT_BYTES)} (a year of the busiest page). Export a shorter date range, or split the file, and import each part.`,
    );
  }
  const scan = new EncodingScan();
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: EXPORT_CHUNK_BYTES })) {
      scan.add(chunk as Buffer, file);
    }
  } catch (error) {
    if (error instanceof DeskFailure) throw error;
    throw refused(file, `cannot be read (${(error as Error).message}).`);
  }
  scan.end(file);
  return size;
}

/** Mojibake is worse than a refusal: a file that is not UTF-8 is refused, with how to fix it. */
class EncodingScan {
  private first = true;
  /** The incomplete UTF-8 sequence at the end of the last chunk. */
  private carry: Buffer = Buffer.alloc(0);
  /** Line breaks before the current chunk (CRLF, LF and a lone CR each count one). */
  private lines = 0;
  private crPending = false;
  private badLine: number | undefined;
  private nul = false;
  private content = false;

  add(chunk: Buffer, file: string): void {
    if (this.first) {
      this.first = false;
      const wide = utf16Kind(chunk);
      if (wide !== undefined) {
        throw refused(
          file,
          `is UTF-16 text (${wide.name}), as Excel's "Unicode Text" and some export tools save it; this tool reads UTF-8. Convert it (for example \`iconv -f ${wide.iconv} -t utf-8 "${file}" > comments-utf8.csv\`, or save it again as "CSV UTF-8") and import that file.`,
        );
      }
    }
    // A NUL anywhere wins over bad UTF-8 (as when the file was read whole): keep looking for one.
    if (!this.nul && chunk.includes(0)) this.nul = true;
    if (!this.content) this.content = hasContent(chunk);
    if (this.badLine === undefined) {
      const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
      const whole = bytes.length - incompleteTail(bytes);
      if (!isUtf8(bytes.subarray(0, whole))) {
        const at = invalidUtf8At(bytes.subarray(0, whole));
        this.badLine = this.lines + 1 + lineBreaks(bytes.subarray(0, at), this.crPending);
      }
      this.carry = Buffer.from(bytes.subarray(whole));
    }
    this.lines += lineBreaks(chunk, this.crPending);
    this.crPending = chunk[chunk.length - 1] === 0x0d;
  }

  end(file: string): void {
    if (this.nul) {
      throw refused(
        file,
        'holds NUL bytes, which no text export has: it is not a CSV or JSON export in UTF-8 (perhaps UTF-32, or not an export at all). Export the comments again as UTF-8 CSV or JSON.',
      );
    }
    const bad = this.badLine ?? (this.carry.length > 0 ? this.lines + 1 : undefined);
    if (bad !== undefined) {
      throw refused(
        file,
        `is not UTF-8 text: line ${bad.toLocaleString('en-US')} holds bytes that are not UTF-8 (it looks like Latin-1 or Windows-1252). Save it as UTF-8 (for example \`iconv -f latin1 -t utf-8 "${file}" > comments-utf8.csv\`) and import that file.`,
      );
    }
    if (!this.content) throw refused(file, 'is empty: it holds no comments.');
  }
}

/** Line breaks in `bytes`; `crBefore`: the byte before them was a CR (so a leading LF ends it). */
function lineBreaks(bytes: Buffer, crBefore: boolean): number {
  let count = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte === 0x0a) {
      if (!(index === 0 && crBefore)) count += 1;
    } else if (byte === 0x0d) count += 1;
  }
  return count;
}

/** Anything but whitespace and a byte-order mark. */
function hasContent(bytes: Buffer): boolean {
  for (const byte of bytes) {
    if (byte === 0x20 || (byte >= 0x09 && byte <= 0x0d) || byte === 0xef || byte === 0xbb) continue;
    if (byte === 0xbf) continue;
    return true;
  }
  return false;
}

/** How many bytes at the end start a UTF-8 sequence the next chunk completes. */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/** The offset of the first byte that is not valid UTF-8 (only run on a chunk known to hold one). */
function invalidUtf8At(bytes: Buffer): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : 4;
    if (byte >= 0x80 && (byte < 0xc2 || byte > 0xf4)) return index;
    const end = index + length;
    if (end > bytes.length) return index;
    if (!isUtf8(bytes.subarray(index, end))) return index;
    index = end;
  }
  return bytes.length;
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
