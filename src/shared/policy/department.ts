import { z } from 'zod';
import { pageRequestSchema } from '../pages/page';
import type { DepartmentContacts } from './finding';

/** A department's own contact lines and site (shared/samples/department.json has this shape). */
export const departmentSchema = z.object({
  department: z.string().min(1),
  website: z.url(),
  contacts: z.record(z.string(), z.string()),
  /** The department's pages, by the names a draft file's `pages` may use. */
  pages: z.array(pageRequestSchema).optional(),
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
