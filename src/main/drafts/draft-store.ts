import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { join } from 'node:path';
import { z } from 'zod';
import { draftSchema } from '../../shared/drafts/draft';
import { parseUnknown } from '../../shared/parse';
import { DeskFailure } from '../ipc/desk-failure';

export const DRAFTS_FILE = 'drafts.json';

const draftsFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    drafts: z.array(draftSchema),
  })
  .strict();
export type DraftsFile = z.infer<typeof draftsFileSchema>;

/**
 * The drafts store: one lowdb JSON file in the data folder. It is read once, validated, and never
 * written while it is damaged, so a bad file is reported rather than replaced by an empty one.
 */
export async function openDraftStore(dataFolder: string): Promise<Low<DraftsFile>> {
  const file = join(dataFolder, DRAFTS_FILE);
  const empty: DraftsFile = { schemaVersion: 1, drafts: [] };
  const raw = new Low<unknown>(new JSONFile<unknown>(file), empty);
  try {
    await raw.read();
  } catch (error) {
    throw damaged(file, error instanceof Error ? error.message : String(error));
  }
  const parsed = parseUnknown(draftsFileSchema, raw.data, 'The drafts store');
  if (!parsed.ok) throw damaged(file, parsed.error.message);
  const store = new Low<DraftsFile>(new JSONFile<DraftsFile>(file), empty);
  store.data = parsed.value;
  return store;
}

function damaged(file: string, detail: string): DeskFailure {
  return new DeskFailure(
    'store-damaged',
    `The drafts store ${file} cannot be read (${detail}). Nothing was changed: restore the file from a backup, or move it aside to start with an empty store.`,
  );
}
