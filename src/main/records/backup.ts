import { mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { create, replace } from 'tar';
import { z } from 'zod';
import { APP_VERSION } from '../app-version';
import { verifyJournal } from '../journal/verify';
import { syncFolder } from '../storage/durable-file';
import { fileSha256, listDataFiles } from './data-files';

export const MANIFEST = 'backup-manifest.json';

export const manifestSchema = z
  .object({
    format: z.literal('social-desk-backup'),
    version: z.literal(1),
    createdAt: z.iso.datetime(),
    appVersion: z.string(),
    journal: z.object({ events: z.number().int().min(0), head: z.string() }).strict(),
    files: z.array(
      z.object({ path: z.string(), bytes: z.number().int().min(0), sha256: z.string() }).strict(),
    ),
  })
  .strict();
export type BackupManifest = z.infer<typeof manifestSchema>;

/**
 * Writes the whole data folder to one tar file with a manifest of every file's SHA-256 and the
 * journal's head. The caller holds the writer lock, so nothing changes while it is read.
 */
export async function backupDataFolder(folder: string, out: string): Promise<BackupManifest> {
  const journal = await verifyJournal(folder);
  if (!journal.ok) {
    throw new Error(
      `The journal fails verification at event ${journal.firstBad} (${journal.reason}); a backup would carry the damage. Restore an earlier backup instead.`,
    );
  }
  const paths = await listDataFiles(folder);
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
  const target = resolve(out);
  const partial = `${target}.partial`;
  const staging = await mkdtemp(join(tmpdir(), 'social-desk-backup-'));
  try {
    await writeFile(join(staging, MANIFEST), JSON.stringify(manifest, null, 2));
    // The manifest first: an archive is never empty, even for a data folder with no records yet.
    await create({ file: partial, cwd: staging, portable: true }, [MANIFEST]);
    if (paths.length > 0) {
      await replace({ file: partial, cwd: folder, portable: true, noDirRecurse: true }, paths);
    }
    await rename(partial, target);
    await syncFolder(dirname(target));
  } catch (error) {
    await rm(partial, { force: true });
    throw new Error(
      `The backup ${basename(target)} could not be written: ${(error as Error).message}. Check the target folder's space and permissions.`,
      { cause: error },
    );
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return manifest;
}
