import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AttachedFile } from '../../shared/workflow/workflow';
import { DeskFailure } from '../ipc/desk-failure';
import { WrittenNotConfirmed, syncFolder, writeFileDurably } from '../storage/durable-file';
import { keepQuarantineCopy } from '../storage/quarantine';
import { describeWriteError } from '../storage/write-error';

export const ATTACHMENTS_FOLDER = 'attachments';

/** How long a file kept for a record not yet saved is spared by a disposition. */
const AWAITING_RECORD_MS = 24 * 60 * 60 * 1000;

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** How a refusal names the file kept ("The scan X", "The photo X") and what was not recorded. */
export interface KeepWords {
  readonly what: string;
  readonly unrecorded: string;
}

/**
 * Files attached to records (a signed decision's scan), each kept once under the SHA-256 of its
 * bytes: the record names the hash, so the file it names can always be checked against it.
 */
export class AttachmentStore {
  /** Keeping a file and recording the step that names it run one at a time (see keepFor). */
  private queue: Promise<unknown> = Promise.resolve();

  /** Files kept for a record not yet saved (a photo before its draft's save), with when. */
  private readonly keptAlone = new Map<string, number>();

  constructor(
    readonly dataFolder: string,
    private readonly clock: () => number = Date.now,
  ) {}

  /** A saved record names the file now: it is counted like any other from here on. */
  named(sha256: string): void {
    this.keptAlone.delete(sha256);
  }

  /**
   * True when the file was kept for a record not saved yet within the last day (this session of
   * the app): no record names it, but a save about to may, so a disposition leaves it.
   */
  awaitingRecord(sha256: string): boolean {
    const at = this.keptAlone.get(sha256);
    return at !== undefined && this.clock() - at < AWAITING_RECORD_MS;
  }

  /** Where a file of that hash lives, relative to the data folder (as records name it). */
  static relativePath(sha256: string): string {
    return `${ATTACHMENTS_FOLDER}/${sha256}`;
  }

  /**
   * Keeps the file, then runs `record` (which writes the step that names it). When `record`
   * refuses or fails, a file this call added is removed again, so a refused step leaves nothing
   * behind; a file that was already there (another step names the same bytes) stays. One at a
   * time, so no other keep can find the file in between and count on it.
   */
  keepFor<T>(
    name: string,
    bytes: Uint8Array,
    record: (attached: AttachedFile) => Promise<T>,
    words?: KeepWords,
  ): Promise<T> {
    const run = this.queue.then(async () => {
      const file = join(this.dataFolder, AttachmentStore.relativePath(sha256Of(bytes)));
      const already = await readFile(file).then(
        () => true,
        () => false,
      );
      const attached = await this.keep(name, bytes, words);
      try {
        return await record(attached);
      } catch (error) {
        if (!already) {
          try {
            await rm(file, { force: true });
            await syncFolder(join(this.dataFolder, ATTACHMENTS_FOLDER));
          } catch (cleanup) {
            // The refusal would say "Nothing was changed"; with the file left, that is untrue.
            const why = error instanceof Error ? error.message : String(error);
            throw new DeskFailure(
              'write-failed',
              `The step was not recorded (${why}), but its scan ${name} stays at ${file} and could not be removed (${(cleanup as Error).message}). It is named by no record; delete it by hand.`,
            );
          }
        }
        throw error;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Copies the bytes in durably (written, fsynced, renamed, folder fsynced) and returns the
   * record's reference to them. The same bytes kept twice are one file; a file already there
   * under that name whose bytes no longer match is copied to quarantine first, then replaced.
   */
  async keep(
    name: string,
    bytes: Uint8Array,
    words: KeepWords = { what: `The scan ${name}`, unrecorded: 'so the decision was not recorded' },
  ): Promise<AttachedFile> {
    const sha256 = sha256Of(bytes);
    const folder = join(this.dataFolder, ATTACHMENTS_FOLDER);
    const file = join(folder, sha256);
    const attached: AttachedFile = { name, file: AttachmentStore.relativePath(sha256), sha256 };
    const present = await readFile(file).catch(() => undefined);
    if (present !== undefined && sha256Of(present) === sha256) return attached;
    try {
      if (present !== undefined)
        await keepQuarantineCopy(this.dataFolder, file, `attachment-${sha256}`);
      const made = await mkdir(folder, { recursive: true, mode: 0o700 });
      // A new folder's own entry must reach the disk too, or a power cut could lose the file.
      if (made !== undefined) await syncFolder(this.dataFolder);
      await writeFileDurably(file, bytes);
    } catch (error) {
      if (error instanceof WrittenNotConfirmed) {
        throw new DeskFailure(
          'write-failed',
          `${words.what} was copied to ${file}, but the disk did not confirm it, ${words.unrecorded}. Try again.`,
        );
      }
      throw new DeskFailure('write-failed', describeWriteError(words.what, file, error));
    }
    return attached;
  }

  /**
   * Keeps a file that no record names yet (a photo the next save of a draft will name), in the
   * same queue as `keepFor`: a refused step's clean-up can never take away a file just kept here.
   */
  keepAlone(name: string, bytes: Uint8Array, words: KeepWords): Promise<AttachedFile> {
    const run = this.queue.then(async () => {
      const kept = await this.keep(name, bytes, words);
      this.keptAlone.set(kept.sha256, this.clock());
      return kept;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs `work` in the keeping queue: no file is kept (or a refused step's file cleaned up) while
   * it runs, so what it finds named and what it removes cannot change under it (a disposition).
   */
  alone<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Removes a file no record names any more (a disposition, its event already in the journal).
   * Call it inside `alone`, after finding that nothing else names the same bytes.
   */
  async remove(sha256: string): Promise<void> {
    await rm(join(this.dataFolder, AttachmentStore.relativePath(sha256)), { force: true });
    await syncFolder(join(this.dataFolder, ATTACHMENTS_FOLDER));
  }

  /** The attached file's bytes, checked against the hash the record names. */
  async read(attached: Pick<AttachedFile, 'sha256'>): Promise<Uint8Array> {
    const file = join(this.dataFolder, AttachmentStore.relativePath(attached.sha256));
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new DeskFailure(
        'not-found',
        `The attached file ${file} cannot be read (${(error as Error).message}).`,
      );
    }
    if (sha256Of(bytes) !== attached.sha256) {
      throw new DeskFailure(
        'store-damaged',
        `The attached file ${file} was changed outside Social Desk: its contents no longer have the SHA-256 its record names. Restore it from a backup.`,
      );
    }
    return bytes;
  }
}
