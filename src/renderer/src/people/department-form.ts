import { z } from 'zod';
import {
  type DepartmentSettings,
  departmentSettingsSchema,
  placeNamesFrom,
  placeNamesSchema,
} from '../../../shared/department/settings';

/**
 * The department form: as the settings, except that the place names are one box, a name a line.
 * Blank lines and repeats are dropped on the way to the settings (a pasted list has them); an
 * empty box saves no list at all, so settings saved before place names existed stay as they were.
 */
export const departmentFormSchema = departmentSettingsSchema.extend({
  placeNames: z.string().transform((text, context) => {
    const { names } = placeNamesFrom(text.split('\n'));
    const checked = placeNamesSchema.safeParse(names);
    if (!checked.success) {
      // Said of the box, naming the line's name: the box is one field, not a list of them.
      for (const issue of checked.error.issues) {
        const at = issue.path[0];
        const name = typeof at === 'number' ? names[at] : undefined;
        const shown = name && name.length > 40 ? `${name.slice(0, 40)}…` : name;
        context.addIssue({
          code: 'custom',
          message: shown ? `“${shown}”: ${issue.message}` : issue.message,
        });
      }
      return z.NEVER;
    }
    return checked.data.length > 0 ? checked.data : undefined;
  }),
});
export type DepartmentFormValues = z.input<typeof departmentFormSchema>;

export const EMPTY_DEPARTMENT_FORM: DepartmentFormValues = {
  name: '',
  website: 'https://',
  contactLines: [],
  placeNames: '',
};

/** Saved settings as the form shows them. */
export function departmentFormValues(settings: DepartmentSettings | null): DepartmentFormValues {
  if (!settings) return EMPTY_DEPARTMENT_FORM;
  return { ...settings, placeNames: (settings.placeNames ?? []).join('\n') };
}

/** "1 place name", "212 place names". */
export function placeNamesInWords(count: number): string {
  return `${count} place name${count === 1 ? '' : 's'}`;
}

/** What an import did, in words, truthfully: what was kept, dropped and skipped. */
export function importedInWords(imported: {
  readonly file: string;
  readonly imported: number;
  readonly duplicates: number;
  readonly blank: number;
  readonly headerSkipped: boolean;
  readonly changed: boolean;
}): string {
  if (!imported.changed) {
    return `${imported.file} holds the same ${placeNamesInWords(imported.imported)} as the saved list: nothing was changed.`;
  }
  const dropped = [
    imported.duplicates > 0
      ? `${imported.duplicates} duplicate${imported.duplicates === 1 ? '' : 's'} dropped`
      : '',
    imported.blank > 0
      ? `${imported.blank} blank line${imported.blank === 1 ? '' : 's'} skipped`
      : '',
    imported.headerSkipped ? 'the header row skipped' : '',
  ].filter(Boolean);
  return `Imported ${placeNamesInWords(imported.imported)} from ${imported.file}${dropped.length ? `; ${dropped.join('; ')}` : ''}. They replace the saved list, and the checklist uses them from now on.`;
}
