import { join } from 'node:path';
import { z } from 'zod';
import {
  type JournalStatus,
  type LastCheckpoint,
  type LastVerify,
  lastCheckpointSchema,
  lastVerifySchema,
} from '../../shared/moderation/journal-status';
import { DeskFailure } from '../ipc/desk-failure';
import type { Checkpoint } from '../journal/verify';
import { type VerifyReport, verifyDataFolder } from '../journal/verify-report';
import { writeFileDurably } from '../storage/durable-file';
import { keepQuarantineCopy } from '../storage/quarantine';
import { readJsonFile } from '../storage/read-json-file';

/** Where the app keeps its last verification, so the next start can say "last verified on …". */
export const JOURNAL_STATUS_FILE = 'journal-verified.json';

// A record written before checkpoints were checked here has no lastCheckpoint: still read.
const storedSchema = z
  .object({ lastVerify: lastVerifySchema, lastCheckpoint: lastCheckpointSchema.optional() })
  .strict();
type Stored = z.infer<typeof storedSchema>;

/** What the keeper needs of the journal: how far it goes now. */
export interface JournalHead {
  head(): { readonly events: number; readonly hash: string };
}

/** A verification with stamped files read while the app kept writing may race: try again so often. */
const RACE_RETRIES = 2;

/**
 * The journal's verification state for the app: the last result of `log verify`'s own check and
 * the last checkpoint checked (in memory, and durably in the data folder), and a fresh run on
 * request, against a checkpoint kept elsewhere if given. One run at a time: asking the same again
 * while one runs waits for that one instead of reading the journal twice.
 */
export class JournalStatusKeeper {
  private stored: Stored | null | undefined;
  private notice: string | undefined;
  private running: { readonly key: string; readonly run: Promise<void> } | undefined;

  constructor(
    private readonly dataFolder: string,
    private readonly journal: JournalHead,
    private readonly verify: (
      folder: string,
      checkpoint?: Checkpoint,
    ) => Promise<VerifyReport> = verifyDataFolder,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async status(verifyNow = false, checkpoint?: Checkpoint): Promise<JournalStatus> {
    if (this.stored === undefined) this.stored = await this.readStored();
    if (verifyNow || checkpoint) await this.verifyOnce(checkpoint);
    const { events, hash } = this.journal.head();
    return {
      events,
      head: hash,
      lastVerify: this.stored?.lastVerify ?? null,
      lastCheckpoint: this.stored?.lastCheckpoint ?? null,
      ...(this.notice === undefined ? {} : { notice: this.notice }),
    };
  }

  private async verifyOnce(checkpoint?: Checkpoint): Promise<void> {
    const key = checkpoint ? `${checkpoint.seq}:${checkpoint.hash}` : '';
    // Another check (another checkpoint, or none) is running: this one reads after it.
    while (this.running && this.running.key !== key) {
      await this.running.run.catch(() => undefined);
    }
    if (!this.running) {
      const run: Promise<void> = this.run(checkpoint).finally(() => {
        if (this.running?.run === run) this.running = undefined;
      });
      this.running = { key, run };
    }
    await this.running.run;
  }

  private async run(checkpoint?: Checkpoint): Promise<void> {
    let report: VerifyReport;
    for (let attempt = 0; ; attempt++) {
      const before = this.journal.head().events;
      report = await this.verify(this.dataFolder, checkpoint);
      // A stamped file saved after the walk ended names an event the walk did not see: only a
      // race with the app's own writes, not a change outside it, when the journal moved meanwhile.
      const raced = !report.ok && report.result.ok && this.journal.head().events !== before;
      if (!raced || attempt >= RACE_RETRIES) break;
    }
    const result: LastVerify = {
      at: this.now().toISOString(),
      ok: report.ok,
      message: report.words.join('\n'),
      ...(report.result.ok ? {} : { firstBad: report.result.firstBad }),
      events: report.result.events,
    };
    const lastCheckpoint: LastCheckpoint | undefined = checkpoint
      ? {
          at: result.at,
          events: checkpoint.seq,
          head: checkpoint.hash,
          ok: result.ok,
          message: result.message,
          ...(result.firstBad === undefined ? {} : { firstBad: result.firstBad }),
        }
      : this.stored?.lastCheckpoint;
    this.stored = {
      lastVerify: result,
      ...(lastCheckpoint === undefined ? {} : { lastCheckpoint }),
    };
    await this.store(this.stored);
  }

  private async store(stored: Stored): Promise<void> {
    try {
      await writeFileDurably(join(this.dataFolder, JOURNAL_STATUS_FILE), JSON.stringify(stored));
      this.notice = undefined;
    } catch (error) {
      // The verdict stands; only its record for the next start is missing, and the person is told.
      this.notice = `This result could not be kept for the next start (${JOURNAL_STATUS_FILE}: ${error instanceof Error ? error.message : String(error)}); it is shown for this session only. Free some disk space, then verify again.`;
    }
  }

  private async readStored(): Promise<Stored | null> {
    const file = join(this.dataFolder, JOURNAL_STATUS_FILE);
    try {
      const stored = await readJsonFile(
        file,
        storedSchema,
        'The record of the last verification',
        'verify the journal again to record a new one.',
      );
      return stored ?? null;
    } catch (error) {
      if (!(error instanceof DeskFailure)) throw error;
      // Only a record of a past result: the journal itself is untouched. Kept aside, never wiped.
      const kept = await keepQuarantineCopy(this.dataFolder, file, JOURNAL_STATUS_FILE);
      const where = 'copy' in kept ? ` A copy is kept at ${kept.copy}.` : '';
      this.notice = `${error.message}${where}`;
      return null;
    }
  }
}

const keepers = new WeakMap<object, JournalStatusKeeper>();

/** One keeper per opened data folder's services: the session's result is shared by every window. */
export function journalStatusKeeper(
  owner: object,
  make: () => JournalStatusKeeper,
): JournalStatusKeeper {
  let keeper = keepers.get(owner);
  if (!keeper) {
    keeper = make();
    keepers.set(owner, keeper);
  }
  return keeper;
}
