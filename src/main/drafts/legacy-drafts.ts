import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  type Draft,
  draftObjectSchema,
  revisionSchema,
  withLegacySubmissions,
} from '../../shared/drafts/draft';
import { readJsonFile } from '../storage/read-json-file';
import { LEGACY_DRAFTS_FILE } from './draft-files';

/** Schema version 1 (issue 2's layout): every draft in one drafts.json, revisions without author. */
const legacyRevisionSchema = revisionSchema.omit({ savedBy: true });
const legacyFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    drafts: z.array(
      z.preprocess(
        withLegacySubmissions,
        draftObjectSchema.extend({ revisions: z.array(legacyRevisionSchema).min(1) }).strict(),
      ),
    ),
  })
  .strict();

export const BEFORE_PROFILES = 'before-profiles';

/**
 * Reads a version-1 drafts.json for migration, keeping a copy of it as drafts.json.v1.bak first.
 * Returns undefined when there is none. The caller writes the new layout, then calls `retire`.
 */
export async function readLegacyDrafts(dataFolder: string, options = { keepCopy: true }) {
  const file = join(dataFolder, LEGACY_DRAFTS_FILE);
  const legacy = await readJsonFile(
    file,
    legacyFileSchema,
    'The drafts store',
    'restore it from a backup, or move it aside.',
  );
  if (legacy === undefined) return undefined;
  if (options.keepCopy) await copyFile(file, `${file}.v1.bak`);
  return {
    drafts: legacy.drafts.map((draft): Draft => ({
      ...draft,
      revisions: draft.revisions.map((revision) => ({ ...revision, savedBy: BEFORE_PROFILES })),
    })),
    retire: () => rm(file),
  };
}
