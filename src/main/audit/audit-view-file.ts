import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { reportPlace } from '../handlers/report-file';
import { DeskFailure } from '../ipc/desk-failure';
import { syncFolder } from '../storage/durable-file';
import { writeFully } from '../storage/write-fully';

/** Written in blocks of about this size: a file of a million entries never sits in memory whole. */
const BLOCK_CHARS = 1 << 20;

let temporaryCounter = 0;

/**
 * Writes a saved audit trail where the person chose, as it is produced: into a temporary file
 * beside it, synced, then renamed over, then the folder synced. Until the rename nothing carries the
 * chosen name, so a failure or a crash midway never leaves half a file looking complete.
 */
export async function saveAuditFile(
  file: string,
  dataFolder: string,
  content: AsyncIterable<string>,
): Promise<string> {
  const where = await reportPlace(file, dataFolder);
  if ('refused' in where) throw new DeskFailure('invalid-request', where.refused);
  temporaryCounter += 1;
  const temporary = join(
    dirname(where.place),
    `.${basename(where.place)}.${process.pid}.${temporaryCounter}.tmp`,
  );
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      let block = '';
      for await (const text of content) {
        block += text;
        if (block.length >= BLOCK_CHARS) {
          await writeFully(handle, Buffer.from(block, 'utf8'));
          block = '';
        }
      }
      if (block.length > 0) await writeFully(handle, Buffer.from(block, 'utf8'));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, where.place);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    if (error instanceof DeskFailure) throw error;
    throw new DeskFailure(
      'write-failed',
      `The audit trail could not be saved as ${file}: ${whyNot(error)}. Nothing was written there; choose another place (or free some space) and save again.`,
    );
  }
  try {
    await syncFolder(dirname(where.place));
  } catch {
    throw new DeskFailure(
      'write-failed',
      `The audit trail is in ${file}, but the disk did not confirm it: save it again to be sure it is kept.`,
    );
  }
  return file;
}

function whyNot(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return 'no permission to write there';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'its folder does not exist';
  return error instanceof Error ? error.message : String(error);
}
