import {
  auditListRequestSchema,
  auditPageSchema,
  auditSaveRequestSchema,
  auditSavedSchema,
} from '../../records/audit-view';

/** Issue 12's audit rows of the contract (see records-channels.ts). */
export const AUDIT_CHANNELS = {
  /** Journal events as audit entries, newest first, filtered and a page at a time, with a total. */
  'audit:list': { request: auditListRequestSchema, response: auditPageSchema },
  /** Every entry the filter holds, as CSV or HTML where the person chooses; null when cancelled. */
  'audit:save': { request: auditSaveRequestSchema, response: auditSavedSchema },
} as const;
