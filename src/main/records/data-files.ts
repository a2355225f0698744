import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Header } from 'tar';
import { LOCK_FILE } from '../storage/data-folder-lock';
import { QUARANTINE_FOLDER } from '../storage/document-store';

/** The name of the manifest inside every backup archive, always its first entry. */
export const MANIFEST = 'backup-manifest.json';

/** What a backup holds: the records, not Chromium's caches, the lock, quarantine or temp files. */
const LEFT_OUT_FOLDERS = new Set(['chromium-profile', QUARANTINE_FOLDER]);

/** The lock, a lock being taken (`.writer.lock.PID.N`) or broken (`writer.lock.break`). */
export function isLockName(name: string): boolean {
  return name === LOCK_FILE || /^\.?writer\.lock/.test(name);
}

/**
 * A path a backup may carry and a restore may put back: relative, in `/` form, with no empty,
 * `.` or `..` part, and not one of the things a data folder holds only for the running app.
 * The same rule decides both, so a restore can never bring in what a backup would leave out.
 */
export function isDataFilePath(path: string): boolean {
  if (path.length === 0 || path.length > 1024 || path.includes('\\') || path.includes('\0'))
    return false;
  const parts = path.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..')) return false;
  const [top = ''] = parts;
  if (LEFT_OUT_FOLDERS.has(top) || path === MANIFEST) return false;
  return !parts.some(
    (part) => part.endsWith('.tmp') || part.endsWith('.partial') || isLockName(part),
  );
}

/**
 * Every regular file a backup carries, by relative path in `/` form, sorted. Symbolic links and
 * anything else that is not a plain file or folder are never followed or carried.
 */
export async function listDataFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      const rel = relative(folder, path).split(sep).join('/');
      if (!isDataFilePath(rel)) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) found.push(rel);
    }
  }
  await walk(folder);
  return found.sort();
}

/**
 * Whether a file is a Social Desk backup (a tar whose first entry is the manifest). A backup
 * written inside the data folder must never ride along in the next one: it would double every
 * backup's size and carry old passphrase hashes forward.
 */
export async function isBackupArchive(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const block = Buffer.alloc(512);
    const { bytesRead } = await handle.read(block, 0, 512, 0);
    if (bytesRead < 512) return false;
    const header = new Header(block);
    return header.cksumValid && header.path === MANIFEST;
  } finally {
    await handle.close();
  }
}

export function fileSha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
