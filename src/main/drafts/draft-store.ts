import {
  type FileHandle,
  copyFile,
  link,
  lstat,
  mkdir,
  open,
  rename,
  rm,
  stat,
} from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type Draft, type DraftSummary, summarizeDraft } from '../../shared/drafts/draft';
import { DeskFailure } from '../ipc/desk-failure';
import type { AuditStamp } from '../storage/document-store';
import { syncFolder, writeFileDurably } from '../storage/durable-file';
import { writeFully } from '../storage/write-fully';
import { describeWriteError } from '../storage/write-error';
import {
  DRAFT_INDEX,
  DRAFT_SCHEMA_VERSION,
  type FileStamp,
  draftFile,
  draftFileName,
  draftsFolder,
  stampOf,
} from './draft-files';
import {
  type DraftIndex,
  checkDraftFiles,
  damaged,
  forget,
  readDraftFile,
  readIndex,
  storeDamaged,
  summaryLine,
} from './draft-inspection';
import { readLegacyDrafts } from './legacy-drafts';

export interface DraftStoreOpenReport {
  /** Drafts whose file and index disagreed after an interruption, re-indexed from their files. */
  readonly reindexed: number;
  /**
   * Draft files found damaged, missing or holding another draft than their name says, each in
   * words for the person: what was found, what was done about it, and what to do.
   */
  readonly problems: readonly string[];
}

/**
 * One file per draft plus an append-only index: a save marks the draft pending in the index, writes
 * the draft's own file durably, then appends its summary with the file's size and modification
 * time, so the cost of a save does not grow with the number of drafts and an interrupted save is
 * found and repaired at the next open. Opening reads the index and the folder's listing and
 * re-reads only the draft files that changed since the index vouched for them.
 */
export class DraftStore {
  private queue: Promise<unknown> = Promise.resolve();
  /** Set when the index could not be cut back after a failed append: it takes no more writes. */
  private unwritable: string | undefined;

  private constructor(
    private readonly dataFolder: string,
    private readonly state: DraftIndex,
    private index: FileHandle,
    /** Bytes of the index known durable: where a failed save cuts its marker back to. */
    private indexSize: number,
  ) {}

  static async open(
    dataFolder: string,
  ): Promise<{ store: DraftStore; report: DraftStoreOpenReport }> {
    const legacy = await readLegacyDrafts(dataFolder);
    await mkdir(draftsFolder(dataFolder), { recursive: true, mode: 0o700 });
    if (legacy) {
      const lines: string[] = [];
      for (const draft of legacy.drafts) {
        const stamp = await writeDraftFile(dataFolder, draft);
        lines.push(`${summaryLine(summarizeDraft(draft), stamp)}\n`);
      }
      await writeFileDurably(indexFile(dataFolder), lines.join(''));
      await legacy.retire();
    }
    const state = await readIndex(indexFile(dataFolder), { repair: true });
    const check = await checkDraftFiles(dataFolder, state, { repair: true });
    const index = await open(indexFile(dataFolder), 'a', 0o600);
    const store = new DraftStore(dataFolder, state, index, (await index.stat()).size);
    const problems = [...check.problems];
    if (check.lines.length > 0) {
      // Re-reading most of the folder (the first open after an upgrade or a copy of the folder):
      // one line per draft, rather than a second line for each.
      const rewrite = check.lines.length > state.summaries.size / 2 + 100;
      // What was found is already applied in memory; if it cannot be recorded (a full disk), the
      // person is told, and the next open finds the same files again and records them then.
      await (rewrite ? store.compact() : store.append(check.lines)).catch((error: unknown) => {
        problems.push(
          `${error instanceof Error ? error.message : String(error)} What the drafts check found above could not be recorded, so it will be checked and reported again at the next start.`,
        );
      });
    }
    return { store, report: { reindexed: check.reindexed, problems } };
  }

  /**
   * For readers (the CLI's `drafts list`): no lock, no migration, no repair; nothing is written.
   * Drafts whose files are missing or damaged are left out, as the app's list leaves them out.
   */
  static async readSummaries(dataFolder: string): Promise<DraftSummary[]> {
    const legacy = await readLegacyDrafts(dataFolder, { keepCopy: false });
    if (legacy) return legacy.drafts.map((draft) => summarizeDraft(draft));
    const state = await readIndex(indexFile(dataFolder), { repair: false });
    await checkDraftFiles(dataFolder, state, { repair: false }).catch((error: unknown) => {
      // A data folder without a drafts folder yet has no drafts to check.
      if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
    });
    return [...state.summaries.values()];
  }

  list(): DraftSummary[] {
    return [...this.state.summaries.values()];
  }

  has(id: string): boolean {
    return this.state.summaries.has(id);
  }

  /** Why a draft that was listed is not any more (its file damaged or missing), in words. */
  setAside(id: string): string | undefined {
    return this.state.setAside.get(id);
  }

