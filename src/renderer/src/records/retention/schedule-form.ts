import { z } from 'zod';
import {
  RECORD_TYPES,
  RETENTION_TRIGGERS,
  type RecordType,
  triggersOf,
} from '../../../../shared/records/record-types';
import {
  type RetentionSchedule,
  retentionScheduleSchema,
} from '../../../../shared/records/retention-schedule';

const count = z
  .string()
  .trim()
  .regex(/^\d*$/, 'A whole number of 0 or more (or leave it empty for 0)');

/** The Edit form as typed: numbers as the fields hold them, permanent as a choice. */
const scheduleFieldsSchema = z
  .object({
    type: z.enum(RECORD_TYPES),
    kept: z.enum(['period', 'permanent']),
    years: count,
    months: count,
    days: count,
    trigger: z.enum(RETENTION_TRIGGERS),
    authority: z.string(),
    note: z.string(),
  })
  .strict();
export type ScheduleForm = z.infer<typeof scheduleFieldsSchema>;

const asCount = (text: string) => (text.trim() === '' ? 0 : Number(text));

/** The schedule the form asks for, as the contract row takes it. */
export function toSchedule(form: ScheduleForm): z.input<typeof retentionScheduleSchema> {
  const note = form.note.trim();
  return {
    type: form.type,
    trigger: form.trigger,
    ...(form.kept === 'permanent'
      ? { permanent: true as const }
      : {
          period: {
            years: asCount(form.years),
            months: asCount(form.months),
            days: asCount(form.days),
          },
        }),
    authority: form.authority,
    ...(note ? { note } : {}),
  };
}

/** Where a schedule's complaint shows in the form: a period's under its fields, the rest by name. */
function fieldOf(path: readonly PropertyKey[]): keyof ScheduleForm {
  const [first, second] = path;
  if (first === 'period') return second === 'months' || second === 'days' ? second : 'years';
  if (first === 'trigger' || first === 'authority' || first === 'note') return first;
  return 'authority';
}

/**
 * The form's schema: its fields, then the main process's own retentionScheduleSchema over what
 * they ask for, so the form says exactly what the main process would refuse, where it belongs.
 */
export const scheduleFormSchema = scheduleFieldsSchema.superRefine((form, context) => {
  const parsed = retentionScheduleSchema.safeParse(toSchedule(form));
  if (parsed.success) return;
  for (const issue of parsed.error.issues) {
    context.addIssue({ code: 'custom', path: [fieldOf(issue.path)], message: issue.message });
  }
});

/** The form filled from the standing schedule, or a first one for a type that has none. */
export function scheduleDefaults(type: RecordType, schedule?: RetentionSchedule): ScheduleForm {
  const period = schedule?.period;
  return {
    type,
    kept: schedule?.permanent ? 'permanent' : 'period',
    years: period ? String(period.years) : '',
    months: period ? String(period.months) : '',
    days: period ? String(period.days) : '',
    trigger: schedule?.trigger ?? triggersOf(type)[0] ?? 'created',
    authority: schedule?.authority ?? '',
    note: schedule?.note ?? '',
  };
}
