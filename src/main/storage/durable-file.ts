import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let temporaryCounter = 0;

/**
 * Replaces `file` so that a crash at any moment leaves either the old bytes or the new ones: write a
 * temporary file, fsync it, rename it over the old one, fsync the folder.
 */
export async function writeFileDurably(file: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(file);
  temporaryCounter += 1;
  const temporary = join(folder, `.${basename(file)}.${process.pid}.${temporaryCounter}.tmp`);
  try {
    const handle = await open(temporary, 'w', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  try {
    await syncFolder(folder);
  } catch (error) {
    // The new bytes are in place: saying "nothing was changed" now would be false.
    throw new WrittenNotConfirmed(file, error);
  }
}

/** The file holds the new bytes, but its folder's fsync failed: a power cut could still undo it. */
export class WrittenNotConfirmed extends Error {
  constructor(
    readonly file: string,
    readonly reason: unknown,
  ) {
    super(
      `${file} was written, but the disk did not confirm it (${reason instanceof Error ? reason.message : String(reason)})`,
    );
    this.name = 'WrittenNotConfirmed';
  }
}

/** A rename is not durable until its directory entry is: fsync the folder too. */
export async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
