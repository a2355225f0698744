import { open, readFile, rename, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { DeskFailure } from '../ipc/desk-failure';

export const LOCK_FILE = 'writer.lock';

const lockOwnerSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  command: z.string(),
  since: z.string(),
});
type LockOwner = z.infer<typeof lockOwnerSchema>;

export interface DataFolderLock {
  readonly owner: LockOwner;
  release(): Promise<void>;
}

/**
 * One writer per data folder: the app and every writing CLI command take this lock. The file is
 * created exclusively (O_EXCL), so two writers can never both believe they hold it.
 */
export async function lockDataFolder(folder: string, command: string): Promise<DataFolderLock> {
  const file = join(folder, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    command,
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(file, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(owner));
        await handle.sync();
      } finally {
        await handle.close();
      }
      return { owner, release: () => releaseLock(file, owner) };
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    }
    const holder = await readOwner(file);
    if (holder && isAlive(holder)) {
      throw new DeskFailure(
        'folder-in-use',
        `The data folder ${folder} is in use by "${holder.command}" (process ${holder.pid} on ${holder.host}, since ${holder.since}). Close it, then try again.`,
      );
    }
    // Stale: its process is gone. Move it aside atomically, so two recoverers cannot both win.
    await rename(file, `${file}.stale-${process.pid}-${attempt}`).catch(() => undefined);
    await rm(`${file}.stale-${process.pid}-${attempt}`, { force: true });
  }
  throw new DeskFailure(
    'folder-in-use',
    `The data folder ${folder} could not be locked for writing. Try again in a moment.`,
  );
}

async function readOwner(file: string): Promise<LockOwner | undefined> {
  try {
    const parsed = lockOwnerSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // A lock file torn by a crash during its own creation holds no live writer.
    return undefined;
  }
}

/** A lock from another machine (a shared folder) is never presumed stale. */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

async function releaseLock(file: string, owner: LockOwner): Promise<void> {
  const holder = await readOwner(file);
  if (holder?.pid === owner.pid && holder.since === owner.since) await rm(file, { force: true });
}
