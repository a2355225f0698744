import { z } from 'zod';
import { rangeProblem } from '../../../../shared/moderation/consistency-report';
import type { ReportRange } from '../../../../shared/moderation/report-view';

const day = z.union([
  z.literal(''),
  z.iso.date({ error: 'Enter a date as YYYY-MM-DD, or leave it empty' }),
]);

/** The period form: an empty field is an open end; the two dates must be in order. */
export const reportFormSchema = z.object({ from: day, to: day }).superRefine((values, context) => {
  const problem = rangeProblem(rangeOf(values));
  if (problem) context.addIssue({ code: 'custom', message: problem, path: ['to'] });
});
export type ReportFormValues = z.input<typeof reportFormSchema>;

export function rangeOf(values: ReportFormValues): ReportRange {
  return {
    ...(values.from === '' ? {} : { from: values.from }),
    ...(values.to === '' ? {} : { to: values.to }),
  };
}

const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** This year so far: what a supervisor asks for most. */
export function defaultPeriod(today: Date = new Date()): ReportFormValues {
  return { from: `${today.getFullYear()}-01-01`, to: localDay(today) };
}
