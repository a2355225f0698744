import { mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { extract } from 'tar';
import { parseUnknown } from '../../shared/parse';
import { DeskFailure } from '../ipc/desk-failure';
import { verifyJournal } from '../journal/verify';
import { LOCK_FILE } from '../storage/data-folder-lock';
import { syncFolder } from '../storage/durable-file';
import { MANIFEST, type BackupManifest, manifestSchema } from './backup';
import { fileSha256, listDataFiles } from './data-files';

export interface RestoreResult {
  readonly files: number;
  readonly events: number;
  readonly head: string;
  /** Where the data folder's previous contents were moved: nothing is deleted by a restore. */
  readonly previous: string;
}

/**
 * Unpacks a backup beside the data folder, checks every file against the manifest and the journal's
 * chain, and only then swaps it in. A damaged backup is refused and nothing is touched.
 */
export async function restoreDataFolder(folder: string, backup: string): Promise<RestoreResult> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const staging = join(dirname(folder), `.${basename(folder)}.restore-${process.pid}-${stamp}`);
  await mkdir(staging, { recursive: true });
  try {
    const manifest = await unpackAndCheck(backup, staging);
    const previous = join(dirname(folder), `${basename(folder)}.before-restore-${stamp}`);
    await mkdir(previous);
    for (const name of await readdir(folder)) {
      if (name !== LOCK_FILE) await rename(join(folder, name), join(previous, name));
    }
    for (const name of await readdir(staging)) {
      if (name !== MANIFEST) await rename(join(staging, name), join(folder, name));
    }
    await syncFolder(folder);
    await syncFolder(previous);
    return {
      files: manifest.files.length,
      events: manifest.journal.events,
      head: manifest.journal.head,
      previous,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function unpackAndCheck(backup: string, staging: string): Promise<BackupManifest> {
  const refuse = (what: string) =>
    new DeskFailure(
      'invalid-request',
      `The backup ${backup} is damaged or not a Social Desk backup: ${what}. Nothing was changed.`,
    );
  try {
    await extract({ file: backup, cwd: staging, strict: true });
  } catch (error) {
    throw refuse(`it cannot be unpacked (${(error as Error).message})`);
  }
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(await readFile(join(staging, MANIFEST), 'utf8'));
  } catch {
    throw refuse(`it has no readable ${MANIFEST}`);
  }
  const parsed = parseUnknown(manifestSchema, manifestJson, 'The manifest');
  if (!parsed.ok) throw refuse(parsed.error.message);
  const manifest = parsed.value;
  const listed = new Set(manifest.files.map((file) => file.path));
  const present = await listDataFiles(staging);
  for (const path of present) {
    if (path !== MANIFEST && !listed.has(path)) throw refuse(`${path} is not in its manifest`);
  }
  for (const file of manifest.files) {
    if (!present.includes(file.path)) throw refuse(`${file.path} is missing`);
    if ((await fileSha256(join(staging, file.path))) !== file.sha256)
      throw refuse(`${file.path} does not match its SHA-256`);
  }
  const journal = await verifyJournal(staging, {
    seq: manifest.journal.events,
    hash: manifest.journal.head,
  });
  if (!journal.ok)
    throw refuse(`its journal fails verification at event ${journal.firstBad} (${journal.reason})`);
  return manifest;
}
