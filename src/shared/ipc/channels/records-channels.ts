import { holdReleaseSchema, holdRequestSchema, legalHoldSchema } from '../../records/legal-hold';
import { retentionScheduleSchema } from '../../records/retention-schedule';
import {
  disposeOutcomeSchema,
  disposeRequestSchema,
  dueListRequestSchema,
  dueListSchema,
  retentionOverviewSchema,
  scheduleViewSchema,
} from '../../records/retention-view';
import { z } from 'zod';

/**
 * Issue 12's rows of the contract, one table per slice: retention schedules, legal holds, what is
 * due and disposition here; the export, the search and the audit view in their own files.
 */
export const RECORDS_CHANNELS = {
  'records:retention': { request: z.object({}).strict(), response: retentionOverviewSchema },
  'records:setSchedule': { request: retentionScheduleSchema, response: scheduleViewSchema },
  'records:placeHold': { request: holdRequestSchema, response: legalHoldSchema },
  'records:releaseHold': { request: holdReleaseSchema, response: legalHoldSchema },
  'records:due': { request: dueListRequestSchema, response: dueListSchema },
  'records:dispose': { request: disposeRequestSchema, response: disposeOutcomeSchema },
};
