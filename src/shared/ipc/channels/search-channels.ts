/** Issue 12's search rows of the contract (see records-channels.ts). */
export const SEARCH_CHANNELS = {};
