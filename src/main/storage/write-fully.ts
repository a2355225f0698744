import type { FileHandle } from 'node:fs/promises';

/**
 * Writes every byte of `bytes` at the file's end (or at `position`). One `write` may write fewer
 * bytes than asked (a nearly full disk, a signal), so keep writing what is left until all is down.
 */
export async function writeFully(
  handle: FileHandle,
  bytes: Uint8Array,
  position?: number,
): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const at = position === undefined ? null : position + offset;
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, at);
    if (bytesWritten <= 0) {
      // A write that makes no progress would loop forever; report it as the disk refusing.
      throw Object.assign(new Error(`write made no progress after ${offset} bytes`), {
        code: 'EIO',
      });
    }
    offset += bytesWritten;
  }
}
