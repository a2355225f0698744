import type { FileHandle } from 'node:fs/promises';

const CHUNK = 64 * 1024;

/**
 * Reads a segment backwards just far enough to find its last complete line, so opening a log of a
 * million events touches a few kilobytes. `end` is where the complete lines end: anything after
 * it is a torn write, never acknowledged.
 */
export async function readSegmentTail(
  handle: FileHandle,
  size: number,
): Promise<{ lastLine: string | undefined; end: number }> {
  const newlines: number[] = [];
  let position = size;
  const chunks: Buffer[] = [];
  while (position > 0 && newlines.length < 2) {
    const length = Math.min(CHUNK, position);
    position -= length;
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, position);
    chunks.unshift(buffer);
    for (let i = length - 1; i >= 0 && newlines.length < 2; i -= 1) {
      if (buffer[i] === 0x0a) newlines.push(position + i);
    }
  }
  const [lastNewline, previousNewline] = newlines;
  if (lastNewline === undefined) return { lastLine: undefined, end: 0 };
  const start = previousNewline === undefined ? 0 : previousNewline + 1;
  const tail = Buffer.concat(chunks);
  const lastLine = tail.subarray(start - position, lastNewline - position).toString('utf8');
  return { lastLine, end: lastNewline + 1 };
}
