import { lstat, readFile, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { parseUnknown } from '../../shared/parse';
import { DeskFailure } from '../ipc/desk-failure';
import { Journal } from '../journal/journal';
import { LOCK_FILE, lockDataFolder } from '../storage/data-folder-lock';
import { syncFolder, writeFileDurably } from '../storage/durable-file';

export const RESTORE_EVENT = 'records.restore';

/**
 * The steps of a restore, in order, as the intent record names them. Before `swapped` an
 * interruption is rolled back (the old records return); from `swapped` on it is finished.
 */
export type RestoreStep = 'unpacking' | 'moving' | 'swapped';

const plainName = z
  .string()
  .min(1)
  .refine((name) => !name.includes('/') && !name.includes('\\') && name !== '.' && name !== '..');
const head = z.object({ events: z.number().int().min(0), head: z.string() }).strict();

const restoreRecordSchema = z
  .object({
    by: z.string().min(1),
    backup: z.string(),
    sha256: z.string(),
    before: head.extend({ verified: z.boolean(), damage: z.string().optional() }).strict(),
    after: head,
    setAside: z.object({ events: z.number().int().min(0), folder: z.string() }).strict(),
  })
  .strict();
export type RestoreRecord = z.infer<typeof restoreRecordSchema>;

const intentSchema = z
  .object({
    format: z.literal('social-desk-restore-intent'),
    version: z.literal(1),
    step: z.enum(['unpacking', 'moving', 'swapped']),
    pid: z.number().int(),
    host: z.string(),
    startedAt: z.iso.datetime(),
    staging: plainName.optional(),
    previous: plainName.optional(),
    outgoing: z.array(plainName).optional(),
    incoming: z.array(plainName).optional(),
    record: restoreRecordSchema.optional(),
  })
  .strict();
export type RestoreIntent = z.infer<typeof intentSchema>;

/** Beside the data folder, as the staging and previous folders are: one filesystem, one parent. */
export function intentFile(folder: string): string {
  return join(dirname(folder), `.${basename(folder)}.restore-intent.json`);
}

/** mkdtemp's prefix for the private staging folder; it adds six random characters. */
export function stagingPrefix(folder: string): string {
  return join(dirname(folder), `.${basename(folder)}.restore-`);
}

function isStagingName(folder: string, name: string): boolean {
  const prefix = `.${basename(folder)}.restore-`;
  return name.startsWith(prefix) && /^[A-Za-z0-9]{6}$/.test(name.slice(prefix.length));
}

function isPreviousName(folder: string, name: string): boolean {
  return name.startsWith(`${basename(folder)}.before-restore-`);
}

/** Written durably before each step that moves anything, so a crash leaves a plan to follow. */
export async function writeIntent(folder: string, intent: RestoreIntent): Promise<void> {
  await writeFileDurably(intentFile(folder), JSON.stringify(intent, null, 2));
}

export async function removeIntent(folder: string): Promise<void> {
  await rm(intentFile(folder), { force: true });
  await syncFolder(dirname(folder));
}

async function readIntent(folder: string): Promise<RestoreIntent | undefined> {
  let text: string;
  try {
    text = await readFile(intentFile(folder), 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw error;
  }
  const damaged = (what: string) =>
    new DeskFailure(
      'store-damaged',
      `The record of an interrupted restore, ${intentFile(folder)}, ${what}, so it cannot be finished or rolled back automatically. The data folder ${folder} may hold only part of its records: compare it with the folders beside it (${basename(folder)}.before-restore-*), then delete the record.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw damaged('is not JSON');
  }
  const parsed = parseUnknown(intentSchema, json, 'The restore record');
  if (!parsed.ok) throw damaged('is not valid');
  const intent = parsed.value;
  if (intent.staging !== undefined && !isStagingName(folder, intent.staging))
    throw damaged('names a staging folder that is not one a restore makes');
  if (intent.previous !== undefined && !isPreviousName(folder, intent.previous))
    throw damaged('names a previous folder that is not one a restore makes');
  return intent;
}

export interface RecoveryReport {
  readonly outcome: 'rolled-back' | 'finished';
  readonly step: RestoreStep;
  /** Set when a rolled-back restore left its previous folder because it was not empty. */
  readonly kept?: string;
}

/**
 * Finishes or rolls back a restore that was interrupted (a crash, a kill, a failed rename), so
 * the data folder never stays holding only part of its records. Call it before anything opens a
 * data folder. Cheap when there is nothing to do: one failed read of a file beside the folder.
 *
 * While the restoring process is alive it holds the folder's writer lock, and this refuses with
 * `folder-in-use`; once it is gone, the lock is taken here for the recovery (or used, if this
 * process already holds it).
 */
export async function recoverInterruptedRestore(
  dataFolder: string,
): Promise<RecoveryReport | undefined> {
  const folder = resolve(dataFolder);
  if ((await readIntent(folder)) === undefined) return undefined;
  const heldHere = await lockHeldByThisProcess(folder);
  const lock = heldHere ? undefined : await lockDataFolder(folder, 'social-desk restore recovery');
  try {
    // Read again under the lock: another process may have recovered it in the meantime.
    const intent = await readIntent(folder);
    if (intent === undefined) return undefined;
    return await recoverUnderLock(folder, intent);
  } finally {
    await lock?.release();
  }
}

async function lockHeldByThisProcess(folder: string): Promise<boolean> {
  try {
    const owner: unknown = JSON.parse(await readFile(join(folder, LOCK_FILE), 'utf8'));
    const parsed = z.object({ pid: z.number(), host: z.string() }).safeParse(owner);
    return parsed.success && parsed.data.pid === process.pid && parsed.data.host === hostname();
  } catch {
    return false;
  }
}

async function recoverUnderLock(folder: string, intent: RestoreIntent): Promise<RecoveryReport> {
  switch (intent.step) {
    case 'unpacking':
    case 'moving': {
      const kept = await rollBack(folder, intent);
      return kept === undefined
        ? { outcome: 'rolled-back', step: intent.step }
        : { outcome: 'rolled-back', step: intent.step, kept };
    }
    case 'swapped':
      await finish(folder, intent);
      return { outcome: 'finished', step: intent.step };
    default: {
      const never: never = intent.step;
      throw new Error(`unknown restore step ${String(never)}`);
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * A failed unpack (a full disk) rejects while the archive reader's last writes into staging may
 * still be landing; removing the folder then meets a file created under it (ENOTEMPTY). Node's rm
 * retries that, a few times, a little later each time.
 */
const STAGING_REMOVAL = { recursive: true, force: true, maxRetries: 10, retryDelay: 50 } as const;

/**
 * Puts the old records back where a restore had moved them, and removes the staging copy. Every
 * rename is atomic, so each name is wholly in one place or the other; and nothing is moved in
 * until everything has moved out, so a name missing from staging was moved in.
 * Returns the previous folder when it could not be removed because something is still in it.
 */
export async function rollBack(folder: string, intent: RestoreIntent): Promise<string | undefined> {
  const parent = dirname(folder);
  const staging = intent.staging === undefined ? undefined : join(parent, intent.staging);
  const previous = intent.previous === undefined ? undefined : join(parent, intent.previous);
  if (staging !== undefined && (await exists(staging))) {
    for (const name of intent.incoming ?? []) {
      if (!(await exists(join(staging, name))) && (await exists(join(folder, name))))
        await rename(join(folder, name), join(staging, name));
    }
  }
  if (previous !== undefined && (await exists(previous))) {
    for (const name of intent.outgoing ?? []) {
      if ((await exists(join(previous, name))) && !(await exists(join(folder, name))))
        await rename(join(previous, name), join(folder, name));
    }
  }
  await syncFolder(folder);
  // A kill can come before the intent names its staging folder: sweep every one a restore of
  // this folder makes. Only one restore runs at a time (it holds the writer lock).
  for (const name of await readdir(parent)) {
    if (isStagingName(folder, name)) await rm(join(parent, name), STAGING_REMOVAL);
  }
  let kept: string | undefined;
  if (previous !== undefined) {
    try {
      await rmdir(previous);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST') kept = previous;
      else if (code !== 'ENOENT') throw error;
    }
  }
  await removeIntent(folder);
  return kept;
}

/** The records are in place: record the restore if that had not happened, then tidy up. */
export async function finish(
  folder: string,
  intent: RestoreIntent,
  atStep: (step: string) => Promise<void> | void = () => undefined,
): Promise<number | undefined> {
  const record = intent.record;
  let seq: number | undefined;
  if (record !== undefined) {
    const { journal } = await Journal.open(folder);
    try {
      // Nothing else writes between the swap and the intent's removal (the lock is held, and
      // every opener recovers first), so a head still at the backup's means not yet recorded.
      if (journal.head().events === record.after.events) {
        const [header] = await journal.append([
          {
            type: RESTORE_EVENT,
            by: record.by,
            payload: {
              backup: record.backup,
              sha256: record.sha256,
              before: record.before,
              after: record.after,
              setAside: record.setAside,
            },
          },
        ]);
        seq = header?.seq;
      } else {
        seq = record.after.events + 1;
      }
    } finally {
      await journal.close();
    }
  }
  await atStep('recorded');
  const parent = dirname(folder);
  if (intent.staging !== undefined) await rm(join(parent, intent.staging), STAGING_REMOVAL);
  await removeIntent(folder);
  return seq;
}

export function thisProcess(): Pick<RestoreIntent, 'pid' | 'host' | 'startedAt'> {
  return { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
}
