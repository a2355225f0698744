import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ExportStatus } from '../../shared/records/export-view';
import { DeskFailure } from '../ipc/desk-failure';
import type { ExportProgress, WrittenExport } from './write-export';

/** How long a finished job's result is kept for the person who ran it. */
export const EXPORT_KEPT_MS = 60 * 60 * 1000;

interface Job {
  readonly by: string;
  readonly target: string;
  finishedAt: number | undefined;
  state: ExportStatus['state'];
  progress: ExportProgress;
  result: WrittenExport | undefined;
  message: string | undefined;
  readonly controller: AbortController;
  done: Promise<void>;
}

type RunExport = (control: {
  readonly signal: AbortSignal;
  readonly onProgress: (progress: ExportProgress) => void;
}) => Promise<WrittenExport>;

/**
 * Exports running in the background, in memory only: one at a time for each profile (a second
 * would compete for the same disk), each seen and cancelled only by the profile that started it,
 * and dropped when they sign out.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly clock: () => number = Date.now) {}

  start(by: string, target: string, run: RunExport): string {
    this.sweep();
    for (const job of this.jobs.values()) {
      if (job.by === by && job.state === 'running') {
        throw new DeskFailure(
          'invalid-request',
          'An export of yours is already running. Wait for it to finish, or cancel it, then start this one.',
        );
      }
    }
    const id = randomUUID();
    const controller = new AbortController();
    const job: Job = {
      by,
      target,
      finishedAt: undefined,
      state: 'running',
      progress: { phase: 'counting', written: 0, total: 0 },
      result: undefined,
      message: undefined,
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
        job.result = result;
        job.state = 'done';
        job.finishedAt = this.clock();
      },
      (error: unknown) => {
        const cancelled = controller.signal.aborted;
        job.state = cancelled ? 'cancelled' : 'failed';
        job.message = cancelled
          ? 'The export was cancelled: no folder and no zip were left behind.'
          : `The export failed and left no folder or zip behind: ${inWords(error, target)}`;
        job.finishedAt = this.clock();
      },
    );
    this.jobs.set(id, job);
    return id;
  }

  status(id: string, by: string): ExportStatus {
    this.sweep();
    const job = this.job(id, by);
    return {
      state: job.state,
      phase: job.progress.phase,
      written: job.progress.written,
      total: job.progress.total,
      ...(job.result
        ? {
            result: {
              folder: basename(job.result.folder),
              zip: basename(job.result.zip),
              records: job.result.records,
              counts: job.result.counts,
              files: job.result.files,
              redactions: job.result.redactions,
              manifestSha256: job.result.manifestSha256,
            },
          }
        : {}),
      ...(job.message === undefined ? {} : { message: job.message }),
    };
  }

  /** Asks the job to stop, and answers once its staging folder is removed. */
  async cancel(id: string, by: string): Promise<ExportStatus> {
    const job = this.job(id, by);
    job.controller.abort();
    await job.done;
    return this.status(id, by);
  }

  /** A person signed out: their running export stops and their jobs go. */
  forget(by: string): void {
    for (const [id, job] of this.jobs) {
      if (job.by !== by) continue;
      job.controller.abort();
      this.jobs.delete(id);
    }
  }

  async settle(): Promise<void> {
    await Promise.all([...this.jobs.values()].map((job) => job.done));
  }

  private sweep(): void {
    const before = this.clock() - EXPORT_KEPT_MS;
    for (const [id, job] of this.jobs) {
      if (job.finishedAt !== undefined && job.finishedAt < before) this.jobs.delete(id);
    }
  }

  private job(id: string, by: string): Job {
    const job = this.jobs.get(id);
    if (!job || job.by !== by) {
      throw new DeskFailure(
        'not-found',
        'No export of yours with that id in this session of the app. Start the export again.',
      );
    }
    return job;
  }
}

/** The message, with the folder named by its name only: the window never gets a path. */
function inWords(error: unknown, target: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replaceAll(target, basename(target));
}
