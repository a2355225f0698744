import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { LOCK_FILE } from '../storage/data-folder-lock';
import { QUARANTINE_FOLDER } from '../storage/document-store';

/** What a backup holds: the records, not Chromium's caches, the lock, quarantine or temp files. */
const LEFT_OUT = new Set([LOCK_FILE, 'chromium-profile', QUARANTINE_FOLDER]);

export async function listDataFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      const rel = relative(folder, path).split(sep).join('/');
      if (LEFT_OUT.has(rel) || entry.name.endsWith('.tmp') || /^\.?writer\.lock/.test(entry.name))
        continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) found.push(rel);
    }
  }
  await walk(folder);
  return found.sort();
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
