import { join } from 'node:path';
import { z } from 'zod';
import { profileSchema } from '../../shared/profiles/profile';
import { type DocumentOpenOptions, DocumentStore } from '../storage/document-store';
import { passphraseHashSchema } from './passphrase';

export const PROFILES_FILE = 'profiles.json';

export const storedProfileSchema = profileSchema
  .extend({
    passphrase: passphraseHashSchema,
    /** Consecutive wrong passphrases: each one makes the next sign-in wait longer. */
    failedSignIns: z.number().int().min(0),
    lastFailedAt: z.iso.datetime().optional(),
  })
  .strict();
export type StoredProfile = z.infer<typeof storedProfileSchema>;

const profilesFileSchema = z
  .object({ schemaVersion: z.literal(1), profiles: z.array(storedProfileSchema) })
  .strict();
export type ProfilesFile = z.infer<typeof profilesFileSchema>;

export function openProfileStore(
  dataFolder: string,
  options: DocumentOpenOptions = {},
): Promise<DocumentStore<ProfilesFile>> {
  return DocumentStore.open(
    dataFolder,
    {
      what: 'the profiles store',
      file: join(dataFolder, PROFILES_FILE),
      schema: profilesFileSchema,
      empty: () => ({ schemaVersion: 1, profiles: [] }),
      migrations: [],
    },
    options,
  );
}
