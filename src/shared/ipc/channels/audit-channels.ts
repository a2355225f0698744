/** Issue 12's audit rows of the contract (see records-channels.ts). */
export const AUDIT_CHANNELS = {};
