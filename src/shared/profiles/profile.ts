import { z } from 'zod';

/** The roles of SPEC.md "Roles and people"; a profile may hold several. */
export const ROLES = ['drafter', 'moderator', 'administrator', 'approver', 'records'] as const;
export const roleSchema = z.enum(ROLES, { error: () => `A role is one of ${ROLES.join(', ')}` });
export type Role = z.infer<typeof roleSchema>;

export const profileNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the profile a name')
  .max(80, 'A profile name has at most 80 characters');

export const PASSPHRASE_MIN = 10;
export const passphraseSchema = z
  .string()
  .min(PASSPHRASE_MIN, `A passphrase has at least ${PASSPHRASE_MIN} characters`)
  .max(1024, 'A passphrase has at most 1024 characters');

/** What anyone may see of a profile: never its passphrase hash. */
export const profileSchema = z
  .object({
    id: z.uuid(),
    name: profileNameSchema,
    roles: z.array(roleSchema).min(1, 'A profile has at least one role'),
    createdAt: z.iso.datetime(),
    createdBy: z.string(),
    /** A deactivated profile cannot sign in; it is never deleted, since records name it. */
    deactivatedAt: z.iso.datetime().optional(),
    deactivatedBy: z.string().optional(),
    /** Why, as the administrator gave it: the people list shows it beside the date. */
    deactivationReason: z.string().optional(),
  })
  .strict();
export type Profile = z.infer<typeof profileSchema>;

export function hasRole(profile: Profile, role: Role): boolean {
  return profile.roles.includes(role);
}

export function isActive(profile: Profile): boolean {
  return profile.deactivatedAt === undefined;
}
