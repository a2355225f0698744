import { z } from 'zod';

/** The journal's verification as the app shows it: the CLI's `log verify` result, and when. */
export const journalStatusSchema = z
  .object({
    events: z.number().int().min(0),
    head: z.string(),
    /** The last verification run (this session or a stored one); null: never verified here. */
    lastVerify: z
      .object({
        at: z.iso.datetime(),
        ok: z.boolean(),
        /** The CLI's words: "Journal verified: N events, head …" or the first bad entry named. */
        message: z.string(),
        events: z.number().int().min(0),
      })
      .strict()
      .nullable(),
    /** The last checkpoint (`log checkpoint`) written, if any. */
    lastCheckpoint: z
      .object({ at: z.iso.datetime(), events: z.number().int().min(0), head: z.string() })
      .strict()
      .nullable(),
  })
  .strict();
export type JournalStatus = z.infer<typeof journalStatusSchema>;
