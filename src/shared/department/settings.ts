import { z } from 'zod';
import type { DepartmentContacts } from '../policy/finding';

export const CONTACT_LINES_MAX = 20;

/** One contact line the department publishes: a phone number or an email address, labelled. */
export const contactLineSchema = z
  .object({
    label: z.string().trim().min(1, 'Label the line (front desk, non-emergency, …)').max(80),
    value: z.string().trim().min(3, 'Give the number or address').max(200),
  })
  .strict();

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
  };
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
