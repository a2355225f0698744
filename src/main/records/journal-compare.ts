import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { GENESIS_HASH } from '../journal/journal-line';
import { JOURNAL_FOLDER, listSegments } from '../journal/segments';
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

/** An event line's own hash and its header's text, without parsing the line. */
interface EventMark {
  readonly hash: string;
  readonly header: string;
}

const HASH_KEY = '"hash":"';

/**
 * Every event line's hash, in order, read as text: comparing a million events must not parse a
 * million payloads. Inside a JSON string a quote is always escaped, so the first bare `"hash":"`
 * is the line's own key (the header's is `"payloadHash"`). A disposed event keeps its hash, so an
 * event whose content was disposed of after the backup still counts as shared.
 */
async function* eventMarks(dataFolder: string): AsyncGenerator<EventMark> {
  for (const segment of await listSegments(join(dataFolder, JOURNAL_FOLDER))) {
    const lines = createInterface({ input: createReadStream(segment.file), crlfDelay: Infinity });
    for await (const text of lines) {
      if (!text.startsWith('{"header"')) continue;
      const at = text.indexOf(HASH_KEY);
      if (at < 0) continue;
      yield {
        hash: text.slice(at + HASH_KEY.length, at + HASH_KEY.length + 64),
        header: text.slice(0, at),
      };
    }
  }
}

/**
 * Walks the current log beside the backup's, event by event, to count what a restore would set
 * aside: everything after the last event the two share (a backup that is a prefix of the current
 * log loses its later events; one from a diverged chain loses everything after the fork).
 */
export async function compareWithCurrent(folder: string, staging: string): Promise<LogComparison> {
  const verified = await verifyJournal(folder);
  const backupMarks = eventMarks(staging);
  const backupType = `"type":"${BACKUP_EVENT}"`;
  let shared = true;
  let events = 0;
  let head = GENESIS_HASH;
  let newer = 0;
  let newerBackupRecords = 0;
  try {
    for await (const mark of eventMarks(folder)) {
      events += 1;
      head = mark.hash;
      if (shared) {
        const other = await backupMarks.next();
        if (!other.done && other.value.hash === mark.hash) continue;
        shared = false;
      }
      newer += 1;
      if (mark.header.includes(backupType)) newerBackupRecords += 1;
    }
  } finally {
    await backupMarks.return(undefined);
  }
  const current: CurrentLog = verified.ok
    ? { events: verified.events, head: verified.head, verified: true }
    : { events, head, verified: false, damage: `event ${verified.firstBad}: ${verified.reason}` };
  return { current, newer, newerBackupRecords };
}
