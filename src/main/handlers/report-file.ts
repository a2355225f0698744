import { lstat, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DeskFailure } from '../ipc/desk-failure';
import { WrittenNotConfirmed, writeFileDurably } from '../storage/durable-file';

/** Links followed this many times at most, as the kernel's own limit for one path (ELOOP). */
const MOST_LINKS_FOLLOWED = 40;

/**
 * Where a chosen report file would really land (its folder's real path, a link at its name
 * followed), or why it cannot go there. A report written into the data folder could replace a
 * store or a journal segment behind the writer lock and the journal's stamps, so such a place is
 * refused before any byte is written, as packets are.
 */
export async function reportPlace(
  file: string,
  dataFolder: string,
): Promise<{ place: string } | { refused: string }> {
  let place = resolve(file);
  for (let followed = 0; ; followed += 1) {
    const folder = await realpath(dirname(place)).catch(() => undefined);
    if (folder === undefined || !(await stat(folder)).isDirectory()) {
      return {
        refused: `${file} is in a folder that does not exist (${dirname(place)}), so nothing was written. Create the folder first, or choose another.`,
      };
    }
    place = join(folder, basename(place));
    const entry = await lstat(place).catch(() => undefined);
    if (!entry?.isSymbolicLink()) break;
    if (followed === MOST_LINKS_FOLLOWED) {
      return { refused: `${file} is a chain of links that never ends, so nothing was written.` };
    }
    place = resolve(folder, await readlink(place));
  }
  const data = await realpath(dataFolder);
  const fromData = relative(data, place);
  if (
    fromData === '' ||
    (fromData !== '..' && !fromData.startsWith(`..${sep}`) && !isAbsolute(fromData))
  ) {
    return {
      refused: `${file} is inside the data folder ${data}${place === resolve(file) ? '' : ` (it leads to ${place})`}, so nothing was written: a report there could replace the records themselves. Choose a place outside the data folder.`,
    };
  }
  if ((await stat(place).catch(() => undefined))?.isDirectory()) {
    return {
      refused: `${file} is a folder, so nothing was written. Name a file in it instead (for example consistency-report.html).`,
    };
  }
  return { place };
}

/**
 * Writes the report where the person chose, durably (a temporary file synced, renamed over, the
 * folder synced); a failure says what happened to the file.
 */
export async function saveReport(
  file: string,
  dataFolder: string,
  content: string,
): Promise<string> {
  const where = await reportPlace(file, dataFolder);
  if ('refused' in where) throw new DeskFailure('invalid-request', where.refused);
  try {
    await writeFileDurably(where.place, content);
  } catch (error) {
    if (error instanceof WrittenNotConfirmed) {
      throw new DeskFailure(
        'write-failed',
        `${error.message}: the report is in ${file}, but save it again to be sure it is kept.`,
      );
    }
    throw new DeskFailure(
      'write-failed',
      `The report could not be saved as ${file}: ${whyNot(error)}. Nothing was written there; choose another place (or free some space) and save again.`,
    );
  }
  return file;
}

function whyNot(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return 'no permission to write there';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'its folder does not exist';
  return error instanceof Error ? error.message : String(error);
}
