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

/**
 * A checkpoint as a person kept it: `log checkpoint`'s events and head as SEQ:HASH, the form
 * `log verify --checkpoint` takes.
 */
export const checkpointTextSchema = z
  .string()
  .trim()
  .regex(
    /^\d+:[0-9a-f]{64}$/,
    'A checkpoint is SEQ:HASH, as `social-desk log checkpoint` prints it (events:head), for example 1204:9f86d0…: paste it as it was kept, its 64-character hash in lowercase.',
  );

/** One check of the journal against a checkpoint kept elsewhere: which, when, and the verdict. */
export const lastCheckpointSchema = z
  .object({
    at: z.iso.datetime(),
    /** The checkpoint checked: the events it counted, and the head hash it recorded. */
    events: z.number().int().min(0),
    head: z.string(),
    ok: z.boolean(),
    /** `log verify --checkpoint`'s words for it. */
    message: z.string(),
    firstBad: z.number().int().min(1).optional(),
  })
  .strict();
export type LastCheckpoint = z.infer<typeof lastCheckpointSchema>;

/** The journal's verification as the app shows it: the CLI's `log verify` result, and when. */
export const journalStatusSchema = z
  .object({
    events: z.number().int().min(0),
    head: z.string(),
    /** The last verification run (this session or a stored one); null: never verified here. */
    lastVerify: lastVerifySchema.nullable(),
    /** The last checkpoint kept elsewhere and checked here, with its verdict; null: none yet. */
    lastCheckpoint: lastCheckpointSchema.nullable(),
    /** Something to tell about the stored result itself (it could not be read or written). */
    notice: z.string().optional(),
  })
  .strict();
export type JournalStatus = z.infer<typeof journalStatusSchema>;
