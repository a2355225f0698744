import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { parseUnknown } from '../../shared/parse';
import { DeskFailure } from '../ipc/desk-failure';

/**
 * Reads a JSON file and validates it: undefined when the file does not exist; anything else that
 * is wrong (unreadable, not JSON, failing its schema) is a store-damaged failure naming the file.
 */
export async function readJsonFile<T extends z.ZodType>(
  file: string,
  schema: T,
  what: string,
  remedy: string,
): Promise<z.output<T> | undefined> {
  const damaged = (detail: string) =>
    new DeskFailure(
      'store-damaged',
      `${what} ${file} cannot be read (${detail}). Nothing was changed: ${remedy}`,
    );
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw damaged((error as Error).message);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw damaged((error as Error).message);
  }
  const parsed = parseUnknown(schema, json, `${what} ${file}`);
  if (!parsed.ok) throw damaged(parsed.error.message);
  return parsed.value;
}
