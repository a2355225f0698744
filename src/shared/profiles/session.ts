import { z } from 'zod';
import { passphraseSchema, profileNameSchema, profileSchema } from './profile';

export const sessionStatusSchema = z
  .object({
    /** False only on the very first start, when the first administrator must be created. */
    profilesExist: z.boolean(),
    signedIn: profileSchema.nullable(),
    profileNames: z.array(z.string()),
  })
  .strict();
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const signInRequestSchema = z
  .object({ name: profileNameSchema, passphrase: z.string().min(1, 'Enter your passphrase') })
  .strict();

export const firstAdministratorRequestSchema = z
  .object({ name: profileNameSchema, passphrase: passphraseSchema })
  .strict();
