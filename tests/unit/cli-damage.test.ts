import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, journalEvents, scratchFolder, setEnv } from './records-fixtures';

const PASSPHRASE = 'correct horse battery staple';
const TIMEOUT = 30_000;

async function folderWithAdministrator(): Promise<string> {
  const folder = await scratchFolder('social-desk-cli-damage-');
  setEnv({ SOCIAL_DESK_NEW_PASSPHRASE: PASSPHRASE, SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
  const first = await cli(
    'profiles',
    'add',
    '--name',
    'Dana Reyes',
    '--roles',
    'administrator',
    '--data',
    folder,
  );
  expect(first.code, first.err).toBe(0);
  return folder;
}

describe('the command line on a damaged data folder', () => {
  it(
    'a lost profiles.json stops profiles add from handing out a new first administrator',
    async () => {
      const folder = await folderWithAdministrator();
      const events = (await journalEvents(folder)).length;
      await rm(join(folder, 'profiles.json'));

      const run = await cli(
        'profiles',
        'add',
        '--name',
        'Mallory',
        '--roles',
        'administrator',
        '--data',
        folder,
      );
      expect(run.code).toBe(1);
      expect(run.err).toContain('profiles.json is missing');
      expect(run.err).toContain('will not make a new first administrator');
      expect(await readdir(folder)).not.toContain('profiles.json');
      expect(await journalEvents(folder)).toHaveLength(events);
    },
    TIMEOUT,
  );

  it(
    'profiles list and pages list report a damaged store without writing a quarantine copy',
    async () => {
      const folder = await folderWithAdministrator();
      await writeFile(join(folder, 'pages.json'), '{"schemaVersion": 1, "pages": [');
      await writeFile(join(folder, 'profiles.json'), '{"schemaVersion": 1, "profiles": [');
      for (const command of [
        ['pages', 'list'],
        ['profiles', 'list'],
      ]) {
        const run = await cli(...command, '--data', folder);
        expect(run.code, command.join(' ')).toBe(1);
        expect(run.err).toMatch(/cannot be read/);
        expect(run.err).not.toContain('A copy is in');
      }
      expect(await readdir(folder)).not.toContain('quarantine');
    },
    TIMEOUT,
  );
});
