import { z } from 'zod';

/** One run of `log verify`'s check: when, its verdict in the CLI's own words, how far it read. */
export const lastVerifySchema = z
  .object({
    at: z.iso.datetime(),
    ok: z.boolean(),
    /** The CLI's words: "the journal verifies: N events, head …" or the first bad entry named. */
    message: z.string(),
    /** The event the verdict names as the first bad one, when the chain itself broke. */
    firstBad: z.number().int().min(1).optional(),
    events: z.number().int().min(0),
  })
  .strict();
export type LastVerify = z.infer<typeof lastVerifySchema>;

/** The journal's verification as the app shows it: the CLI's `log verify` result, and when. */
export const journalStatusSchema = z
  .object({
    events: z.number().int().min(0),
    head: z.string(),
    /** The last verification run (this session or a stored one); null: never verified here. */
    lastVerify: lastVerifySchema.nullable(),
    /** The last checkpoint (`log checkpoint`) written, if any. */
    lastCheckpoint: z
      .object({ at: z.iso.datetime(), events: z.number().int().min(0), head: z.string() })
      .strict()
      .nullable(),
    /** Something to tell about the stored result itself (it could not be read or written). */
    notice: z.string().optional(),
  })
  .strict();
export type JournalStatus = z.infer<typeof journalStatusSchema>;
