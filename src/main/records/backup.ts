import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Header, create } from 'tar';
import { z } from 'zod';
import { APP_VERSION } from '../app-version';
import { DeskFailure } from '../ipc/desk-failure';
import { Journal } from '../journal/journal';
import { verifyJournal } from '../journal/verify';
import { syncFolder } from '../storage/durable-file';
import { describeWriteError } from '../storage/write-error';
import { type WrittenArchive, writeArchiveFile } from './archive-file';
import { MANIFEST, fileSha256, isBackupArchive, listDataFiles } from './data-files';

export { MANIFEST } from './data-files';

export const BACKUP_EVENT = 'records.backup';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z
  .object({
    format: z.literal('social-desk-backup'),
    version: z.literal(1),
    createdAt: z.iso.datetime(),
    appVersion: z.string(),
    journal: z.object({ events: z.number().int().min(0), head: sha256Hex }).strict(),
    files: z.array(
      z.object({ path: z.string(), bytes: z.number().int().min(0), sha256: sha256Hex }).strict(),
    ),
  })
  .strict();
export type BackupManifest = z.infer<typeof manifestSchema>;

export interface BackupResult {
  readonly manifest: BackupManifest;
  /** The SHA-256 of the whole archive file, as recorded in the journal. */
  readonly sha256: string;
  /** The `records.backup` event that records it. */
  readonly event: { readonly seq: number };
  /** Files in the data folder a backup never carries because they are backups themselves. */
  readonly leftOut: readonly string[];
}

export interface BackupOptions {
  /** Who takes the backup: recorded in the journal, as every change to the records is. */
  readonly by: { readonly id: string };
}

/**
 * Writes the whole data folder to one tar file (readable by its owner only) with a manifest of
 * every file's SHA-256 and the journal's head, then records the backup as a chained event. The
 * caller holds the writer lock, so nothing changes while it is read.
 */
export async function backupDataFolder(
  folder: string,
  out: string,
  options: BackupOptions,
): Promise<BackupResult> {
  const journal = await verifyJournal(folder);
  if (!journal.ok) {
    throw new DeskFailure(
      'journal-damaged',
      `The journal fails verification at event ${journal.firstBad} (${journal.reason}); a backup would carry the damage. Nothing was changed. Restore an earlier backup instead.`,
    );
  }
  const target = resolve(out);
  const partial = `${target}.partial`;
  const { paths, leftOut } = await filesToCarry(folder, target);
  const files = await Promise.all(
    paths.map(async (path) => {
      const file = join(folder, path);
      return { path, bytes: (await stat(file)).size, sha256: await fileSha256(file) };
    }),
  );
  const manifest: BackupManifest = {
    format: 'social-desk-backup',
    version: 1,
    createdAt: new Date().toISOString(),
    appVersion: APP_VERSION,
    journal: { events: journal.events, head: journal.head },
    files,
  };
  let written: WrittenArchive;
  try {
    written = await writeArchiveFile(partial, archiveBytes(folder, manifest, paths));
  } catch (error) {
    throw new DeskFailure('write-failed', describeWriteError('The backup', target, error));
  }
  let seq: number;
  try {
    seq = await recordBackup(folder, options.by.id, {
      sha256: written.sha256,
      bytes: written.bytes,
      file: basename(target),
      files: files.length,
      journal: manifest.journal,
    });
  } catch (error) {
    await rm(partial, { force: true });
    const detail = error instanceof Error ? error.message : String(error);
    throw new DeskFailure(
      'write-failed',
      `The backup ${target} was not kept: recording it in the journal failed (${detail})`,
    );
  }
  try {
    await rename(partial, target);
    await syncFolder(dirname(target));
  } catch (error) {
    await rm(partial, { force: true });
    const detail = error instanceof Error ? error.message : String(error);
    throw new DeskFailure(
      'write-failed',
      `The backup could not be put in place at ${target} (${detail}), though journal event ${seq} records it. Check the target folder, then take the backup again.`,
    );
  }
  return { manifest, sha256: written.sha256, event: { seq }, leftOut };
}

/**
 * The data files, less the archive being written, any leftover `.partial`, and earlier backups
 * written into the data folder: a backup never contains a backup.
 */
async function filesToCarry(
  folder: string,
  target: string,
): Promise<{ paths: string[]; leftOut: string[] }> {
  const inside = relative(folder, target).split(sep).join('/');
  const paths: string[] = [];
  const leftOut: string[] = [];
  for (const path of await listDataFiles(folder)) {
    if (path === inside || (await isBackupArchive(join(folder, path)))) leftOut.push(path);
    else paths.push(path);
  }
  return { paths, leftOut };
}

async function* archiveBytes(
  folder: string,
  manifest: BackupManifest,
  paths: readonly string[],
): AsyncGenerator<Uint8Array> {
  // The manifest first, so a backup is recognised by its first block, and is never empty.
  const body = Buffer.from(JSON.stringify(manifest, null, 2), 'utf8');
  const header = new Header({
    path: MANIFEST,
    mode: 0o600,
    size: body.length,
    mtime: new Date(manifest.createdAt),
    type: 'File',
    uid: 0,
    gid: 0,
  });
  const block = Buffer.alloc(512);
  header.encode(block, 0);
  yield block;
  yield body;
  yield Buffer.alloc((512 - (body.length % 512)) % 512);
  if (paths.length === 0) {
    // The end-of-archive marker: two zero blocks.
    yield Buffer.alloc(1024);
    return;
  }
  const pack = create(
    { cwd: folder, portable: true, noDirRecurse: true, linkCache: new NoLinks() },
    [...paths],
  );
  for await (const chunk of pack) yield chunk;
}

/**
 * Tar writes a file whose inode it has seen before as a hard link; a restore refuses every link,
 * so every data file goes in as a regular file, whatever links the folder may hold.
 */
class NoLinks extends Map<`${number}:${number}`, string> {
  override set(): this {
    return this;
  }
}

async function recordBackup(
  folder: string,
  by: string,
  payload: Readonly<Record<string, unknown>>,
): Promise<number> {
  const { journal } = await Journal.open(folder);
  try {
    const [header] = await journal.append([{ type: BACKUP_EVENT, by, payload }]);
    if (!header) throw new Error('the journal acknowledged no event');
    return header.seq;
  } finally {
    await journal.close();
  }
}
