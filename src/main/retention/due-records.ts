import { dueOn, localDate } from '../../shared/records/due-date';
import { type LegalHold, holdCovers, recordWords } from '../../shared/records/legal-hold';
import { RECORD_TYPES, type RecordType } from '../../shared/records/record-types';
import type { CatalogueRecord, RecordCatalogue } from './record-catalogue';
import type { RetentionStore } from './retention-store';

export interface DueOptions {
  /** Today in the department's time (YYYY-MM-DD); the machine's date unless given. */
  readonly today?: string;
  /** The department's zone; the machine's unless given (tests cross a change of clocks). */
  readonly timeZone?: string;
  readonly types?: readonly RecordType[];
}

export interface DueEntry {
  readonly record: CatalogueRecord;
  /** The day its retention ended. */
  readonly dueOn: string;
  /** The active holds covering it: a held record is never disposed of. */
  readonly heldBy: readonly LegalHold[];
  /** The schedule item it falls due under. */
  readonly authority: string;
}

export interface RetentionOutlook {
  /** Records past retention today, held ones included (with their holds). */
  readonly due: readonly DueEntry[];
  /** The next day more records fall due, and how many then; none when nothing is scheduled. */
  readonly next: { readonly on: string; readonly count: number } | undefined;
}

/** Which active holds cover a record: by its type, pages, creation day and words. */
export function holdsCovering(
  record: CatalogueRecord,
  holds: readonly LegalHold[],
  timeZone?: string,
): LegalHold[] {
  if (holds.length === 0) return [];
  const subject = {
    type: record.type,
    pages: record.pages,
    day: localDate(record.created, timeZone),
    words: recordWords(record.text),
  };
  return holds.filter((hold) => holdCovers(hold.scope, subject));
}

/**
 * What is due for disposition: every record of a type with a schedule (not permanent) whose
 * trigger has happened and whose period has ended by today, not already disposed of; and the
 * next day anything more falls due. A record whose trigger has not happened (a draft not yet
 * archived, an intro version still in force) is not due, however old it is.
 */
export async function retentionOutlook(
  catalogue: RecordCatalogue,
  retention: Pick<RetentionStore, 'scheduleFor' | 'holds'>,
  options: DueOptions = {},
): Promise<RetentionOutlook> {
  const today = options.today ?? localDate(new Date(), options.timeZone);
  const scheduled = (options.types ?? RECORD_TYPES).filter((type) => {
    const entry = retention.scheduleFor(type);
    return entry !== undefined && entry.schedule.period !== undefined;
  });
  const holds = retention.holds('active');
  const due: DueEntry[] = [];
  let next: { on: string; count: number } | undefined;
  if (scheduled.length === 0) return { due, next };
  for await (const record of catalogue.records({ types: scheduled })) {
    if (record.disposed) continue;
    const { schedule } = retention.scheduleFor(record.type) ?? {};
    const triggeredAt = schedule ? record[schedule.trigger] : undefined;
    if (!schedule?.period || triggeredAt === undefined) continue;
    const on = dueOn(triggeredAt, schedule.period, options.timeZone);
    if (on <= today) {
      due.push({
        record,
        dueOn: on,
        heldBy: holdsCovering(record, holds, options.timeZone),
        authority: schedule.authority,
      });
    } else if (!next || on < next.on) {
      next = { on, count: 1 };
    } else if (on === next.on) {
      next.count += 1;
    }
  }
  due.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  return { due, next };
}
