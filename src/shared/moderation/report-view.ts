import { z } from 'zod';
import { removalReasonSchema } from './events';

/** A report's period: whole days, both ends included; none given is the whole log. */
export const reportRangeSchema = z
  .object({
    from: z.iso.date({ error: 'A date as YYYY-MM-DD' }).optional(),
    to: z.iso.date({ error: 'A date as YYYY-MM-DD' }).optional(),
  })
  .strict();
export type ReportRange = z.infer<typeof reportRangeSchema>;

/** One count of standing hides and removals: a reason on a page by a moderator in a month. */
export const reportCellSchema = z
  .object({
    month: z.string().regex(/^\d{4}-\d{2}$/),
    pageId: z.uuid(),
    pageName: z.string(),
    moderator: z.string(),
    moderatorName: z.string(),
    action: z.enum(['hide', 'remove']),
    reason: removalReasonSchema,
    count: z.number().int().min(1),
  })
  .strict();

/** Removals by reason, page, moderator and month, so a supervisor can show the rules held steady. */
export const consistencyReportSchema = z
  .object({
    range: reportRangeSchema,
    generatedAt: z.iso.datetime(),
    cells: z.array(reportCellSchema),
    /** Actions considered in the range (every kind), for the share removed. */
    actions: z.number().int().min(0),
    /** Removals later corrected (voided), reported apart: they do not count above. */
    corrected: z.number().int().min(0),
  })
  .strict();
export type ConsistencyReport = z.infer<typeof consistencyReportSchema>;
