import { z } from 'zod';
import { legalHoldSchema } from './legal-hold';
import { dueRecordSchema, recordRefSchema } from './record';
import { RECORD_TYPES, recordTypeSchema } from './record-types';
import { retentionScheduleSchema } from './retention-schedule';

/** A type's schedule as set: who set it and when. */
export const scheduleViewSchema = z
  .object({
    type: recordTypeSchema,
    schedule: retentionScheduleSchema.optional(),
    setBy: z.string().optional(),
    setByName: z.string().optional(),
    setAt: z.iso.datetime().optional(),
  })
  .strict();
export type ScheduleView = z.infer<typeof scheduleViewSchema>;

/** The retention screen's overview: schedules, holds, what is due today, what falls due next. */
export const retentionOverviewSchema = z
  .object({
    /** One row per record type, in RECORD_TYPES order; `schedule` absent: kept until one is set. */
    schedules: z.array(scheduleViewSchema).length(RECORD_TYPES.length),
    holds: z.array(legalHoldSchema),
    today: z.iso.date(),
    due: z
      .object({
        total: z.number().int().min(0),
        held: z.number().int().min(0),
        byType: z.partialRecord(recordTypeSchema, z.number().int().min(0)),
        /** Of those, the held ones by type: what a disposition of everything due would leave. */
        heldByType: z.partialRecord(recordTypeSchema, z.number().int().min(0)),
      })
      .strict(),
    next: z
      .object({ on: z.iso.date(), count: z.number().int().min(1) })
      .strict()
      .optional(),
    /** The types this version disposes of; others are listed as due but kept. */
    disposable: z.array(recordTypeSchema),
  })
  .strict();
export type RetentionOverview = z.infer<typeof retentionOverviewSchema>;

export const DUE_PAGE_MAX = 500;

export const dueListRequestSchema = z
  .object({
    types: z.array(recordTypeSchema).min(1).max(RECORD_TYPES.length).optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(DUE_PAGE_MAX).optional(),
  })
  .strict();
export type DueListRequest = z.infer<typeof dueListRequestSchema>;

export const dueListSchema = z
  .object({
    total: z.number().int().min(0),
    records: z.array(
      dueRecordSchema.extend({ heldByNames: z.array(z.string()), authority: z.string() }).strict(),
    ),
  })
  .strict();
export type DueList = z.infer<typeof dueListSchema>;

export const DISPOSE_MAX = 10_000;

export const disposeRequestSchema = z
  .object({
    /** None: every record due and under no hold. */
    records: z.array(recordRefSchema).min(1).max(DISPOSE_MAX).optional(),
    reason: z
      .string()
      .trim()
      .min(1, 'Say why these records are disposed of')
      .max(2000, 'A reason has at most 2,000 characters'),
  })
  .strict();
export type DisposeRequest = z.infer<typeof disposeRequestSchema>;

export const disposeOutcomeSchema = z
  .object({
    disposed: z.partialRecord(recordTypeSchema, z.number().int().min(0)),
    events: z.array(z.number().int().min(1)),
    /** Due but under a legal hold: left as they were. */
    held: z.number().int().min(0),
    /** Due but of a type this version does not dispose of yet: left as they were. */
    kept: z.number().int().min(0),
  })
  .strict();
export type DisposeOutcome = z.infer<typeof disposeOutcomeSchema>;
