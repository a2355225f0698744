import { z } from 'zod';
import type { DepartmentContacts } from './finding';

/** A department's own contact lines and site (shared/samples/department.json has this shape). */
export const departmentSchema = z.object({
  department: z.string().min(1),
  website: z.url(),
  contacts: z.record(z.string(), z.string()),
});
export type Department = z.infer<typeof departmentSchema>;

export function departmentContacts(department: Department): DepartmentContacts {
  const values = Object.values(department.contacts);
  return {
    phones: values.filter((value) => !value.includes('@')),
    emails: values.filter((value) => value.includes('@')),
    websites: [department.website],
  };
}
