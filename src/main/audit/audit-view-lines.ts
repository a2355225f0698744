import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { JOURNAL_FOLDER, listSegments } from '../journal/segments';

const READ_BYTES = 1 << 20;
const LINE_START = Buffer.from('{"header"');

/**
 * Every event line of the journal, newest first, one block of a segment in memory at a time:
 * segments from the last, each read backwards from its end. A line still being written (no newline
 * yet) is left out, as are seals. The audit view pages newest first, so the newest page costs the
 * last block's reading, not the whole journal's.
 */
export async function* eventLinesNewestFirst(dataFolder: string): AsyncGenerator<Buffer> {
  const segments = await listSegments(join(dataFolder, JOURNAL_FOLDER));
  for (let index = segments.length - 1; index >= 0; index -= 1) {
    const segment = segments[index];
    if (segment) yield* segmentLinesBackwards(segment.file);
  }
}

async function* segmentLinesBackwards(file: string): AsyncGenerator<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    // A segment renamed away by a disposition's rewrite between listing and opening: its events
    // are in the rewritten file, listed the next time.
    if ((error as { code?: unknown }).code === 'ENOENT') return;
    throw error;
  }
  try {
    let position = (await handle.stat()).size;
    // The start of the line whose end was in the block read before (nearer the file's end).
    let carry = Buffer.alloc(0);
    let first = true;
    while (position > 0) {
      const size = Math.min(READ_BYTES, position);
      position -= size;
      const block = Buffer.allocUnsafe(size);
      let read = 0;
      while (read < size) {
        const { bytesRead } = await handle.read(block, read, size - read, position + read);
        if (bytesRead === 0) break;
        read += bytesRead;
      }
      const data =
        carry.length > 0
          ? Buffer.concat([block.subarray(0, read), carry])
          : block.subarray(0, read);
      let end = data.length;
      if (first) {
        // Whatever follows the last newline is a write not yet finished: never an event.
        end = data.lastIndexOf(10);
        if (end < 0) continue;
        first = false;
      }
      while (end > 0) {
        const newline = data.lastIndexOf(10, end - 1);
        if (newline < 0) break;
        const line = data.subarray(newline + 1, end);
        if (isEventLine(line)) yield line;
        end = newline;
      }
      carry = Buffer.from(data.subarray(0, end));
    }
    if (carry.length > 0 && isEventLine(carry)) yield carry;
  } finally {
    await handle.close();
  }
}

function isEventLine(line: Buffer): boolean {
  return line.subarray(0, LINE_START.length).equals(LINE_START);
}
