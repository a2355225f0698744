import { DeskFailure } from '../ipc/desk-failure';
import { WrittenNotConfirmed, writeFileDurably } from '../storage/durable-file';

/** Writes a file the person chose, durably; a failure says what happened to it. */
export async function saveFile(file: string, bytes: string | Uint8Array): Promise<void> {
  try {
    await writeFileDurably(file, bytes);
  } catch (error) {
    if (error instanceof WrittenNotConfirmed) {
      throw new DeskFailure(
        'write-failed',
        `${error.message}: the packet is in ${file}, but save it again to be sure it is kept.`,
      );
    }
    throw new DeskFailure('write-failed', saveRefused(file, error));
  }
}

/** Why a chosen file could not be written, in words; the file there before is as it was. */
function saveRefused(file: string, error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  const why =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'no permission to write there'
        : code === 'ENOENT' || code === 'ENOTDIR'
          ? 'its folder does not exist'
          : error instanceof Error
            ? error.message
            : String(error);
  return `The packet could not be saved as ${file}: ${why}. Nothing was written there; choose another place (or free some space) and save again.`;
}
