import { readFileSync } from 'node:fs';
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
  /**
   * Which process that pid was: on Linux `linux:<boot id>:<start time in clock ticks>`, from
   * /proc. A pid is reused once its process ends; the pair of boot and start time is not. Absent
   * where there is no cheap way to read it (macOS, Windows) and in locks written before issue 8.
   */
  processStart: z.string().optional(),
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
  const self = processIdentity(process.pid);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    command,
    since: new Date().toISOString(),
    ...(self === undefined ? {} : { processStart: self }),
  };
  attemptCounter += 1;
  const mine = join(folder, `.writer.lock.${process.pid}.${attemptCounter}`);
  await writeSynced(mine, JSON.stringify(owner), folder);
  try {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      try {
        await link(mine, file);
        return { owner, release: () => releaseLock(file, owner) };
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
      }
      const holder = await readOwner(file);
      if (holder) {
        const state = judge(holder);
        if (state === 'running') throw inUse(folder, holder);
        if (state === 'unsure') throw inUseUnsure(folder, file, holder);
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

/**
 * Whether the lock's owner still runs. `stale`: its process has ended, or its pid now belongs to
 * another process (a different start time). `unsure`: a live process has that pid and nothing
 * recorded says whether it is the same one (no start time in the lock, or none readable here).
 */
function judge(owner: LockOwner): 'running' | 'stale' | 'unsure' {
  // A lock from another machine (a shared folder) is never presumed stale.
  if (owner.host !== hostname()) return 'running';
  if (!pidIsLive(owner.pid)) return 'stale';
  if (owner.pid === process.pid)
    return owner.processStart === processIdentity(owner.pid) ? 'running' : 'stale';
  const live = processIdentity(owner.pid);
  if (owner.processStart === undefined || live === undefined) return 'unsure';
  return live === owner.processStart ? 'running' : 'stale';
}

function pidIsLive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

/**
 * On Linux, `linux:<boot id>:<start time>` for a live pid, read from /proc (field 22 of
 * /proc/PID/stat, in clock ticks since boot; the boot id tells one boot from the next, where the
 * boot time in /proc/stat can shift by a second when the clock is adjusted). Undefined elsewhere:
 * macOS and Windows have no cheap way to read a process's start time without running a command.
 */
function processIdentity(pid: number): string | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 is the command name in parentheses and may itself hold spaces or parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const startTicks = fields[22 - 3];
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    if (startTicks === undefined || !/^\d+$/.test(startTicks) || boot === '') return undefined;
    return `linux:${boot}:${startTicks}`;
  } catch {
    return undefined;
  }
}

function inUse(folder: string, holder: LockOwner): DeskFailure {
  return new DeskFailure(
    'folder-in-use',
    `The data folder ${folder} is in use by "${holder.command}" (process ${holder.pid} on ${holder.host}, since ${holder.since}). Close it, then try again.`,
  );
}

/** A live process has the lock's pid, and nothing here can tell whether it is Social Desk. */
function inUseUnsure(folder: string, file: string, holder: LockOwner): DeskFailure {
  const check =
    process.platform === 'win32'
      ? `open Task Manager, Details tab, and find PID ${holder.pid}`
      : `run: ps -p ${holder.pid} -o lstart,command`;
  return new DeskFailure(
    'folder-in-use',
    `The data folder ${folder} is in use by "${holder.command}" (process ${holder.pid} on ${holder.host}, since ${holder.since}), or was: process ${holder.pid} is running, but Social Desk cannot tell on this system whether it is the same program or another one that was given the same number later. To check, ${check}. If that is a Social Desk app or command, close it, then try again. If it is another program, or it started after ${holder.since}, the lock is left over: delete ${file}, then try again.`,
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
    const self = processIdentity(process.pid);
    await writeSynced(
      mine,
      JSON.stringify({
        pid: process.pid,
        host: hostname(),
        ...(self === undefined ? {} : { processStart: self }),
      }),
      folder,
    );
    await link(mine, breaker);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    const other = await readOwner(breaker);
    if (other && judge(other) !== 'stale') {
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
    if (same && !(now && judge(now) !== 'stale')) await rm(file, { force: true });
  } finally {
    await rm(breaker, { force: true });
  }
}

/**
 * Writes a private file whole and synced. On failure it is removed again, so a full disk leaves no
 * `.writer.lock.PID.N` behind, and the person is told the disk is full in words.
 */
async function writeSynced(path: string, text: string, folder: string): Promise<void> {
  try {
    const handle = await open(path, 'w', 0o600);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(path, { force: true }).catch(() => undefined);
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      throw new DeskFailure(
        'write-failed',
        `The data folder ${folder} cannot be opened for writing: the disk is full (there is no room even for its ${LOCK_FILE}). Nothing was changed; free some space on that disk, then try again.`,
      );
    }
    throw error;
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

async function releaseLock(file: string, owner: LockOwner): Promise<void> {
  const holder = await readOwner(file);
  if (holder?.pid === owner.pid && holder.since === owner.since) await rm(file, { force: true });
}
