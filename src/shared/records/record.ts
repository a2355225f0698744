import { z } from 'zod';
import { recordTypeSchema } from './record-types';

/**
 * One record as the records screens, the disposition list, an export and a search name it: its
 * type and id (a draft's id, a comment's or an action's journal sequence number, an intro
 * version's id, a packet's SHA-256, an audit entry's sequence number), a title in words, its
 * pages, and the times that can start its retention.
 */
export const recordSummarySchema = z
  .object({
    type: recordTypeSchema,
    id: z.string().min(1),
    title: z.string(),
    pages: z.array(z.string()),
    created: z.iso.datetime(),
    published: z.iso.datetime().optional(),
    superseded: z.iso.datetime().optional(),
    closed: z.iso.datetime().optional(),
    /** Its content was disposed of already: what stays is the record that it existed. */
    disposed: z.boolean().optional(),
  })
  .strict();
export type RecordSummary = z.infer<typeof recordSummarySchema>;

export const recordRefSchema = z.object({ type: recordTypeSchema, id: z.string().min(1) }).strict();
export type RecordRef = z.infer<typeof recordRefSchema>;

/** A record due for disposition under its type's schedule, or held back by legal holds. */
export const dueRecordSchema = recordSummarySchema
  .extend({
    /** The day its retention ended (YYYY-MM-DD). */
    dueOn: z.iso.date(),
    /** The holds covering it, by id: a held record is listed but never disposed of. */
    heldBy: z.array(z.uuid()),
  })
  .strict();
export type DueRecord = z.infer<typeof dueRecordSchema>;
