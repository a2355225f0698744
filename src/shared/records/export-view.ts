import { z } from 'zod';
import { RECORD_TYPES, recordTypeSchema } from './record-types';

const day = z.iso.date({ error: 'A date as YYYY-MM-DD' });

export const EXPORT_REQUEST_NAME_MAX = 200;
export const EXPORT_NOTE_MAX = 2000;
export const EXPORT_PAGES_MAX = 200;
export const EXPORT_WORDS_MAX = 20;
export const EXPORT_REDACTIONS_MAX = 1000;

/** One field of one record withheld from the exported copy, and why (the stored record is kept). */
export const exportRedactionSchema = z
  .object({
    type: recordTypeSchema,
    id: z.string().min(1).max(200),
    /** A field of the record's content, dotted for a nested one ("revisions.0.body"). */
    field: z.string().trim().min(1, 'Name the field to withhold').max(200),
    reason: z.string().trim().min(1, 'Say why the field is withheld').max(300),
  })
  .strict();
export type ExportRedaction = z.infer<typeof exportRedactionSchema>;

/** What a public-records request or an e-discovery order asks for. */
export const exportRequestSchema = z
  .object({
    /** The request's name or number, as the records office logs it ("PRR 2026-114"). */
    request: z
      .string()
      .trim()
      .min(1, 'Name the request this export answers (for example “PRR 2026-114”)')
      .max(EXPORT_REQUEST_NAME_MAX),
    note: z.string().trim().max(EXPORT_NOTE_MAX).optional(),
    /** Records created on these local days, both included; every day when left out. */
    from: day.optional(),
    to: day.optional(),
    pages: z
      .array(z.uuid({ error: 'A page is named by its page id' }))
      .min(1)
      .max(EXPORT_PAGES_MAX)
      .optional(),
    types: z
      .array(recordTypeSchema)
      .min(1, 'Tick at least one type of record, or leave them all out to export every type')
      .max(RECORD_TYPES.length)
      .optional(),
    /** Any of these (whole words, any case; a phrase needs all its words). */
    words: z.array(z.string().trim().min(1).max(100)).min(1).max(EXPORT_WORDS_MAX).optional(),
    /** Propose redactions of third parties' personal data in comments (phone, e-mail, ...). */
    redactThirdParties: z.boolean().optional(),
    redactions: z.array(exportRedactionSchema).max(EXPORT_REDACTIONS_MAX).optional(),
  })
  .strict()
  .refine((request) => !request.from || !request.to || request.from <= request.to, {
    message: 'The first day is after the last: put the earlier date in From and the later in To',
    path: ['to'],
  });
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export const EXPORT_PHASES = ['counting', 'writing', 'zipping', 'done'] as const;
export const exportPhaseSchema = z.enum(EXPORT_PHASES);
export type ExportPhase = z.infer<typeof exportPhaseSchema>;

export const EXPORT_PHASE_WORDS: Readonly<Record<ExportPhase, string>> = {
  counting: 'Finding the records',
  writing: 'Writing the records',
  zipping: 'Making the zip',
  done: 'Finished',
};

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** A finished export as a person is told of it: names only, never a path on this computer. */
export const exportResultSchema = z
  .object({
    folder: z.string(),
    zip: z.string(),
    records: z.number().int().min(0),
    counts: z.partialRecord(recordTypeSchema, z.number().int().min(0)),
    files: z.number().int().min(0),
    redactions: z.number().int().min(0),
    manifestSha256: sha256Hex,
  })
  .strict();
export type ExportResult = z.infer<typeof exportResultSchema>;

export const exportJobSchema = z.object({ job: z.uuid() }).strict();

export const exportStatusSchema = z
  .object({
    state: z.enum(['running', 'done', 'cancelled', 'failed']),
    phase: exportPhaseSchema,
    written: z.number().int().min(0),
    total: z.number().int().min(0),
    result: exportResultSchema.optional(),
    /** What went wrong and what to do; or, when cancelled, that nothing was left behind. */
    message: z.string().optional(),
  })
  .strict();
export type ExportStatus = z.infer<typeof exportStatusSchema>;

/** The startExport answer: a job to follow, or nothing when the person closed the folder dialog. */
export const exportStartedSchema = z
  .object({ job: z.uuid().optional(), folder: z.string().optional() })
  .strict();
export type ExportStarted = z.infer<typeof exportStartedSchema>;
