import { chmod, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { onTestFinished } from 'vitest';

/** A fresh real folder for one test, removed (even if a test made it read-only) when the test ends. */
export async function tempFolder(prefix = 'social-desk-unit-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  onTestFinished(async () => {
    await chmod(folder, 0o700).catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
  });
  return folder;
}

/** A file's bytes, or `undefined` when it does not exist: "absent" is a state worth comparing. */
export async function bytesOf(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Everything on disk in a folder (names and bytes), to prove an operation left it untouched. */
export async function snapshotFolder(folder: string): Promise<Map<string, Buffer | undefined>> {
  const names = (await readdir(folder)).sort();
  const entries = await Promise.all(
    names.map(async (name): Promise<[string, Buffer | undefined]> => [
      name,
      // A folder (or anything unreadable) is recorded by its name alone.
      await bytesOf(join(folder, name)).catch(() => undefined),
    ]),
  );
  return new Map(entries);
}

/** What a folder's entry is recorded as in a tree snapshot: its bytes, or this for a subfolder. */
export const FOLDER = 'folder';

/**
 * Everything under a folder at any depth, by path relative to it: a file's bytes, or FOLDER for a
 * folder. Compare two to prove an operation changed nothing anywhere in a data folder.
 */
export async function snapshotTree(folder: string): Promise<Map<string, Buffer | typeof FOLDER>> {
  const tree = new Map<string, Buffer | typeof FOLDER>();
  async function visit(current: string): Promise<void> {
    const entries = await readdir(current, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        tree.set(relative(folder, path), FOLDER);
        await visit(path);
      } else {
        tree.set(relative(folder, path), await readFile(path));
      }
    }
  }
  await visit(folder);
  return tree;
}

/** Root ignores permission bits, so a read-only folder does not make a write fail there. */
export const RUNNING_AS_ROOT = process.getuid?.() === 0;
