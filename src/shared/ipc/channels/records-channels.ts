/**
 * Issue 12's rows of the contract, one table per slice: retention schedules, legal holds, what is
 * due and disposition here; the export, the search and the audit view in their own files.
 */
export const RECORDS_CHANNELS = {};
