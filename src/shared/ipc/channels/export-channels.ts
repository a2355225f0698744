/** Issue 12's export rows of the contract (see records-channels.ts). */
export const EXPORT_CHANNELS = {};
