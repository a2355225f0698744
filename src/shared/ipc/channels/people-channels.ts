import { z } from 'zod';
import { departmentSettingsSchema } from '../../department/settings';
import {
  passphraseSchema,
  profileNameSchema,
  profileSchema,
  roleSchema,
} from '../../profiles/profile';
import { REASON_MAX } from '../../workflow/workflow';

const noRequest = z.object({}).strict();
const roles = z
  .array(roleSchema)
  .min(1, 'Give the person at least one role')
  .refine((r) => new Set(r).size === r.length, 'A role is listed once');

export const settingsViewSchema = z
  .object({
    settings: departmentSettingsSchema.nullable(),
    /** A hand-placed department.json found in the data folder and not yet imported. */
    departmentFile: z
      .object({ file: z.string(), settings: departmentSettingsSchema })
      .strict()
      .nullable(),
    /** A department.json that is damaged or cannot become settings, named with the reason. */
    departmentFileProblem: z.string().nullable(),
  })
  .strict();
export type SettingsView = z.infer<typeof settingsViewSchema>;

export const PEOPLE_CHANNELS = {
  'settings:get': { request: noRequest, response: settingsViewSchema },
  'settings:save': { request: departmentSettingsSchema, response: settingsViewSchema },
  'settings:importDepartmentFile': { request: noRequest, response: settingsViewSchema },
  'people:list': { request: noRequest, response: z.array(profileSchema) },
  'people:add': {
    request: z.object({ name: profileNameSchema, roles, passphrase: passphraseSchema }).strict(),
    response: profileSchema,
  },
  'people:setRoles': {
    request: z.object({ id: z.uuid(), roles }).strict(),
    response: profileSchema,
  },
  'people:resetPassphrase': {
    request: z.object({ id: z.uuid(), passphrase: passphraseSchema }).strict(),
    response: profileSchema,
  },
  'people:deactivate': {
    request: z
      .object({
        id: z.uuid(),
        reason: z.string().trim().min(3, 'Say why (left the unit, on leave, …)').max(REASON_MAX),
      })
      .strict(),
    response: profileSchema,
  },
  'people:reactivate': {
    request: z.object({ id: z.uuid() }).strict(),
    response: profileSchema,
  },
} as const;