  /**
   * A file whose damage did not change its size or time (found only now, on reading) is set aside
   * like one found at open: a copy kept, taken off the list, recorded once.
   */
  async read(id: string): Promise<Draft> {
    const read = await readDraftFile(this.dataFolder, id);
    if (read.ok) return read.draft;
    const file = draftFile(this.dataFolder, id);
    switch (read.kind) {
      case 'missing':
        throw new DeskFailure('not-found', `There is no draft with id ${id} (no file ${file}).`);
      case 'unreadable':
        throw storeDamaged(file, read.detail);
      case 'damaged': {
        const aside = await damaged(
          this.dataFolder,
          draftFileName(id),
          read,
          this.state.summaries.get(id),
        );
        await this.enqueue(async () => {
          if (!this.state.summaries.has(id)) return;
          // Unrecorded, it is simply found again at the next open: the list is right either way.
          await this.append([aside.line]).catch(() => undefined);
          this.state.summaries.delete(id);
          this.state.stamps.delete(id);
          this.state.damaged.set(draftFileName(id), { file: read.stamp, problem: read.detail });
          this.state.setAside.set(id, aside.problem);
        });
        throw new DeskFailure('store-damaged', `${aside.problem} Nothing was changed.`);
      }
      default: {
        const unknownKind: never = read;
        throw new Error(`Unknown draft file state ${String(unknownKind)}`);
      }
    }
  }

  /**
   * One save at a time. The previous version of the file is kept under a second name until the
   * summary is appended, so a failure anywhere puts the folder back as it was without needing any
   * free space, and "nothing was changed" stays true.
   */
  write(draft: Draft, previous: Draft | undefined, audit?: AuditStamp): Promise<void> {
    return this.enqueue(async () => {
      const file = draftFile(this.dataFolder, draft.id);
      const sizeBefore = this.indexSize;
      await this.append([JSON.stringify({ pending: draft.id })]);
      let kept: string | undefined;
      try {
        if (previous) kept = await keepPrevious(file);
      } catch (error) {
        // The draft's file has not been touched: only the marker is taken back.
        throw await this.undo(
          () => Promise.resolve(),
          sizeBefore,
          describeWriteError('The draft', file, error),
          file,
        );
      }
      // How to put the file back as it was: the kept version by rename, or no file for a new draft.
      const keptPath = kept;
      const putBack = keptPath
        ? async () => {
            await rename(keptPath, file);
            // Renaming one name of a file onto another name of it does nothing: drop the extra
            // (or leave it for the next open to clear: the file is put back either way).
            await rm(keptPath, { force: true }).catch(() => undefined);
          }
        : () => removeNewDraftFile(file);
      let stamp: FileStamp;
      try {
        stamp = await writeDraftFile(this.dataFolder, draft, audit);
      } catch (error) {
        throw await this.undo(
          putBack,
          sizeBefore,
          describeWriteError('The draft', file, error),
          file,
        );
      }
      const summary = summarizeDraft(draft);
      try {
        await this.append([summaryLine(summary, stamp)]);
      } catch (error) {
        const said = error instanceof Error ? error.message : String(error);
        throw await this.undo(putBack, sizeBefore, said, file);
      }
      this.state.summaries.set(summary.id, summary);
      this.state.stamps.set(summary.id, stamp);
      if (kept) await rm(kept, { force: true }).catch(() => undefined);
      // The save is on disk whatever happens to the rewrite, which is tried again at a later save.
      if (this.state.lines > 2 * this.state.summaries.size + 1000)
        await this.compact().catch(() => undefined);
    });
  }

  /**
   * Removes a draft under a disposition (issue 12): the index says so first, so a crash before the
   * file is gone finishes the removal at the next open instead of listing the draft again; then
   * the file goes and the folder is synced.
   */
  dispose(id: string, disposition: number): Promise<void> {
    return this.enqueue(async () => {
      await this.append([JSON.stringify({ disposed: id, disposition })]);
      forget(this.state, id);
      this.state.disposed.set(id, disposition);
      const file = draftFile(this.dataFolder, id);
      await rm(file, { force: true });
      await syncFolder(draftsFolder(this.dataFolder));
    });
  }

  /** The disposition event that removed a draft, if one did. */
  disposedBy(id: string): number | undefined {
    return this.state.disposed.get(id);
  }

