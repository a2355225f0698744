import { z } from 'zod';

/** The fields a comment is read into; a mapping names the export's column for each. */
export const IMPORT_FIELDS = ['id', 'text', 'author', 'time', 'permalink'] as const;
export const importFieldSchema = z.enum(IMPORT_FIELDS);

export const fieldMapSchema = z
  .object({
    id: z.string().max(200).optional(),
    text: z.string().max(200).optional(),
    author: z.string().max(200).optional(),
    time: z.string().max(200).optional(),
    permalink: z.string().max(200).optional(),
  })
  .strict();
export type ImportFieldMap = z.infer<typeof fieldMapSchema>;

export const importFormatSchema = z.enum(['csv', 'json']);
export const dateOrderSchema = z.enum(['dmy', 'mdy', 'ymd']);

/** A name for where an export came from ("Facebook", "Other tool"), its mapping saved under it. */
export const platformNameSchema = z
  .string()
  .trim()
  .min(1, 'Name the platform or tool the export came from')
  .max(100);

export const importPreviewRequestSchema = z
  .object({
    /** The token `comments:chooseImportFile` answered with. */
    file: z.string().min(1).max(100),
    format: importFormatSchema.optional(),
    map: fieldMapSchema.optional(),
    dateFormat: dateOrderSchema.optional(),
  })
  .strict();

export const importPreviewSchema = z
  .object({
    format: importFormatSchema,
    /** The export's own column names, in order. */
    columns: z.array(z.string()),
    /** The mapping used: the one asked for, else a saved or recognised one. */
    mapping: fieldMapSchema,
    /** The first rows, as they would be imported (or why each would be refused). */
    rows: z.array(
      z
        .object({
          line: z.number().int().min(1),
          text: z.string().optional(),
          author: z.string().optional(),
          postedAt: z.string().optional(),
          commentId: z.string().optional(),
          permalink: z.string().optional(),
          problem: z.string().optional(),
        })
        .strict(),
    ),
    /** A date such as 03/04/2026 could be either order: the person must say which. */
    needsDateFormat: z.boolean(),
    /** The platform whose saved mapping was used, when one was. */
    savedMapping: z.string().optional(),
    /** What stops an import as mapped now (no text column), and what to do. */
    problem: z.string().optional(),
  })
  .strict();
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importStartRequestSchema = z
  .object({
    file: z.string().min(1).max(100),
    pageId: z.uuid({ error: 'Choose the page the comments are from' }),
    format: importFormatSchema.optional(),
    map: fieldMapSchema.optional(),
    dateFormat: dateOrderSchema.optional(),
    /** Save this mapping for the next export from the same platform. */
    saveMappingAs: platformNameSchema.optional(),
  })
  .strict();

export const importReportSchema = z
  .object({
    imported: z.number().int().min(0),
    edited: z.number().int().min(0),
    duplicates: z.number().int().min(0),
    rejected: z.array(z.object({ line: z.number().int().min(1), reason: z.string() }).strict()),
    /** Comments of the file not saved (a failed write): running it again adds them. */
    notSaved: z.number().int().min(0).optional(),
    /** A cancel: every row up to this line is counted (saved, skipped or refused); none after it. */
    stoppedAfterLine: z.number().int().min(0).optional(),
  })
  .strict();
export type ImportReport = z.infer<typeof importReportSchema>;

export const importStatusSchema = z
  .object({
    state: z.enum(['running', 'done', 'cancelled', 'failed']),
    bytesRead: z.number().int().min(0),
    bytes: z.number().int().min(0),
    rowsRead: z.number().int().min(0),
    report: importReportSchema.optional(),
    /** Why it failed, in words, with what was saved. */
    error: z.string().optional(),
    /** Something that went wrong after a finished import (its mapping not saved), and why. */
    warning: z.string().optional(),
  })
  .strict();
export type ImportStatus = z.infer<typeof importStatusSchema>;

export const importMappingSchema = z
  .object({
    platform: z.string(),
    /** The export's columns the mapping was made for: a preview of the same columns uses it. */
    columns: z.array(z.string()),
    format: importFormatSchema.optional(),
    map: fieldMapSchema,
    dateFormat: dateOrderSchema.optional(),
    savedAt: z.iso.datetime(),
  })
  .strict();
export type ImportMapping = z.infer<typeof importMappingSchema>;
export const importMappingsSchema = z.array(importMappingSchema);
