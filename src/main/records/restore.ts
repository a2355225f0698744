import type { Stats } from 'node:fs';
import { chmod, lstat, mkdir, mkdtemp, open, readFile, readdir, rename } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { type ReadEntry, extract } from 'tar';
import { DeskFailure } from '../ipc/desk-failure';
import { verifyJournal } from '../journal/verify';
import { syncFolder } from '../storage/durable-file';
import { type BackupListing, readBackupListing, refuseBackup } from './backup-listing';
import { MANIFEST, fileSha256, isLockName } from './data-files';
import { compareWithCurrent } from './journal-compare';
import {
  type RestoreIntent,
  type RestoreRecord,
  finish,
  recoverInterruptedRestore,
  rollBack,
  stagingPrefix,
  thisProcess,
  writeIntent,
} from './restore-intent';

/** Call before anything opens a data folder: finishes or rolls back an interrupted restore. */
export { recoverInterruptedRestore, type RecoveryReport } from './restore-intent';

export interface RestoreResult {
  readonly files: number;
  /** The events the backup holds; the restored log holds one more, the restore's own record. */
  readonly events: number;
  readonly head: string;
  /** The SHA-256 of the archive, as recorded in the journal. */
  readonly sha256: string;
  /** Where the data folder's previous contents were moved: nothing is deleted by a restore. */
  readonly previous: string;
  /** Events the previous log held that the restored one does not; they are kept in `previous`. */
  readonly setAside: { readonly events: number; readonly folder: string };
  /** The `records.restore` event in the restored log. */
  readonly recorded: { readonly seq: number };
}

export interface RestoreOptions {
  /** Who restores: recorded in the restored journal. */
  readonly by: { readonly id: string };
  /** Restore even when the current log holds events the backup does not (they are set aside). */
  readonly allowOlder?: boolean;
  /** Fault injection for the crash tests: awaited at each named step, before going on. */
  readonly atStep?: (step: string) => Promise<void> | void;
}

/**
 * Checks the whole archive before writing anything, unpacks it into a private staging folder
 * beside the data folder, checks every file against the manifest and the journal's chain, and
 * only then swaps it in, following a durable intent record so an interruption at any point is
 * rolled back or finished at the next open. A damaged or foreign archive changes nothing.
 */
export async function restoreDataFolder(
  dataFolder: string,
  backup: string,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const folder = resolve(dataFolder);
  const atStep = options.atStep ?? (() => undefined);
  await recoverInterruptedRestore(folder);
  const listing = await readBackupListing(backup);
  let intent: RestoreIntent = {
    format: 'social-desk-restore-intent',
    version: 1,
    step: 'unpacking',
    ...thisProcess(),
  };
  let result: Omit<RestoreResult, 'recorded'>;
  try {
    // Written before the staging folder exists, so a kill while unpacking leaves nothing unnamed.
    await writeIntent(folder, intent);
    await atStep('unpacking');
    const staging = await mkdtemp(stagingPrefix(folder));
    await chmod(staging, 0o700);
    await unpack(backup, staging, listing);
    await atStep('unpacked');
    const { manifest } = listing;
    const comparison = await compareWithCurrent(folder, staging);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const previous = join(dirname(folder), `${basename(folder)}.before-restore-${stamp}`);
    const lost = comparison.newer - comparison.newerBackupRecords;
    if (lost > 0 && options.allowOlder !== true) {
      throw new DeskFailure(
        'invalid-request',
        `The backup ${backup} is older than the current log: restoring it would set aside ${plural(comparison.newer, 'newer event')} that it does not hold (the current log has ${comparison.current.events}, the backup ${manifest.journal.events}). They would be kept, with the rest of the current records, in a folder beside the data folder (${basename(previous)}). Nothing was changed. To restore it anyway, add --allow-older.`,
      );
    }
    const record: RestoreRecord = {
      by: options.by.id,
      backup: basename(backup),
      sha256: listing.sha256,
      before: comparison.current,
      after: { events: manifest.journal.events, head: manifest.journal.head },
      setAside: { events: comparison.newer, folder: basename(previous) },
    };
    intent = {
      ...intent,
      step: 'moving',
      staging: basename(staging),
      previous: basename(previous),
      // The lock stays: it belongs to whoever is restoring, and to the folder, not its records.
      outgoing: (await readdir(folder)).filter((name) => !isLockName(name)).sort(),
      incoming: (await readdir(staging)).filter((name) => name !== MANIFEST).sort(),
      record,
    };
    await writeIntent(folder, intent);
    await atStep('intent-written');
    await mkdir(previous, { mode: 0o700 });
    for (const name of intent.outgoing ?? []) {
      await rename(join(folder, name), join(previous, name));
      await atStep(`moved-out:${name}`);
    }
    for (const name of intent.incoming ?? []) {
      await rename(join(staging, name), join(folder, name));
      await atStep(`moved-in:${name}`);
    }
    await syncFolder(folder);
    await syncFolder(previous);
    intent = { ...intent, step: 'swapped' };
    await writeIntent(folder, intent);
    await atStep('swapped');
    result = {
      files: manifest.files.length,
      events: manifest.journal.events,
      head: manifest.journal.head,
      sha256: listing.sha256,
      previous,
      setAside: { events: comparison.newer, folder: previous },
    };
  } catch (error) {
    throw await failed(folder, backup, intent, error);
  }
  let seq: number | undefined;
  try {
    seq = await finish(folder, intent, atStep);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DeskFailure(
      'write-failed',
      `The backup ${backup} is in place (the previous records are in ${result.previous}), but recording the restore in the journal failed (${detail}). The next social-desk command or start of Social Desk on ${folder} records it.`,
    );
  }
  if (seq === undefined) throw new Error('The restore names no journal head to record');
  return { ...result, recorded: { seq } };
}

