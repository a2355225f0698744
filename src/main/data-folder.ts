import { access, constants, mkdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_NAME = 'Social Desk';

/**
 * The OS's app-data folder, as Electron's `app.getPath('appData')` computes it, so CLI and app agree.
 * An empty variable counts as unset (XDG Base Directory spec), never as a relative path.
 */
export function defaultDataFolder(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  switch (platform) {
    case 'win32':
      return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_NAME);
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_NAME);
    default:
      return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME);
  }
}

/** `--data DIR` or `--data=DIR` anywhere in the arguments; undefined when absent. */
export function dataFolderArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--data') return argv[i + 1];
    if (arg?.startsWith('--data=')) return arg.slice('--data='.length);
  }
  return undefined;
}

/** Creates the folder if needed and proves it is writable before any store opens in it. */
export async function prepareDataFolder(folder: string): Promise<string> {
  const absolute = resolve(folder);
  try {
    // Private to the person who runs Social Desk: even the files' names are records.
    await mkdir(absolute, { recursive: true, mode: 0o700 });
    await access(absolute, constants.R_OK | constants.W_OK);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The data folder ${absolute} cannot be used (${detail}). Choose a folder you can write to with --data DIR.`,
      { cause: error },
    );
  }
  return absolute;
}

/** For commands that only read: a missing folder is a mistake to report, not one to create. */
export async function existingDataFolder(folder: string): Promise<string> {
  const absolute = resolve(folder);
  const found = await stat(absolute).catch(() => undefined);
  if (!found?.isDirectory()) {
    throw new Error(
      `There is no data folder at ${absolute}. Check --data DIR, or start Social Desk once to create its folder.`,
    );
  }
  return absolute;
}
