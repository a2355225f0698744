import { copyFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { type Draft, draftSchema, revisionSchema } from '../../shared/drafts/draft';
import { parseUnknown } from '../../shared/parse';
import { DeskFailure } from '../ipc/desk-failure';
import { LEGACY_DRAFTS_FILE } from './draft-files';

/** Schema version 1 (issue 2's layout): every draft in one drafts.json, revisions without author. */
const legacyRevisionSchema = revisionSchema.omit({ savedBy: true });
const legacyFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    drafts: z.array(
      draftSchema.extend({ revisions: z.array(legacyRevisionSchema).min(1) }).strict(),
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
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw new DeskFailure(
      'store-damaged',
      `The drafts store ${file} cannot be read (${(error as Error).message}). Nothing was changed: restore it from a backup, or move it aside.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DeskFailure(
      'store-damaged',
      `The drafts store ${file} cannot be read (${(error as Error).message}). Nothing was changed: restore it from a backup, or move it aside.`,
    );
  }
  const parsed = parseUnknown(legacyFileSchema, json, `The drafts store ${file}`);
  if (!parsed.ok)
    throw new DeskFailure(
      'store-damaged',
      `${parsed.error.message}\nNothing was changed: restore it from a backup, or move it aside.`,
    );
  if (options.keepCopy) await copyFile(file, `${file}.v1.bak`);
  return {
    drafts: parsed.value.drafts.map((draft): Draft => ({
      ...draft,
      revisions: draft.revisions.map((revision) => ({ ...revision, savedBy: BEFORE_PROFILES })),
    })),
    retire: () => rm(file),
  };
}
