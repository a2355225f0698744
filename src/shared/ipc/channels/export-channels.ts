import {
  exportJobSchema,
  exportRequestSchema,
  exportStartedSchema,
  exportStatusSchema,
} from '../../records/export-view';

/** Issue 12's export rows of the contract (see records-channels.ts). */
export const EXPORT_CHANNELS = {
  /** Asks where (a folder dialog), then starts the export: a job id, or nothing if closed. */
  'records:startExport': { request: exportRequestSchema, response: exportStartedSchema },
  /** Records written of the total, the phase, and when finished the result or what went wrong. */
  'records:exportStatus': { request: exportJobSchema, response: exportStatusSchema },
  /** Stops the export and removes what it had written; answers once it is gone. */
  'records:cancelExport': { request: exportJobSchema, response: exportStatusSchema },
} as const;
