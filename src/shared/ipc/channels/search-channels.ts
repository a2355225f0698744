import { z } from 'zod';
import { recordSearchRequestSchema, recordSearchResultSchema } from '../../records/search-view';

/** Issue 12's search rows of the contract (see records-channels.ts). */
export const SEARCH_CHANNELS = {
  /** Words across every kind of record, with kinds, pages and dates to narrow; newest first. */
  'records:search': { request: recordSearchRequestSchema, response: recordSearchResultSchema },
  /**
   * The search screen is open: the drafts' words start being read (20,000 files take seconds), so
   * the first search does not wait for them. Answers at once; nothing is changed.
   */
  'records:prepareSearch': { request: z.object({}).strict(), response: z.null() },
} as const;
