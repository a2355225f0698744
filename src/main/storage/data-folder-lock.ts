import { link, open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { DeskFailure } from '../ipc/desk-failure';

export const LOCK_FILE = 'writer.lock';
/** Held, briefly and exclusively, by whoever is clearing a stale lock. */
const BREAK_FILE = 'writer.lock.break';

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

let attemptCounter = 0;

/**
 * One writer per data folder: the app and every writing CLI command take this lock. The owner is
 * written to a private file first and then hard-linked into place, so `writer.lock` never exists
 * without its owner in it, and two writers can never both hold it.
 */
export async function lockDataFolder(folder: string, command: string): Promise<DataFolderLock> {
  const file = join(folder, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    command,
    since: new Date().toISOString(),
  };
  attemptCounter += 1;
  const mine = join(folder, `.writer.lock.${process.pid}.${attemptCounter}`);
  await writeSynced(mine, JSON.stringify(owner));
  try {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      try {
        await link(mine, file);
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
      await breakStaleLock(folder, file, holder);
    }
  } finally {
    await rm(mine, { force: true });
  }
  throw new DeskFailure(
    'folder-in-use',
    `The data folder ${folder} could not be locked for writing. Try again in a moment.`,
  );
}

/** Only one process clears a stale lock, and only the very lock it judged stale. */
async function breakStaleLock(
  folder: string,
  file: string,
  judged: LockOwner | undefined,
): Promise<void> {
  const breaker = join(folder, BREAK_FILE);
  attemptCounter += 1;
  // Like the lock itself, the breaker file appears whole or not at all (written aside, then linked).
  const mine = join(folder, `.writer.lock.break.${process.pid}.${attemptCounter}`);
  try {
    await writeSynced(mine, JSON.stringify({ pid: process.pid, host: hostname() }));
    await link(mine, breaker);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    const other = await readOwner(breaker);
    if (other && isAlive(other)) {
      await sleep(20);
      return;
    }
    // A breaker that died in its few milliseconds of work: clearing its file automatically could
    // let two processes break one lock, so a person does it, knowing no Social Desk is running.
    throw new DeskFailure(
      'folder-in-use',
      `The data folder ${folder} has a leftover ${BREAK_FILE} from a process that stopped while clearing a stale lock. Make sure no Social Desk app or command is running, delete ${breaker}, then try again.`,
    );
  } finally {
    await rm(mine, { force: true });
  }
  try {
    const now = await readOwner(file);
    const same = now?.pid === judged?.pid && now?.since === judged?.since;
    if (same && !(now && isAlive(now))) await rm(file, { force: true });
  } finally {
    await rm(breaker, { force: true });
  }
}

async function writeSynced(path: string, text: string, flags = 'w'): Promise<void> {
  const handle = await open(path, flags, 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function readOwner(file: string): Promise<LockOwner | undefined> {
  try {
    const parsed = lockOwnerSchema
      .partial({ command: true, since: true })
      .safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed.success) return undefined;
    return { command: 'another process', since: 'unknown', ...parsed.data };
  } catch {
    // Unreadable lock contents come only from outside tampering now: no live writer is named.
    return undefined;
  }
}

/** A lock from another machine (a shared folder) is never presumed stale. */
function isAlive(owner: { pid: number; host: string }): boolean {
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
