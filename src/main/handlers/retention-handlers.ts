import { localDate } from '../../shared/records/due-date';
import { RECORD_TYPES } from '../../shared/records/record-types';
import type { DueList, ScheduleView } from '../../shared/records/retention-view';
import type { ActingHandlers } from '../ipc/authorize';
import { type DueEntry, retentionOutlook } from '../retention/due-records';
import { DISPOSABLE_TYPES } from '../retention/disposition-service';
import type { ScheduleEntry } from '../retention/retention-store';
import type { Services } from '../services';
import type { HandlerContext } from './domain-handlers';
import { profileNames } from './profile-names';

type RetentionChannels =
  | 'records:retention'
  | 'records:setSchedule'
  | 'records:placeHold'
  | 'records:releaseHold'
  | 'records:due'
  | 'records:dispose';

function scheduleView(
  services: Services,
  type: ScheduleView['type'],
  entry: ScheduleEntry | undefined,
): ScheduleView {
  if (!entry) return { type };
  return {
    type,
    schedule: entry.schedule,
    setBy: entry.setBy,
    setByName: profileNames(services)(entry.setBy),
    setAt: entry.setAt,
  };
}

function dueRow(entry: DueEntry): DueList['records'][number] {
  // Named one by one: a comment's exported content is made only when read, and is not needed.
  const { type, id, title, pages, created, published, superseded, closed, disposed } = entry.record;
  return {
    type,
    id,
    title,
    pages: [...pages],
    created,
    ...(published === undefined ? {} : { published }),
    ...(superseded === undefined ? {} : { superseded }),
    ...(closed === undefined ? {} : { closed }),
    ...(disposed === undefined ? {} : { disposed }),
    dueOn: entry.dueOn,
    heldBy: entry.heldBy.map((hold) => hold.hold),
    heldByNames: entry.heldBy.map((hold) => hold.name),
    authority: entry.authority,
  };
}

/** Issue 12: retention schedules, legal holds, what is due, and disposition. */
export function retentionHandlers({
  services,
}: HandlerContext): Pick<ActingHandlers, RetentionChannels> {
  const { retention, catalogue } = services;
  return {
    'records:retention': async () => {
      const outlook = await retentionOutlook(catalogue, retention);
      const byType: Partial<Record<ScheduleView['type'], number>> = {};
      const heldByType: Partial<Record<ScheduleView['type'], number>> = {};
      for (const entry of outlook.due) {
        byType[entry.record.type] = (byType[entry.record.type] ?? 0) + 1;
        if (entry.heldBy.length > 0) {
          heldByType[entry.record.type] = (heldByType[entry.record.type] ?? 0) + 1;
        }
      }
      return {
        schedules: RECORD_TYPES.map((type) =>
          scheduleView(services, type, retention.scheduleFor(type)),
        ),
        holds: [...retention.holds('all')],
        today: localDate(new Date()),
        due: {
          total: outlook.due.length,
          held: outlook.due.filter((entry) => entry.heldBy.length > 0).length,
          byType,
          heldByType,
        },
        ...(outlook.next ? { next: outlook.next } : {}),
        disposable: [...DISPOSABLE_TYPES],
      };
    },
    'records:setSchedule': async (schedule, by) => {
      const entry = await retention.setSchedule(schedule, by);
      return scheduleView(services, entry.schedule.type, entry);
    },
    'records:placeHold': (hold, by) => retention.placeHold(hold, by),
    'records:releaseHold': (release, by) => retention.releaseHold(release, by),
    'records:due': async ({ types, offset = 0, limit = 100 }) => {
      const { due } = await retentionOutlook(catalogue, retention, types ? { types } : {});
      return { total: due.length, records: due.slice(offset, offset + limit).map(dueRow) };
    },
    'records:dispose': async (order, by) => {
      const outcome = await services.disposition.dispose(order, by);
      return { ...outcome, events: [...outcome.events] };
    },
  };
}
