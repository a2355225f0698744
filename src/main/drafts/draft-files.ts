import { join } from 'node:path';
import { z } from 'zod';
import { draftIdSchema, draftSchema, draftSummarySchema } from '../../shared/drafts/draft';
import { auditStampSchema } from '../storage/document-store';

/**
 * Drafts are partitioned so a save never rewrites the department's history: one file per draft
 * (with its revisions) and an append-only index of summaries for the list.
 */
export const DRAFTS_FOLDER = 'drafts';
export const DRAFT_INDEX = 'index.jsonl';
/** The single-file layout of schema version 1, migrated on first open. */
export const LEGACY_DRAFTS_FILE = 'drafts.json';
export const DRAFT_SCHEMA_VERSION = 2;

/**
 * `audit`: the journal event that recorded this very draft and the draft's hash (written before the
 * file, see commitAudited); absent in files written before issue 8 or by the store's own tests.
 */
export const draftFileSchema = z
  .object({
    schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
    draft: draftSchema,
    audit: auditStampSchema.optional(),
  })
  .strict();

/**
 * What a draft file looked like when the index last vouched for it. Opening compares it with the
 * file's size and modification time and re-reads only files that differ, so damage done while
 * Social Desk was closed is found at start without reading 20,000 drafts every time.
 */
export const fileStampSchema = z
  .object({ size: z.number().int().min(0), mtimeMs: z.number() })
  .strict();
export type FileStamp = z.infer<typeof fileStampSchema>;

/** A summary line: the draft as the list shows it, and (since issue 8) the stamp of its file. */
export const indexLineSchema = draftSummarySchema.extend({ file: fileStampSchema.optional() });

/** Written before a draft's file: if the save is cut short, the next open re-reads that draft. */
export const pendingLineSchema = z.object({ pending: z.string() }).strict();

/**
 * A file in the drafts folder found damaged (or holding another draft than its name says): kept off
 * the list and reported once; reported again only if the file changes.
 */
export const damagedLineSchema = z
  .object({ damaged: z.string().min(1), file: fileStampSchema, problem: z.string() })
  .strict();

/** A listed draft whose file was gone at open: taken off the list once. */
export const missingLineSchema = z.object({ missing: draftIdSchema }).strict();

/** A draft disposed of under retention: its file removed after this line, never listed again. */
export const disposedLineSchema = z
  .object({ disposed: draftIdSchema, disposition: z.number().int().min(1) })
  .strict();

export function draftsFolder(dataFolder: string): string {
  return join(dataFolder, DRAFTS_FOLDER);
}

export function draftFileName(id: string): string {
  return `${id}.json`;
}

export function draftFile(dataFolder: string, id: string): string {
  return join(draftsFolder(dataFolder), draftFileName(id));
}

export function stampOf(stats: { size: number; mtimeMs: number }): FileStamp {
  return { size: stats.size, mtimeMs: stats.mtimeMs };
}

export function sameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  return a !== undefined && b !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;
}
