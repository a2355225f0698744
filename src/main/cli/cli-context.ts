import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { COMMAND_PERMISSIONS, type CliCommand, refusal } from '../../shared/ipc/permissions';
import type { Profile } from '../../shared/profiles/profile';
import { defaultDataFolder, existingDataFolder, prepareDataFolder } from '../data-folder';
import { AuditTrail } from '../audit/audit-trail';
import { DeskFailure } from '../ipc/desk-failure';
import { Journal } from '../journal/journal';
import { dataFolderKind } from '../journal/verify';
import { ProfileService } from '../profiles/profile-service';
import { recoveryNotice } from '../records/recovery-notice';
import { recoverInterruptedRestore } from '../records/restore';
import { lockDataFolder } from '../storage/data-folder-lock';
import { CliUsageError, passphraseFrom } from './passphrase-input';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export interface CliOptions {
  readonly data?: string;
  readonly profile?: string;
  readonly [option: string]: string | boolean | undefined;
}

export interface CliContext {
  /** The command being run: its row of the permission table decides who may run it. */
  readonly command: CliCommand;
  readonly io: CliIo;
  readonly options: CliOptions;
  readonly args: readonly string[];
  /** The data folder for a command that only reads: it must exist already. */
  readFolder(): Promise<string>;
  /**
   * Runs a writing command as a person: takes the data folder's writer lock, signs the profile in
   * (--profile, passphrase from SOCIAL_DESK_PASSPHRASE or a hidden prompt), checks the command's
   * row of the permission table against the profile's roles, and releases the lock. `command`
   * only names the lock's holder; the permission comes from the command actually run.
   */
  asWriter<T>(
    holder: string,
    work: (folder: string, actor: Profile | undefined) => Promise<T>,
    options?: { readonly profileOptional?: (folder: string) => Promise<boolean> },
  ): Promise<T>;
}

export function createCliContext(
  io: CliIo,
  options: CliOptions,
  args: readonly string[],
  command: CliCommand,
): CliContext {
  const folderOption = options.data ?? defaultDataFolder();
  return {
    command,
    io,
    options,
    args,
    readFolder: async () => {
      const folder = await existingDataFolder(folderOption);
      await recoverRestore(folder, io);
      return folder;
    },
    async asWriter(holder, work, writerOptions) {
      const folder = await writerFolder(folderOption, command, io);
      await recoverRestore(folder, io);
      const lock = await lockDataFolder(folder, `social-desk ${holder}`);
      try {
        // Only the very first administrator is made before anyone can sign in (ProfileService
        // refuses it on a folder that already has profiles or journal events).
        const firstStart =
          command === 'profiles add' &&
          options.profile === undefined &&
          ((await writerOptions?.profileOptional?.(folder)) ?? false);
        const actor = firstStart ? undefined : await signIn(folder, options.profile);
        const refused = firstStart ? undefined : refusal(COMMAND_PERMISSIONS[command], actor);
        if (refused) throw new DeskFailure('not-permitted', refused);
        return await work(folder, actor);
      } finally {
        await lock.release();
      }
    },
  };
}

/** A restore cut short is finished or undone first, and the person is told which. */
async function recoverRestore(folder: string, io: CliIo): Promise<void> {
  const recovery = await recoverInterruptedRestore(folder);
  if (recovery) io.err(`social-desk: ${recoveryNotice(recovery)}`);
}

/**
 * A writing command never creates a data folder silently: a mistyped --data would otherwise start
 * an empty second set of records. Only the first administrator's `profiles add` starts a folder,
 * and it says so.
 */
async function writerFolder(option: string, command: CliCommand, io: CliIo): Promise<string> {
  const absolute = resolve(option);
  const found = await stat(absolute).catch(() => undefined);
  const kind = found?.isDirectory() ? await dataFolderKind(absolute) : 'new';
  if (kind === 'data') return prepareDataFolder(absolute);
  if (kind === 'not-data') {
    throw new DeskFailure(
      'not-found',
      `${absolute} holds other files and is not a Social Desk data folder, so nothing was changed. Check --data DIR; a new data folder is started in a new or empty folder.`,
    );
  }
  if (command !== 'profiles add') {
    throw new DeskFailure(
      'not-found',
      `There is no data folder at ${absolute}, so nothing was changed. Check --data DIR; a new folder is started by creating its first administrator (social-desk profiles add --name NAME --roles administrator --data DIR).`,
    );
  }
  const folder = await prepareDataFolder(absolute);
  io.err(`social-desk: started a new data folder at ${folder}.`);
  return folder;
}

async function signIn(folder: string, name: string | undefined): Promise<Profile> {
  if (name === undefined) {
    throw new CliUsageError(
      'This command changes records, so it acts as a person: add --profile NAME.',
    );
  }
  if ((await ProfileService.open(folder)).isEmpty()) {
    throw new DeskFailure(
      'sign-in-refused',
      'There are no profiles yet: create the first administrator with `social-desk profiles add --name NAME --roles administrator`.',
    );
  }
  const passphrase = await passphraseFrom('SOCIAL_DESK_PASSPHRASE', `Passphrase for ${name}: `);
  // A wrong passphrase is recorded (the wait before the next try grows), so sign-in writes too.
  const { journal } = await Journal.open(folder);
  try {
    const profiles = await ProfileService.open(folder, { audit: new AuditTrail(journal) });
    return await profiles.signIn(name, passphrase);
  } finally {
    await journal.close();
  }
}
