import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type DepartmentSettings,
  departmentSettingsSchema,
  settingsFromDepartmentFile,
} from '../shared/department/settings';
import { parseUnknown } from '../shared/parse';
import { type Department, departmentContacts, departmentSchema } from '../shared/policy/department';
import type { DepartmentContacts } from '../shared/policy/finding';
import { DeskFailure } from './ipc/desk-failure';

export const DEPARTMENT_FILE = 'department.json';

/** What a hand-placed department.json holds, read fresh each time it is asked for. */
export type DepartmentFileState =
  | { readonly kind: 'absent'; readonly file: string }
  | {
      readonly kind: 'read';
      readonly file: string;
      readonly department: Department;
      /** The SHA-256 of its bytes: an import records it, so the same file is not offered again. */
      readonly sha256: string;
      /** The file as settings, or why it cannot become settings (a label too long, http://...). */
      readonly settings: { ok: true; value: DepartmentSettings } | { ok: false; reason: string };
    }
  | { readonly kind: 'damaged'; readonly file: string; readonly failure: DeskFailure };

/**
 * Reads department.json (the shape of tests/fixtures/samples/department.json) without ever
 * writing it: a damaged file is reported, named, and left as it is.
 */
export async function readDepartmentFile(dataFolder: string): Promise<DepartmentFileState> {
  const file = join(dataFolder, DEPARTMENT_FILE);
  const damaged = (detail: string): DepartmentFileState => ({
    kind: 'damaged',
    file,
    failure: new DeskFailure(
      'store-damaged',
      `The department file ${file} cannot be read (${detail}). Nothing was changed: fix it (see tests/fixtures/samples/department.json for its shape), or move it aside.`,
    ),
  });
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { kind: 'absent', file };
    return damaged((error as Error).message);
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    return damaged((error as Error).message);
  }
  const parsed = parseUnknown(departmentSchema, json, `The department file ${file}`);
  if (!parsed.ok) return damaged(parsed.error.message);
  const settings = parseUnknown(
    departmentSettingsSchema,
    settingsFromDepartmentFile(parsed.value),
    `The department file ${file}, as settings,`,
  );
  return {
    kind: 'read',
    file,
    department: parsed.value,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    settings: settings.ok
      ? { ok: true, value: settings.value }
      : { ok: false, reason: settings.error.message },
  };
}

/**
 * The department's own contact lines and website from department.json alone (the way before the
 * department settings existed). Without it nothing is exempt from the scanners.
 */
export async function readDepartment(dataFolder: string): Promise<DepartmentContacts | undefined> {
  const state = await readDepartmentFile(dataFolder);
  switch (state.kind) {
    case 'absent':
      return undefined;
    case 'damaged':
      throw state.failure;
    case 'read':
      return departmentContacts(state.department);
    default:
      return unreachable(state);
  }
}

function unreachable(state: never): never {
  throw new Error(`Unknown department file state ${JSON.stringify(state)}`);
}
