import { z } from 'zod';
import {
  RECORD_TYPE_WORDS,
  recordTypeSchema,
  retentionTriggerSchema,
  triggersOf,
} from './record-types';

/** A retention period in calendar units: years and months first, then days (see due-date.ts). */
export const retentionPeriodSchema = z
  .object({
    years: z.number().int().min(0).max(100),
    months: z.number().int().min(0).max(1200),
    days: z.number().int().min(0).max(36_500),
  })
  .strict()
  .refine((period) => period.years + period.months + period.days > 0, {
    message: 'A retention period is at least one day; to keep a type for good, mark it permanent',
  });
export type RetentionPeriod = z.infer<typeof retentionPeriodSchema>;

/**
 * How long one type of record is kept, from which event, under which schedule item: set by a
 * records profile, kept in retention.json (every change in the audit trail). A permanent type is
 * never due for disposition; a type with no schedule is kept until one is set.
 */
export const retentionScheduleSchema = z
  .object({
    type: recordTypeSchema,
    trigger: retentionTriggerSchema,
    /** Absent when permanent. */
    period: retentionPeriodSchema.optional(),
    permanent: z.literal(true).optional(),
    /** The schedule item it follows, as the records custodian cites it ("GS1 item 12"). */
    authority: z
      .string()
      .trim()
      .min(1, 'Name the retention schedule item this follows (for example GS1 item 12)')
      .max(200),
    note: z.string().max(2000).optional(),
  })
  .strict()
  .superRefine((schedule, context) => {
    if ((schedule.period === undefined) === (schedule.permanent === undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['period'],
        message: 'Give either a retention period or mark the type permanent, not both',
      });
    }
    if (!triggersOf(schedule.type).includes(schedule.trigger)) {
      context.addIssue({
        code: 'custom',
        path: ['trigger'],
        message: `${RECORD_TYPE_WORDS[schedule.type].many} can be kept from ${triggersOf(schedule.type).join(' or ')}, not ${schedule.trigger}`,
      });
    }
  });
export type RetentionSchedule = z.infer<typeof retentionScheduleSchema>;

/** "7 years", "1 year, 6 months", "30 days". */
export function periodWords(period: RetentionPeriod): string {
  const parts: string[] = [];
  const unit = (count: number, one: string) =>
    count > 0 ? parts.push(`${count} ${one}${count === 1 ? '' : 's'}`) : undefined;
  unit(period.years, 'year');
  unit(period.months, 'month');
  unit(period.days, 'day');
  return parts.join(', ');
}

/** "Drafts and revisions: kept 3 years after the draft was archived (GS1 item 12)". */
export function scheduleWords(schedule: RetentionSchedule): string {
  const words = RECORD_TYPE_WORDS[schedule.type];
  if (schedule.permanent) return `${words.many}: kept permanently (${schedule.authority})`;
  const after = words.triggers[schedule.trigger] ?? schedule.trigger;
  return `${words.many}: kept ${periodWords(schedule.period ?? { years: 0, months: 0, days: 0 })} after ${after} (${schedule.authority})`;
}
