import { constants } from 'node:fs';
import { chmod, copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export const QUARANTINE_FOLDER = 'quarantine';

/** A name in the quarantine folder: when it was kept, then what it was. */
export function quarantinePath(dataFolder: string, name: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return join(dataFolder, QUARANTINE_FOLDER, `${stamp}-${name}`);
}

/**
 * Keeps a copy of a damaged file for whoever repairs it; the file itself is left where it is. The
 * copy is private (it may hold passphrase hashes) and never replaces another copy. A failure (a
 * full disk) is returned in words, never thrown: the damage is reported either way.
 */
export async function keepQuarantineCopy(
  dataFolder: string,
  file: string,
  name: string,
): Promise<{ readonly copy: string } | { readonly failed: string }> {
  const copy = quarantinePath(dataFolder, name);
  try {
    await mkdir(join(dataFolder, QUARANTINE_FOLDER), { recursive: true, mode: 0o700 });
    await copyFile(file, copy, constants.COPYFILE_EXCL);
    await chmod(copy, 0o600);
    return { copy };
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}
