import { join } from 'node:path';
import { departmentContacts, departmentSchema } from '../shared/policy/department';
import type { DepartmentContacts } from '../shared/policy/finding';
import { readJsonFile } from './storage/read-json-file';

export const DEPARTMENT_FILE = 'department.json';

/**
 * The department's own contact lines and website, from `department.json` in the data folder (the
 * shape of shared/samples/department.json). Without it nothing is exempt from the scanners.
 */
export async function readDepartment(dataFolder: string): Promise<DepartmentContacts | undefined> {
  const department = await readJsonFile(
    join(dataFolder, DEPARTMENT_FILE),
    departmentSchema,
    'The department file',
    'fix it (see tests/fixtures/samples/department.json for its shape), or move it aside.',
  );
  return department && departmentContacts(department);
}
