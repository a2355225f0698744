import { randomUUID } from 'node:crypto';
import type { ImportReport, ImportStatus } from '../../shared/moderation/import-view';
import { DeskFailure } from '../ipc/desk-failure';
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

interface Job {
  state: ImportStatus['state'];
  progress: ImportProgress;
  report: ImportReport | undefined;
  error: string | undefined;
  readonly controller: AbortController;
  done: Promise<void>;
}

type RunImport = (
  options: Pick<StreamingImportOptions, 'signal' | 'onProgress'>,
) => Promise<StreamingImportResult>;

/**
 * The app's chosen export files and its imports running in the background. Kept in memory only:
 * a token or a job id means nothing once the app closes.
 */
export class ImportJobs {
  private readonly chosen = new Map<string, ChosenExport>();
  private readonly jobs = new Map<string, Job>();

  choose(file: ChosenExport): string {
    const token = randomUUID();
    this.chosen.set(token, file);
    return token;
  }

  file(token: string): ChosenExport {
    const file = this.chosen.get(token);
    if (!file) {
      throw new DeskFailure(
        'invalid-request',
        'That export file is not one chosen in this session of the app. Choose the export file again.',
      );
    }
    return file;
  }

  /** Starts an import; only one runs at a time, as the journal appends one batch at a time anyway. */
  start(file: ChosenExport, run: RunImport): string {
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
        job.state = result.stoppedAfterLine === undefined ? 'done' : 'cancelled';
      },
      (error: unknown) => {
        job.state = 'failed';
        if (error instanceof ImportInterrupted) {
          job.report = { ...reportOf(error.saved), notSaved: error.unsaved };
        }
        job.error = messageOf(error, file);
      },
    );
    this.jobs.set(id, job);
    return id;
  }

  status(id: string): ImportStatus {
    const job = this.job(id);
    return {
      state: job.state,
      bytesRead: job.progress.bytesRead,
      bytes: job.progress.bytes,
      rowsRead: job.progress.rowsRead,
      ...(job.report ? { report: job.report } : {}),
      ...(job.error === undefined ? {} : { error: job.error }),
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
    rejected: [...result.rejected],
    ...(result.stoppedAfterLine === undefined ? {} : { stoppedAfterLine: result.stoppedAfterLine }),
  };
}

/** The person's words, with the file named as they chose it, never by its path on this computer. */
export function messageOf(error: unknown, file: ChosenExport): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replaceAll(file.path, file.name);
}
