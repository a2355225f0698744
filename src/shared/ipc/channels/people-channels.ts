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

/** An imported file of place names: how many were kept and dropped, and the settings after it. */
export const placeNamesImportSchema = z
  .object({
    view: settingsViewSchema,
    /** The file's name as chosen (its path stays in the main process). */
    file: z.string(),
    imported: z.number().int().min(0),
    /** The same name again, letter case aside: kept once. */
    duplicates: z.number().int().min(0),
    blank: z.number().int().min(0),
    /** A first line such as "name" or "street" was the column's name, not a place. */
    headerSkipped: z.boolean(),
    /** False when the saved list was already exactly this one (nothing was written). */
    changed: z.boolean(),
  })
  .strict();
export type PlaceNamesImport = z.infer<typeof placeNamesImportSchema>;

export const PEOPLE_CHANNELS = {
  'settings:get': { request: noRequest, response: settingsViewSchema },
  'settings:save': { request: departmentSettingsSchema, response: settingsViewSchema },
  'settings:importDepartmentFile': { request: noRequest, response: settingsViewSchema },
  // The file is chosen in the main process's dialog: null when the person cancels it.
  'settings:importPlaceNames': { request: noRequest, response: placeNamesImportSchema.nullable() },
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
