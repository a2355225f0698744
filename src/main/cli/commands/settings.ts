import { AuditTrail } from '../../audit/audit-trail';
import { stampedNotice } from '../../audit/audited-store';
import { DepartmentSettingsService } from '../../department/settings-service';
import { readPlaceNamesFile } from '../../department/place-names-file';
import { Journal } from '../../journal/journal';
import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';

/**
 * `settings place-names FILE`: the department's street and place names from a text file (one a
 * line) or a CSV file, replacing the list, as an administrator; the same reading as the app's.
 */
export async function settingsPlaceNames(context: CliContext): Promise<number> {
  const [path, ...extra] = context.args;
  if (path === undefined || extra.length > 0) {
    throw new CliUsageError(
      'Give one file of place names: social-desk settings place-names FILE --profile NAME.',
    );
  }
  const result = await context.asWriter('settings place-names', async (folder, actor) => {
    if (!actor) {
      throw new CliUsageError('Importing place names acts as a person: add --profile NAME.');
    }
    // Read before anything is opened for writing: a bad file changes nothing.
    const read = await readPlaceNamesFile(path);
    const { journal } = await Journal.open(folder);
    try {
      const audit = new AuditTrail(journal);
      const settings = await DepartmentSettingsService.open(folder, { audit });
      if (settings.stampedAtOpen) {
        context.io.err(`social-desk: ${stampedNotice('department-settings.json')}`);
      }
      return await settings.importPlaceNames(read, actor);
    } finally {
      await journal.close();
    }
  });
  // What was read and whether the list changed, not the whole settings.
  context.io.out(JSON.stringify({ ...result, view: undefined }, null, 2));
  return 0;
}
