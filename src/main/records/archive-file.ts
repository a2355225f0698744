import { createHash } from 'node:crypto';
import { type FileHandle, open, rm } from 'node:fs/promises';
import { writeFully } from '../storage/write-fully';

export interface WrittenArchive {
  readonly bytes: number;
  readonly sha256: string;
}

/**
 * Writes a stream of bytes to `file`, readable by its owner only (it holds passphrase hashes and
 * the journal), and syncs it. Every write is looped until all its bytes are down: on a nearly full
 * disk a write can be short, and a short write counted whole would leave a hole in the archive.
 * On any failure the file is removed, so no partial archive is left to be mistaken for a backup.
 */
export async function writeArchiveFile(
  file: string,
  chunks: AsyncIterable<Uint8Array>,
): Promise<WrittenArchive> {
  const hash = createHash('sha256');
  let bytes = 0;
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'w', 0o600);
    // The mode given to open applies only when the file is created: a leftover keeps its own.
    await handle.chmod(0o600);
    for await (const chunk of chunks) {
      await writeFully(handle, chunk);
      hash.update(chunk);
      bytes += chunk.length;
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    return { bytes, sha256: hash.digest('hex') };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(file, { force: true }).catch(() => undefined);
    throw error;
  }
}
