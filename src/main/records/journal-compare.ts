import { GENESIS_HASH } from '../journal/journal-line';
import { readEvents } from '../journal/read-events';
import { verifyJournal } from '../journal/verify';
import { BACKUP_EVENT } from './backup';

export interface CurrentLog {
  readonly events: number;
  readonly head: string;
  readonly verified: boolean;
  /** Why the current log fails verification, when it does. */
  readonly damage?: string;
}

export interface LogComparison {
  readonly current: CurrentLog;
  /** Events the current log holds that the backup does not: a restore sets them aside. */
  readonly newer: number;
  /** Of those, the ones that record only that a backup was taken, and so lose no work. */
  readonly newerBackupRecords: number;
}

/**
 * Walks the current log beside the backup's, event by event, to count what a restore would set
 * aside: everything after the last event the two share (a backup that is a prefix of the current
 * log loses its later events; one from a diverged chain loses everything after the fork).
 */
export async function compareWithCurrent(folder: string, staging: string): Promise<LogComparison> {
  const verified = await verifyJournal(folder);
  const backupEvents = readEvents(staging)[Symbol.asyncIterator]();
  let shared = true;
  let events = 0;
  let head = GENESIS_HASH;
  let newer = 0;
  let newerBackupRecords = 0;
  try {
    for await (const event of readEvents(folder)) {
      events = event.header.seq;
      head = event.hash;
      if (shared) {
        const other = await backupEvents.next();
        if (!other.done && other.value.hash === event.hash) continue;
        shared = false;
      }
      newer += 1;
      if (event.header.type === BACKUP_EVENT) newerBackupRecords += 1;
    }
  } finally {
    await backupEvents.return(undefined);
  }
  const current: CurrentLog = verified.ok
    ? { events: verified.events, head: verified.head, verified: true }
    : { events, head, verified: false, damage: `event ${verified.firstBad}: ${verified.reason}` };
  return { current, newer, newerBackupRecords };
}
