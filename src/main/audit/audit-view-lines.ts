import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { JOURNAL_FOLDER, listSegments } from '../journal/segments';

const READ_BYTES = 1 << 20;
const LINE_START = Buffer.from('{"header"');

/**
 * Every event line of the journal, newest first, a block's lines at a time (one block of a segment
 * in memory at a time, handed over as one array to spare a million awaits):
 * segments from the last, each read backwards from its end. A line still being written (no newline
 * yet) is left out, as are seals. The audit view pages newest first, so the newest page costs the
 * last block's reading, not the whole journal's.
 */
export async function* eventLinesNewestFirst(dataFolder: string): AsyncGenerator<Buffer[]> {
  const segments = await listSegments(join(dataFolder, JOURNAL_FOLDER));
  for (let index = segments.length - 1; index >= 0; index -= 1) {
    const segment = segments[index];
    if (segment) yield* segmentLinesBackwards(segment.file);
  }
}

async function* segmentLinesBackwards(file: string): AsyncGenerator<Buffer[]> {
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
      const lastNewline = read > 0 ? block.lastIndexOf(10, read - 1) : -1;
      const lines: Buffer[] = [];
      if (first) {
        // Whatever follows the file's last newline is a write not yet finished: never an event.
        if (lastNewline < 0) continue;
        first = false;
      } else if (lastNewline < 0) {
        // One line longer than a block (a long comment): keep gathering it.
        carry = Buffer.concat([block.subarray(0, read), carry]);
        continue;
      } else {
        // Only the line across the blocks' border is copied; the others are views of the block.
        const across = Buffer.concat([block.subarray(lastNewline + 1, read), carry]);
        if (isEventLine(across, 0)) lines.push(across);
      }
      let end = lastNewline;
      while (end > 0) {
        const newline = block.lastIndexOf(10, end - 1);
        if (newline < 0) break;
        if (isEventLine(block, newline + 1)) lines.push(block.subarray(newline + 1, end));
        end = newline;
      }
      carry = block.subarray(0, end);
      if (lines.length > 0) yield lines;
    }
    if (carry.length > 0 && isEventLine(carry, 0)) yield [carry];
  } finally {
    await handle.close();
  }
}

/** Byte by byte: a native compare per line costs more than the line's whole check here. */
function isEventLine(data: Buffer, start: number): boolean {
  for (let index = 0; index < LINE_START.length; index += 1) {
    if (data[start + index] !== LINE_START[index]) return false;
  }
  return true;
}
