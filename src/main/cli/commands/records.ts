import { hasRole } from '../../../shared/profiles/profile';
import { DeskFailure } from '../../ipc/desk-failure';
import { backupDataFolder } from '../../records/backup';
import { restoreDataFolder } from '../../records/restore';
import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';

/** Takes the writer lock (so nothing changes mid-copy) but changes no record: no profile needed. */
export async function backup(context: CliContext): Promise<number> {
  const out = context.options.out;
  if (typeof out !== 'string')
    throw new CliUsageError('Say where to write the backup: --out FILE.');
  const manifest = await context.asWriter('backup', (folder) => backupDataFolder(folder, out), {
    profileOptional: () => Promise.resolve(true),
  });
  context.io.out(
    JSON.stringify({ out, files: manifest.files.length, journal: manifest.journal }, null, 2),
  );
  return 0;
}

export async function restore(context: CliContext): Promise<number> {
  const [file, ...extra] = context.args;
  if (file === undefined || extra.length > 0)
    throw new CliUsageError('Give one backup file: social-desk restore FILE --profile NAME.');
  const result = await context.asWriter('restore', async (folder, actor) => {
    if (!actor || !(hasRole(actor, 'administrator') || hasRole(actor, 'records'))) {
      throw new DeskFailure(
        'not-permitted',
        'A restore replaces every record: sign in as an administrator or records custodian with --profile.',
      );
    }
    return restoreDataFolder(folder, file);
  });
  context.io.out(JSON.stringify(result, null, 2));
  return 0;
}