/**
 * Puts everything back as it was and reports the first thing that went wrong, not whatever the
 * clean-up met after it; says "Nothing was changed" only when the roll-back succeeded.
 */
async function failed(
  folder: string,
  backup: string,
  intent: RestoreIntent,
  error: unknown,
): Promise<DeskFailure> {
  const first = error instanceof DeskFailure ? error : restoreFailure(folder, backup, error);
  try {
    await rollBack(folder, intent);
    return first;
  } catch (rollBackError) {
    const detail = rollBackError instanceof Error ? rollBackError.message : String(rollBackError);
    const cause = first.message.replace(/ Nothing was changed\.?.*$/s, '');
    return new DeskFailure(
      'write-failed',
      `${cause} Putting the previous records back also failed (${detail}). The next social-desk command or start of Social Desk on ${folder} finishes putting them back.`,
    );
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function restoreFailure(folder: string, backup: string, error: unknown): DeskFailure {
  const code = (error as { code?: unknown } | undefined)?.code;
  const detail =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? `the disk holding ${dirname(folder)} is full; free some space, then try again`
      : error instanceof Error
        ? error.message
        : String(error);
  return new DeskFailure(
    'write-failed',
    `The backup ${backup} could not be restored (${detail}). Nothing was changed: the data folder ${folder} holds the records it held before.`,
  );
}

/** Unpacks only what the listing allowed, then checks the unpacked copy as if it were new. */
async function unpack(backup: string, staging: string, listing: BackupListing): Promise<void> {
  const refused: string[] = [];
  try {
    await extract({
      file: backup,
      cwd: staging,
      strict: true,
      preserveOwner: false,
      filter: (path, entry: ReadEntry | Stats) => {
        const type = 'type' in entry ? entry.type : 'unknown';
        const allowed = listing.allows(path, type);
        if (!allowed) refused.push(path);
        return allowed;
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EIO') throw error;
    throw refuseBackup(backup, `it cannot be unpacked (${detail})`);
  }
  const [first] = refused;
  if (first !== undefined)
    throw refuseBackup(
      backup,
      `it changed while being restored (${JSON.stringify(first)} appeared)`,
    );
  const present = await privateTree(backup, staging);
  const listed = new Set(listing.manifest.files.map((file) => file.path));
  for (const path of present) {
    if (path !== MANIFEST && !listed.has(path))
      throw refuseBackup(backup, `${path} is not in its manifest`);
  }
  if ((await readFile(join(staging, MANIFEST), 'utf8')) !== listing.manifestText)
    throw refuseBackup(backup, `it changed while being restored (${MANIFEST})`);
  for (const file of listing.manifest.files) {
    if (!present.has(file.path)) throw refuseBackup(backup, `${file.path} is missing`);
    if ((await fileSha256(join(staging, file.path))) !== file.sha256)
      throw refuseBackup(backup, `${file.path} does not match its SHA-256`);
  }
  const { journal } = listing.manifest;
  const verified = await verifyJournal(staging, { seq: journal.events, hash: journal.head });
  if (!verified.ok)
    throw refuseBackup(
      backup,
      `its journal fails verification at event ${verified.firstBad} (${verified.reason})`,
    );
  if (verified.events !== journal.events)
    throw refuseBackup(
      backup,
      `its journal holds ${verified.events} events, its manifest says ${journal.events}`,
    );
}

/**
 * Every file unpacked, by relative path; each made readable by its owner only (the records hold
 * passphrase hashes) and synced, with its folder, before it is moved into the data folder (a
 * renamed file whose bytes never reached the disk would come back empty after a power cut).
 * Anything but a plain file or folder is refused.
 */
async function privateTree(backup: string, staging: string): Promise<Set<string>> {
  const files = new Set<string>();
  async function walk(current: string): Promise<void> {
    for (const name of await readdir(current)) {
      const path = join(current, name);
      const rel = relative(staging, path).split(sep).join('/');
      const stats = await lstat(path);
      if (stats.isDirectory()) {
        await chmod(path, 0o700);
        await walk(path);
        await syncFolder(path);
      } else if (stats.isFile()) {
        const handle = await open(path, 'r');
        try {
          await handle.chmod(0o600);
          await handle.sync();
        } finally {
          await handle.close();
        }
        files.add(rel);
      } else {
        throw refuseBackup(backup, `${rel} was unpacked as something other than a file or folder`);
      }
    }
  }
  await walk(staging);
  await syncFolder(staging);
  return files;
}
