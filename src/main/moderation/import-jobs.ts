import { randomUUID } from 'node:crypto';
import type { ImportReport, ImportStatus } from '../../shared/moderation/import-view';
import { DeskFailure } from '../ipc/desk-failure';
import { appWords } from './import-app-words';
import {
  ImportInterrupted,
  type ImportProgress,
  type StreamingImportOptions,
  type StreamingImportResult,
} from './comment-import';

/** An export the person chose: its path stays here; the renderer holds only the token. */
export interface ChosenExport {
  readonly path: string;
  readonly name: string;
  readonly bytes: number;
}

/** How long a chosen file and a finished job's report are kept for the person who has them. */
export const IMPORT_KEPT_MS = 60 * 60 * 1000;

interface Chosen {
  readonly file: ChosenExport;
  /** The profile that chose it: the path is theirs to import, not the next person's. */
  readonly by: string;
  readonly at: number;
}

interface Job {
  readonly by: string;
  /** When it finished (undefined while running): kept an hour after, for its report. */
  finishedAt: number | undefined;
  warning: string | undefined;
  state: ImportStatus['state'];
  progress: ImportProgress;
  report: ImportReport | undefined;
  error: string | undefined;
  readonly controller: AbortController;
  done: Promise<void>;
}

/** An import's result, with what went wrong after it (a mapping not saved) said as a warning. */
export type JobResult = StreamingImportResult & { readonly warning?: string };

type RunImport = (
  options: Pick<StreamingImportOptions, 'signal' | 'onProgress'>,
) => Promise<JobResult>;

/**
 * The app's chosen export files and its imports running in the background. Kept in memory only:
 * a token or a job id means nothing once the app closes.
 */
export class ImportJobs {
  private readonly chosen = new Map<string, Chosen>();
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly clock: () => number = Date.now) {}

  choose(file: ChosenExport, by: string): string {
    this.sweep();
    const token = randomUUID();
    this.chosen.set(token, { file, by, at: this.clock() });
    return token;
  }

  /** The file a token names, for the profile that chose it within the hour; else choose again. */
  file(token: string, by: string): ChosenExport {
    this.sweep();
    const chosen = this.chosen.get(token);
    if (!chosen || chosen.by !== by) {
      throw new DeskFailure(
        'invalid-request',
        'That export file was not chosen by you in this session of the app within the last hour. Choose the export file again.',
      );
    }
    return chosen.file;
  }

  /** A person signed out: their chosen files and finished imports go (a running one finishes). */
  forget(by: string): void {
    for (const [token, chosen] of this.chosen) if (chosen.by === by) this.chosen.delete(token);
    for (const [id, job] of this.jobs) {
      if (job.by === by && job.state !== 'running') this.jobs.delete(id);
    }
  }

  /** Drops what is over an hour old: a chosen file, a finished job's report. */
  private sweep(): void {
    const before = this.clock() - IMPORT_KEPT_MS;
    for (const [token, chosen] of this.chosen) if (chosen.at < before) this.chosen.delete(token);
    for (const [id, job] of this.jobs) {
      if (job.finishedAt !== undefined && job.finishedAt < before) this.jobs.delete(id);
    }
  }

  /** Starts an import; only one runs at a time, as the journal appends one batch at a time anyway. */
  start(file: ChosenExport, by: string, run: RunImport): string {
    this.sweep();
    for (const job of this.jobs.values()) {
      if (job.state === 'running') {
        throw new DeskFailure(
          'invalid-request',
          'An import is already running. Wait for it to finish, or cancel it, then import this file.',
        );
      }
    }
    const id = randomUUID();
    const controller = new AbortController();
    const job: Job = {
      by,
      finishedAt: undefined,
      warning: undefined,
      state: 'running',
      progress: { bytesRead: 0, bytes: file.bytes, rowsRead: 0 },
      report: undefined,
      error: undefined,
      controller,
      done: Promise.resolve(),
    };
    job.done = run({
      signal: controller.signal,
      onProgress: (progress) => {
        job.progress = progress;
      },
    }).then(
      (result) => {
        job.report = reportOf(result);
        job.warning = result.warning === undefined ? undefined : messageOf(result.warning, file);
        job.state = result.stoppedAfterLine === undefined ? 'done' : 'cancelled';
        job.finishedAt = this.clock();
      },
      (error: unknown) => {
        job.state = 'failed';
        if (error instanceof ImportInterrupted) {
          job.report = { ...reportOf(error.saved), notSaved: error.unsaved };
        }
        job.error = messageOf(error, file);
        job.finishedAt = this.clock();
      },
    );
    this.jobs.set(id, job);
    return id;
  }

  status(id: string): ImportStatus {
    this.sweep();
    const job = this.job(id);
    return {
      state: job.state,
      bytesRead: job.progress.bytesRead,
      bytes: job.progress.bytes,
      rowsRead: job.progress.rowsRead,
      ...(job.report ? { report: job.report } : {}),
      ...(job.error === undefined ? {} : { error: job.error }),
      ...(job.warning === undefined ? {} : { warning: job.warning }),
    };
  }

  /** Asks the job to stop after the batch in flight, and answers once it has. */
  async cancel(id: string): Promise<ImportStatus> {
    const job = this.job(id);
    job.controller.abort();
    await job.done;
    return this.status(id);
  }

  /** Waits for every job (the app closing, a test). */
  async settle(): Promise<void> {
    await Promise.all([...this.jobs.values()].map((job) => job.done));
  }

  private job(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) {
      throw new DeskFailure(
        'not-found',
        'No import with that id in this session of the app. Start the import again: comments already saved are skipped.',
      );
    }
    return job;
  }
}

function reportOf(result: StreamingImportResult): ImportReport {
  return {
    imported: result.imported,
    edited: result.edited,
    duplicates: result.duplicates,
    rejected: result.rejected.map((row) => ({ line: row.line, reason: appWords(row.reason) })),
    ...(result.stoppedAfterLine === undefined ? {} : { stoppedAfterLine: result.stoppedAfterLine }),
  };
}

/** The person's words, with the file named as they chose it, never by its path on this computer. */
export function messageOf(error: unknown, file: ChosenExport): string {
  const message = error instanceof Error ? error.message : String(error);
  return appWords(message.replaceAll(file.path, file.name));
}
