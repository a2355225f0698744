import { join } from 'node:path';
import { z } from 'zod';
import {
  type JournalStatus,
  type LastVerify,
  lastVerifySchema,
} from '../../shared/moderation/journal-status';
import { type VerifyReport, verifyDataFolder } from '../cli/commands/log';
import { DeskFailure } from '../ipc/desk-failure';
import { writeFileDurably } from '../storage/durable-file';
import { keepQuarantineCopy } from '../storage/quarantine';
import { readJsonFile } from '../storage/read-json-file';

/** Where the app keeps its last verification, so the next start can say "last verified on …". */
export const JOURNAL_STATUS_FILE = 'journal-verified.json';

const storedSchema = z.object({ lastVerify: lastVerifySchema }).strict();

/** What the keeper needs of the journal: how far it goes now. */
export interface JournalHead {
  head(): { readonly events: number; readonly hash: string };
}

/** A verification with stamped files read while the app kept writing may race: try again so often. */
const RACE_RETRIES = 2;

/**
 * The journal's verification state for the app: the last result of `log verify`'s own check (in
 * memory, and durably in the data folder), and a fresh run on request. One run at a time: asking
 * again while one runs waits for that one instead of reading the journal twice.
 */
export class JournalStatusKeeper {
  private last: LastVerify | null | undefined;
  private notice: string | undefined;
  private running: Promise<LastVerify> | undefined;

  constructor(
    private readonly dataFolder: string,
    private readonly journal: JournalHead,
    private readonly verify: (folder: string) => Promise<VerifyReport> = verifyDataFolder,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async status(verifyNow = false): Promise<JournalStatus> {
    if (this.last === undefined) this.last = await this.readStored();
    if (verifyNow) {
      this.running ??= this.run().finally(() => {
        this.running = undefined;
      });
      this.last = await this.running;
    }
    const { events, hash } = this.journal.head();
    return {
      events,
      head: hash,
      lastVerify: this.last,
      // `log checkpoint` prints its checkpoint for keeping elsewhere and writes none here.
      lastCheckpoint: null,
      ...(this.notice === undefined ? {} : { notice: this.notice }),
    };
  }

  private async run(): Promise<LastVerify> {
    let report: VerifyReport;
    for (let attempt = 0; ; attempt++) {
      const before = this.journal.head().events;
      report = await this.verify(this.dataFolder);
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
    await this.store(result);
    return result;
  }

  private async store(result: LastVerify): Promise<void> {
    try {
      await writeFileDurably(
        join(this.dataFolder, JOURNAL_STATUS_FILE),
        JSON.stringify({ lastVerify: result }),
      );
      this.notice = undefined;
    } catch (error) {
      // The verdict stands; only its record for the next start is missing, and the person is told.
      this.notice = `This result could not be kept for the next start (${JOURNAL_STATUS_FILE}: ${error instanceof Error ? error.message : String(error)}); it is shown for this session only. Free some disk space, then verify again.`;
    }
  }

  private async readStored(): Promise<LastVerify | null> {
    const file = join(this.dataFolder, JOURNAL_STATUS_FILE);
    try {
      const stored = await readJsonFile(
        file,
        storedSchema,
        'The record of the last verification',
        'verify the journal again to record a new one.',
      );
      return stored?.lastVerify ?? null;
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
