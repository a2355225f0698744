import { z } from 'zod';

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
