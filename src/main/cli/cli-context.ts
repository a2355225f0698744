import type { Profile } from '../../shared/profiles/profile';
import { defaultDataFolder, existingDataFolder, prepareDataFolder } from '../data-folder';
import { DeskFailure } from '../ipc/desk-failure';
import { ProfileService } from '../profiles/profile-service';
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
  readonly io: CliIo;
  readonly options: CliOptions;
  readonly args: readonly string[];
  /** The data folder for a command that only reads: it must exist already. */
  readFolder(): Promise<string>;
  /**
   * Runs a writing command as a person: takes the data folder's writer lock, signs the profile in
   * (--profile, passphrase from SOCIAL_DESK_PASSPHRASE or a hidden prompt), and releases the lock.
   */
  asWriter<T>(
    command: string,
    work: (folder: string, actor: Profile | undefined) => Promise<T>,
    options?: { readonly profileOptional?: (folder: string) => Promise<boolean> },
  ): Promise<T>;
}

export function createCliContext(
  io: CliIo,
  options: CliOptions,
  args: readonly string[],
): CliContext {
  const folderOption = options.data ?? defaultDataFolder();
  return {
    io,
    options,
    args,
    readFolder: () => existingDataFolder(folderOption),
    async asWriter(command, work, writerOptions) {
      const folder = await prepareDataFolder(folderOption);
      const lock = await lockDataFolder(folder, `social-desk ${command}`);
      try {
        const optional = (await writerOptions?.profileOptional?.(folder)) ?? false;
        const actor =
          options.profile === undefined && optional
            ? undefined
            : await signIn(folder, options.profile);
        return await work(folder, actor);
      } finally {
        await lock.release();
      }
    },
  };
}

async function signIn(folder: string, name: string | undefined): Promise<Profile> {
  if (name === undefined) {
    throw new CliUsageError(
      'This command changes records, so it acts as a person: add --profile NAME.',
    );
  }
  const profiles = await ProfileService.open(folder);
  if (profiles.isEmpty()) {
    throw new DeskFailure(
      'sign-in-refused',
      'There are no profiles yet: create the first administrator with `social-desk profiles add --name NAME --roles administrator`.',
    );
  }
  const passphrase = await passphraseFrom('SOCIAL_DESK_PASSPHRASE', `Passphrase for ${name}: `);
  return profiles.signIn(name, passphrase);
}