  async close(): Promise<void> {
    await this.queue;
    await this.index.close();
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Puts the draft's file back (the kept previous version, or no file for a new draft) and cuts the
   * index back to before the save's marker. `said` ends in "Nothing was changed": that is kept only
   * when everything was put back.
   */
  private async undo(
    putBack: () => Promise<void>,
    sizeBefore: number,
    said: string,
    file: string,
  ): Promise<DeskFailure> {
    try {
      // A rename needs no free space, so the put-back works on the full disk that failed the save.
      await putBack();
    } catch (error) {
      // The pending marker stays, so the next open re-reads whichever version the file holds.
      return new DeskFailure(
        'write-failed',
        `${said.replace(/ Nothing was changed;.*$/, '')} The draft's file ${file} may already hold the new version and could not be put back (${(error as Error).message}); Social Desk will re-read it at the next start and list it as the file has it.`,
      );
    }
    try {
      await this.cutIndexTo(sizeBefore);
    } catch {
      // A marker left in the index only makes the next open re-read this draft's (restored) file.
    }
    return new DeskFailure('write-failed', said);
  }

  private async cutIndexTo(size: number): Promise<void> {
    await this.index.truncate(size);
    await this.index.datasync();
    this.indexSize = size;
    this.state.lines -= 1;
  }

  /**
   * Appends whole lines, honouring short writes: only once every byte is written and synced do they
   * count. On failure the index is cut back to its last acknowledged byte, so a half line never
   * stays to corrupt the next one; if even that fails, the index takes no more writes.
   */
  private async append(lines: readonly string[]): Promise<void> {
    const file = indexFile(this.dataFolder);
    if (this.unwritable !== undefined) throw new DeskFailure('write-failed', this.unwritable);
    const bytes = Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8');
    try {
      await writeFully(this.index, bytes);
      await this.index.datasync();
    } catch (error) {
      const said = describeWriteError('The drafts index', file, error);
      try {
        await this.index.truncate(this.indexSize);
        await this.index.datasync();
      } catch (cutError) {
        this.unwritable = `The drafts index ${file} could not be cut back after a failed write (${(cutError as Error).message}); it may end in a partial line. Social Desk takes no more draft saves until it is restarted, which repairs the index.`;
        throw new DeskFailure(
          'write-failed',
          `${said.replace(/ Nothing was changed;.*$/, '')} ${this.unwritable}`,
        );
      }
      throw new DeskFailure('write-failed', said);
    }
    this.indexSize += bytes.length;
    this.state.lines += lines.length;
  }

  /**
   * The index only grows; now and then it is rewritten with one line per draft (and one per file
   * set aside, so it is not reported again). A failed rewrite loses nothing: the old index stays.
   */
  private async compact(): Promise<void> {
    const file = indexFile(this.dataFolder);
    const lines = [
      ...this.list().map((summary) => summaryLine(summary, this.state.stamps.get(summary.id))),
      ...[...this.state.damaged].map(([name, { file: stamp, problem }]) =>
        JSON.stringify({ damaged: name, file: stamp, problem }),
      ),
      ...[...this.state.disposed].map(([id, disposition]) =>
        JSON.stringify({ disposed: id, disposition }),
      ),
    ];
    try {
      await writeFileDurably(file, lines.map((line) => `${line}\n`).join(''));
    } catch (error) {
      // The old index is intact and its handle still open: saves go on appending to it.
      throw new DeskFailure(
        'write-failed',
        describeWriteError('The rewritten drafts index', file, error),
      );
    }
    try {
      await this.index.close();
      this.index = await open(file, 'a', 0o600);
      this.indexSize = (await this.index.stat()).size;
    } catch (error) {
      this.unwritable = `The drafts index ${file} could not be opened again after it was rewritten (${(error as Error).message}). Social Desk takes no more draft saves until it is restarted.`;
      throw new DeskFailure('write-failed', this.unwritable);
    }
    this.state.lines = lines.length;
  }
}

function indexFile(dataFolder: string): string {
  return join(draftsFolder(dataFolder), DRAFT_INDEX);
}

/** Writes the draft's file durably and gives the stamp the index records for it. */
async function writeDraftFile(
  dataFolder: string,
  draft: Draft,
  audit?: AuditStamp,
): Promise<FileStamp> {
  const file = draftFile(dataFolder, draft.id);
  await writeFileDurably(
    file,
    JSON.stringify({ schemaVersion: DRAFT_SCHEMA_VERSION, draft, ...(audit ? { audit } : {}) }),
  );
  return stampOf(await stat(file));
}

/** Takes back a new draft's file, if the failed save got as far as putting one there. */
async function removeNewDraftFile(file: string): Promise<void> {
  try {
    // Whatever else stands at that name (a folder, the drafts folder gone) was not this save's.
    if (!(await lstat(file)).isFile()) return;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return;
    throw error;
  }
  await rm(file);
}

/** Where the previous version waits during a save; `.tmp` keeps it out of backups. */
export function previousCopyOf(file: string): string {
  return join(dirname(file), `.${basename(file)}.previous.tmp`);
}

/**
 * A second name for the draft's current file: a hard link costs no space, so it works on a disk too
 * full to copy. Where links are not supported (FAT drives) the file is copied instead.
 */
async function keepPrevious(file: string): Promise<string> {
  const kept = previousCopyOf(file);
  // One left by a save that crashed is an older version the index no longer needs.
  await rm(kept, { force: true });
  try {
    await link(file, kept);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    await copyFile(file, kept);
  }
  return kept;
}
