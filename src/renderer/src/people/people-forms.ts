import { z } from 'zod';
import { PEOPLE_CHANNELS } from '../../../shared/ipc/channels/people-channels';
import { type Role, ROLES, passphraseSchema } from '../../../shared/profiles/profile';

/** Role names as the screen says them. */
export const ROLE_LABELS = {
  drafter: 'Drafter',
  moderator: 'Moderator',
  administrator: 'Administrator',
  approver: 'Approver',
  records: 'Records',
} as const satisfies Record<Role, string>;

export const ROLE_ORDER: readonly Role[] = ROLES;

/** Roles as a list of words, in the table's order: "Administrator, Drafter". */
export function rolesInWords(roles: readonly Role[]): string {
  return ROLE_ORDER.filter((role) => roles.includes(role))
    .map((role) => ROLE_LABELS[role])
    .join(', ');
}

const sameTwice = {
  path: ['confirmation'],
  message: 'The two passphrases differ',
};

// Typing a passphrase twice catches a slip before it locks a person out.
export const addPersonFormSchema = PEOPLE_CHANNELS['people:add'].request
  .extend({ confirmation: z.string() })
  .refine((form) => form.passphrase === form.confirmation, sameTwice);
export type AddPersonForm = z.input<typeof addPersonFormSchema>;

export const resetPassphraseFormSchema = z
  .object({ passphrase: passphraseSchema, confirmation: z.string() })
  .refine((form) => form.passphrase === form.confirmation, sameTwice);
export type ResetPassphraseForm = z.input<typeof resetPassphraseFormSchema>;

export const rolesFormSchema = PEOPLE_CHANNELS['people:setRoles'].request.pick({ roles: true });
export type RolesForm = z.input<typeof rolesFormSchema>;

export const deactivateFormSchema = PEOPLE_CHANNELS['people:deactivate'].request.pick({
  reason: true,
});
export type DeactivateForm = z.input<typeof deactivateFormSchema>;
