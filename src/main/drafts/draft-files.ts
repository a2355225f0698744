import { join } from 'node:path';
import { z } from 'zod';
import { draftSchema, draftSummarySchema } from '../../shared/drafts/draft';

/**
 * Drafts are partitioned so a save never rewrites the department's history: one file per draft
 * (with its revisions) and an append-only index of summaries for the list.
 */
export const DRAFTS_FOLDER = 'drafts';
export const DRAFT_INDEX = 'index.jsonl';
/** The single-file layout of schema version 1, migrated on first open. */
export const LEGACY_DRAFTS_FILE = 'drafts.json';
export const DRAFT_SCHEMA_VERSION = 2;

export const draftFileSchema = z
  .object({ schemaVersion: z.literal(DRAFT_SCHEMA_VERSION), draft: draftSchema })
  .strict();

export const indexLineSchema = draftSummarySchema;

export function draftsFolder(dataFolder: string): string {
  return join(dataFolder, DRAFTS_FOLDER);
}

export function draftFile(dataFolder: string, id: string): string {
  return join(draftsFolder(dataFolder), `${id}.json`);
}
