import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseUnknown } from '../shared/parse';
import { departmentContacts, departmentSchema } from '../shared/policy/department';
import type { DepartmentContacts } from '../shared/policy/finding';
import { DeskFailure } from './ipc/desk-failure';

export const DEPARTMENT_FILE = 'department.json';

/**
 * The department's own contact lines and website, from `department.json` in the data folder (the
 * shape of shared/samples/department.json). Without it nothing is exempt from the scanners.
 */
export async function readDepartment(dataFolder: string): Promise<DepartmentContacts | undefined> {
  const file = join(dataFolder, DEPARTMENT_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DeskFailure(
      'store-damaged',
      `${file} is not valid JSON (${(error as Error).message}). Fix it, or move it aside.`,
    );
  }
  const parsed = parseUnknown(departmentSchema, json, `The department file ${file}`);
  if (!parsed.ok) throw new DeskFailure('store-damaged', parsed.error.message);
  return departmentContacts(parsed.value);
}
