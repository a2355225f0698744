import { z } from 'zod';
import type { DepartmentContacts } from '../policy/finding';

export const CONTACT_LINES_MAX = 20;
/** Enough for every street and park of a large city; a list this long still matches fast. */
export const PLACE_NAMES_MAX = 5_000;
export const PLACE_NAME_LENGTH_MAX = 100;

/** One contact line the department publishes: a phone number or an email address, labelled. */
export const contactLineSchema = z
  .object({
    label: z.string().trim().min(1, 'Label the line (front desk, non-emergency, …)').max(80),
    value: z.string().trim().min(3, 'Give the number or address').max(200),
  })
  .strict();

/** One street or place name: one line, as a person would write it on a sign. */
export const placeNameSchema = z
  .string()
  .trim()
  .min(1, 'A place name is empty: remove the blank line')
  .max(PLACE_NAME_LENGTH_MAX, `A place name is at most ${PLACE_NAME_LENGTH_MAX} characters`)
  .regex(/^[^\p{Cc}]*$/u, 'A place name is one line, without tabs or control characters')
  .regex(/[\p{L}\p{N}]/u, 'A place name has letters or digits');

/** The department's street and place names: the obscenity check never flags them (Hooker Ave). */
export const placeNamesSchema = z
  .array(placeNameSchema)
  .max(PLACE_NAMES_MAX, `At most ${PLACE_NAMES_MAX} place names`)
  .refine(
    (names) => new Set(names.map((name) => name.toLowerCase())).size === names.length,
    'A place name is listed twice: keep it once',
  );

/**
 * The department as the app knows it: its name, website and contact lines. The scanners never
 * flag these as personal data; intro statements must carry a contact line (III.B.3.b).
 */
export const departmentSettingsSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the department’s name').max(200),
    website: z.url({ protocol: /^https?$/, error: 'The website starts with https://' }),
    contactLines: z
      .array(contactLineSchema)
      .max(CONTACT_LINES_MAX, `At most ${CONTACT_LINES_MAX} contact lines`),
    /** Optional: settings saved before place names existed load as they are. */
    placeNames: placeNamesSchema.optional(),
  })
  .strict();
export type DepartmentSettings = z.infer<typeof departmentSettingsSchema>;

/**
 * The department's own lines as the scanners take them: a value with an @ is an email address,
 * any other a phone number (as department.json's contacts have always been read).
 */
export function settingsContacts(settings: DepartmentSettings): DepartmentContacts {
  const values = settings.contactLines.map((line) => line.value);
  return {
    phones: values.filter((value) => !value.includes('@')),
    emails: values.filter((value) => value.includes('@')),
    websites: [settings.website],
    ...(settings.placeNames?.length ? { placeNames: settings.placeNames } : {}),
  };
}

/** A list of place names as read from lines or a file's column, with what was dropped. */
export interface PlaceNameLines {
  readonly names: readonly string[];
  /** The same name again (letter case aside): kept once. */
  readonly duplicates: number;
  readonly blank: number;
}

/**
 * Names one per entry, trimmed, blank ones and repeats (letter case aside) dropped, in their
 * order: how the editor's box and an imported file become the list.
 */
export function placeNamesFrom(entries: Iterable<string>): PlaceNameLines {
  const names: string[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  let blank = 0;
  for (const entry of entries) {
    const name = entry.trim().replace(/\s+/g, ' ');
    if (name === '') {
      blank += 1;
      continue;
    }
    const key = name.toLowerCase();
    if (seen.has(key)) {
      duplicates += 1;
      continue;
    }
    seen.add(key);
    names.push(name);
  }
  return { names, duplicates, blank };
}

/** "nonEmergency" → "Non emergency": department.json names its lines as keys, a person reads labels. */
export function contactLabel(key: string): string {
  const words = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * What a hand-placed department.json holds, as settings (not yet checked against the settings'
 * own limits: the caller parses it, so a file that does not fit is named with the reason).
 */
export function settingsFromDepartmentFile(department: {
  readonly department: string;
  readonly website: string;
  readonly contacts: Readonly<Record<string, string>>;
}): DepartmentSettings {
  return {
    name: department.department,
    website: department.website,
    contactLines: Object.entries(department.contacts).map(([key, value]) => ({
      label: contactLabel(key),
      value,
    })),
  };
}
