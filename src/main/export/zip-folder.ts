import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { ZipFile } from 'yazl';
import { syncFolder } from '../storage/durable-file';
import { writeFully } from '../storage/write-fully';

/** Every file under `folder`, sorted, so the zip's order is the same for the same folder. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Zips `folder` into `temporary`, its entries under `name/`, streaming (no file is held whole in
 * memory), every chunk written fully and the file fsynced. The caller renames it into place.
 */
export async function zipFolder(
  folder: string,
  name: string,
  temporary: string,
  signal: AbortSignal | undefined,
): Promise<void> {
  const zip = new ZipFile();
  for (const file of await filesUnder(folder)) {
    zip.addFile(join(folder, ...file.split('/')), `${name}/${file}`);
  }
  zip.end();
  const handle = await open(temporary, 'wx', 0o600);
  try {
    for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) {
      signal?.throwIfAborted();
      await writeFully(handle, chunk);
    }
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
}

/** Renames a finished file or folder into place and fsyncs the folder holding it. */
export async function moveIntoPlace(from: string, to: string): Promise<void> {
  await rename(from, to);
  await syncFolder(dirname(to));
}

export const zipNameOf = (folder: string) => `${basename(folder)}.zip`;
