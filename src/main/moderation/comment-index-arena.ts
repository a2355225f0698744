/**
 * Text kept outside the JavaScript heap: UTF-8 bytes in fixed-size chunks, addressed by one number
 * (chunk * CHUNK_BYTES + position). 600,000 comments held as strings would cost a header and
 * often two bytes a character on the heap, and every one would be a string for the collector to
 * walk; here they are plain bytes, written to the snapshot as they are.
 */
// 4 MiB: the last chunk, written to, is at most this much unused (it was 16 MiB).
export const CHUNK_BYTES = 4 * 2 ** 20;

/** A string's length prefix when the string is absent (a comment with no permalink). */
const ABSENT = 0xffffffff;

export class TextArena {
  private constructor(
    private readonly chunks: Buffer[],
    /** Bytes used in the last chunk. */
    private used: number,
  ) {}

  static empty(): TextArena {
    return new TextArena([], CHUNK_BYTES);
  }

  /** From a snapshot: every chunk's used bytes, the last one possibly short. */
  static of(chunks: Buffer[]): TextArena {
    const last = chunks.at(-1);
    if (!last) return TextArena.empty();
    if (last.length >= CHUNK_BYTES) return new TextArena(chunks, last.length);
    // Only the last chunk is written to again: it alone needs its full size back.
    const tail = Buffer.alloc(CHUNK_BYTES);
    last.copy(tail);
    return new TextArena([...chunks.slice(0, -1), tail], last.length);
  }

  /** The chunks' used bytes, for the snapshot. */
  usedChunks(): Buffer[] {
    return this.chunks.map((chunk, i) =>
      i === this.chunks.length - 1 ? chunk.subarray(0, this.used) : chunk,
    );
  }

  /** Appends strings (each length-prefixed, absent ones marked) as one record; returns its address. */
  append(strings: readonly (string | undefined)[]): number {
    let size = 0;
    const encoded = strings.map((text) => {
      if (text === undefined) return undefined;
      const bytes = Buffer.from(text, 'utf8');
      size += bytes.length;
      return bytes;
    });
    size += 4 * strings.length;
    if (this.used + size > CHUNK_BYTES) {
      // A record larger than a chunk gets a chunk of its own size, full: the next starts a new one.
      this.chunks.push(Buffer.alloc(Math.max(CHUNK_BYTES, size)));
      this.used = 0;
    }
    const chunk = this.chunks[this.chunks.length - 1] as Buffer;
    const address = (this.chunks.length - 1) * CHUNK_BYTES + this.used;
    let at = this.used;
    for (const bytes of encoded) {
      chunk.writeUInt32LE(bytes === undefined ? ABSENT : bytes.length, at);
      at += 4;
      if (bytes) {
        bytes.copy(chunk, at);
        at += bytes.length;
      }
    }
    this.used = at;
    return address;
  }

  /** Zeroes the bytes of a record's `count` strings (a disposition): only their lengths remain. */
  wipe(address: number, count: number): void {
    const chunk = this.chunks[Math.floor(address / CHUNK_BYTES)];
    if (!chunk) return;
    let at = address % CHUNK_BYTES;
    for (let i = 0; i < count; i += 1) {
      const length = chunk.readUInt32LE(at);
      at += 4;
      if (length === ABSENT) continue;
      chunk.fill(0, at, at + length);
      at += length;
    }
  }

  /** The `index`th string of the record at `address`. */
  read(address: number, index: number): string | undefined {
    const chunk = this.chunks[Math.floor(address / CHUNK_BYTES)];
    if (!chunk) throw new Error(`No text at ${address}`);
    let at = address % CHUNK_BYTES;
    for (let i = 0; ; i += 1) {
      const length = chunk.readUInt32LE(at);
      at += 4;
      if (i === index)
        return length === ABSENT ? undefined : chunk.toString('utf8', at, at + length);
      if (length !== ABSENT) at += length;
    }
  }
}
