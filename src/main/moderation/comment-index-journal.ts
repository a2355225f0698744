import { open } from 'node:fs/promises';
import type { EventLine } from '../journal/journal-line';

const LINE_START = Buffer.from('{"header"');
const READ_BYTES = 1 << 20;

/** An event line as read from its segment, and where it was. */
export interface PlacedEvent {
  readonly line: EventLine;
  readonly offset: number;
  readonly bytes: number;
}

/**
 * A line's event, checked only for what the index reads (the header's seq, type, by and at, the
 * hash): the journal's own schema, run on every line, cost more than the rest of a rebuild, and
 * verifying the journal is `log verify`'s work, not the index's. Each payload is still checked by
 * its own schema where it is applied.
 */
function parseLine(bytes: Buffer): EventLine | undefined {
  if (!bytes.subarray(0, LINE_START.length).equals(LINE_START)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  return looksLikeEvent(json) ? json : undefined;
}

function looksLikeEvent(json: unknown): json is EventLine {
  if (typeof json !== 'object' || json === null) return false;
  const { header, hash } = json as { header?: unknown; hash?: unknown };
  if (typeof header !== 'object' || header === null || typeof hash !== 'string') return false;
  const { seq, type, by, at } = header as Record<string, unknown>;
  return (
    Number.isSafeInteger(seq) &&
    (seq as number) >= 1 &&
    typeof type === 'string' &&
    typeof by === 'string' &&
    typeof at === 'string'
  );
}

/**
 * Every event line of a segment from `from` on, with its byte offset: read in large blocks, so a
 * rebuild at 1,000,000 events is bounded by parsing, not by reads. Seals and torn lines are skipped.
 */
export async function* scanSegment(file: string, from = 0): AsyncGenerator<PlacedEvent> {
  const handle = await open(file, 'r');
  try {
    let carry = Buffer.alloc(0);
    let carryAt = from;
    let position = from;
    for (;;) {
      const block = Buffer.allocUnsafe(READ_BYTES);
      const { bytesRead } = await handle.read(block, 0, READ_BYTES, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      const data =
        carry.length > 0
          ? Buffer.concat([carry, block.subarray(0, bytesRead)])
          : block.subarray(0, bytesRead);
      let start = 0;
      for (let end = data.indexOf(10, start); end >= 0; end = data.indexOf(10, start)) {
        const line = parseLine(data.subarray(start, end));
        if (line) yield { line, offset: carryAt + start, bytes: end - start };
        start = end + 1;
      }
      carry = Buffer.from(data.subarray(start));
      carryAt += start;
    }
  } finally {
    await handle.close();
  }
}

/** The event line at `offset` of a segment, if one whole line is there. */
export async function readLineAt(file: string, offset: number): Promise<EventLine | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return undefined;
  }
  try {
    let size = 8192;
    for (;;) {
      const buffer = Buffer.allocUnsafe(size);
      const { bytesRead } = await handle.read(buffer, 0, size, offset);
      const end = buffer.subarray(0, bytesRead).indexOf(10);
      if (end >= 0) return parseLine(buffer.subarray(0, end));
      if (bytesRead < size) return undefined;
      size *= 4;
    }
  } finally {
    await handle.close();
  }
}
