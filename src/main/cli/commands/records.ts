import { backupDataFolder } from '../../records/backup';
import { restoreDataFolder } from '../../records/restore';
import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';

/**
 * A backup is recorded in the journal (who took it, the archive's SHA-256, the head it holds), and
 * it carries every passphrase hash: it acts as a person, like any command that changes records.
 */
export async function backup(context: CliContext): Promise<number> {
  const out = context.options.out;
  if (typeof out !== 'string')
    throw new CliUsageError('Say where to write the backup: --out FILE.');
  const result = await context.asWriter('backup', (folder, actor) => {
    if (!actor) throw new CliUsageError('A backup is recorded as a person: add --profile NAME.');
    return backupDataFolder(folder, out, { by: actor });
  });
  context.io.out(
    JSON.stringify(
      {
        out,
        files: result.manifest.files.length,
        journal: result.manifest.journal,
        sha256: result.sha256,
        recorded: result.event,
        ...(result.leftOut.length > 0 ? { leftOut: result.leftOut } : {}),
      },
      null,
      2,
    ),
  );
  return 0;
}

export async function restore(context: CliContext): Promise<number> {
  const [file, ...extra] = context.args;
  if (file === undefined || extra.length > 0)
    throw new CliUsageError(
      'Give one backup file: social-desk restore FILE --profile NAME [--allow-older].',
    );
  const allowOlder = context.options['allow-older'] === true;
  // Who may restore is the permission table's to say (asWriter checks it); a restore acts as a person.
  const result = await context.asWriter('restore', async (folder, actor) => {
    if (!actor) throw new CliUsageError('A restore acts as a person: add --profile NAME.');
    return restoreDataFolder(folder, file, { by: actor, allowOlder });
  });
  // `setAside` says how many events of the previous log the backup does not hold, and where
  // they are kept: the previous folder, beside the data folder.
  context.io.out(JSON.stringify(result, null, 2));
  return 0;
}
