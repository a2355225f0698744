import { z } from 'zod';
import { removalReasonSchema } from './events';

/** A report's period: whole local days, both ends included; none given is the whole log. */
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
    /** The month of the action, in the local time of the machine that made the report. */
    month: z.string().regex(/^\d{4}-\d{2}$/),
    /** Empty when not known: a comment disposed of before the index was rebuilt lost its page. */
    pageId: z.union([z.uuid(), z.literal('')]),
    pageName: z.string(),
    moderator: z.string(),
    moderatorName: z.string(),
    action: z.enum(['hide', 'remove']),
    reason: removalReasonSchema,
    count: z.number().int().min(1),
  })
  .strict();
export type ReportCell = z.infer<typeof reportCellSchema>;

/**
 * Removals by reason, page, moderator and month, so a supervisor can show the rules held steady.
 * The cells count hides and removals that stand: not corrected, and, on a page that asks for a
 * second reviewer, agreed by one. The others are counted apart, never silently dropped.
 */
export const consistencyReportSchema = z
  .object({
    range: reportRangeSchema,
    generatedAt: z.iso.datetime(),
    /** The department's name as its settings give it, for the report's heading. */
    department: z.string().optional(),
    cells: z.array(reportCellSchema),
    /** Actions considered in the range (every kind, corrected ones too), for the share removed. */
    actions: z.number().int().min(0),
    /** Hides and removals later corrected (voided): not counted in the cells. */
    corrected: z.number().int().min(0),
    /** Hides and removals a second reviewer disagreed with: not counted in the cells. */
    disputed: z.number().int().min(0),
    /** Hides and removals still waiting for the second reviewer their page asks for: not counted. */
    awaitingReview: z.number().int().min(0),
  })
  .strict();
export type ConsistencyReport = z.infer<typeof consistencyReportSchema>;
