import { recordSearchRequestSchema, recordSearchResultSchema } from '../../records/search-view';

/** Issue 12's search rows of the contract (see records-channels.ts). */
export const SEARCH_CHANNELS = {
  /** Words across every kind of record, with kinds, pages and dates to narrow; newest first. */
  'records:search': { request: recordSearchRequestSchema, response: recordSearchResultSchema },
} as const;
