import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cli,
  cliFirstAdministrator,
  cliPage,
  journalEvents,
  sample,
  scratchFolder,
  setEnv,
} from './records-fixtures';

const PASSPHRASE = 'correct horse battery staple';
const TIMEOUT = 30_000;

async function folderWithAdministrator(roles = 'administrator'): Promise<string> {
  const folder = await scratchFolder('social-desk-cli-damage-');
  await cliFirstAdministrator(folder, 'Dana Reyes', roles, PASSPHRASE);
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

  it(
    'a journal with an event changed in the middle refuses comments import and log checkpoint',
    async () => {
      const folder = await folderWithAdministrator('administrator,moderator');
      const pageId = await cliPage(folder, 'Dana Reyes');
      const [segment = ''] = (await readdir(join(folder, 'journal')))
        .filter((name) => name.startsWith('segment-'))
        .map((name) => join(folder, 'journal', name));
      const text = await readFile(segment, 'utf8');
      // The first event records the first administrator: change one letter of its summary.
      const at = text.indexOf('Dana Reyes\\" added');
      expect(at).toBeGreaterThan(0);
      await writeFile(segment, `${text.slice(0, at)}L${text.slice(at + 1)}`);
      const damaged = await readFile(segment);

      const imported = await cli(
        'comments',
        'import',
        sample('facebook-comments.csv'),
        '--page',
        pageId,
        '--data',
        folder,
        '--profile',
        'Dana Reyes',
      );
      expect(imported.code).toBe(1);
      expect(imported.err).toMatch(/journal .* is damaged|was changed/i);
      expect(imported.err).not.toContain('role');
      expect(imported.err).toContain('log verify');
      expect(await readFile(segment)).toEqual(damaged);

      const checkpoint = await cli('log', 'checkpoint', '--data', folder);
      expect(checkpoint.code).toBe(1);
      expect(checkpoint.out).toBe('');
    },
    TIMEOUT,
  );

  it(
    'a profiles.json edited to give a moderator administrator, its stamp taken off, is refused',
    async () => {
      const folder = await folderWithAdministrator();
      const added = await cli(
        'profiles',
        'add',
        '--name',
        'Sam Ortiz',
        '--roles',
        'moderator',
        '--data',
        folder,
        '--profile',
        'Dana Reyes',
      );
      expect(added.code, added.err).toBe(0);
      const file = join(folder, 'profiles.json');
      const stored = JSON.parse(await readFile(file, 'utf8')) as {
        audit?: unknown;
        profiles: { name: string; roles: string[] }[];
      };
      delete stored.audit;
      for (const profile of stored.profiles)
        if (profile.name === 'Sam Ortiz') profile.roles = ['moderator', 'administrator', 'records'];
      await writeFile(file, JSON.stringify(stored));
      const edited = await readFile(file);

      const backup = await cli(
        'backup',
        '--out',
        join(folder, '..', 'sam.tar'),
        '--data',
        folder,
        '--profile',
        'Sam Ortiz',
      );
      expect(backup.code).toBe(1);
      expect(backup.err).toContain('has lost its audit stamp');
      expect(await readFile(file)).toEqual(edited);
      const verify = await cli('log', 'verify', '--data', folder);
      expect(verify.code).toBe(1);
      expect(verify.err).toContain('has no audit stamp, yet journal event');
    },
    TIMEOUT,
  );

  it(
    'a journal cut short with both of its own records deleted is caught by the stores’ stamps',
    async () => {
      const folder = await folderWithAdministrator();
      await cliPage(folder, 'Dana Reyes');
      await rm(join(folder, 'journal-head.jsonl'), { force: true });
      await rm(join(folder, 'journal', 'known-good.json'), { force: true });
      const [segment = ''] = (await readdir(join(folder, 'journal')))
        .filter((name) => name.startsWith('segment-'))
        .map((name) => join(folder, 'journal', name));
      const lines = (await readFile(segment, 'utf8')).split('\n').filter(Boolean);
      await writeFile(segment, `${lines.slice(0, 1).join('\n')}\n`);

      const again = await cli(
        'pages',
        'add',
        '--platform',
        'x',
        '--name',
        'Example PD on X',
        '--url',
        'https://x.com/examplepd',
        '--data',
        folder,
        '--profile',
        'Dana Reyes',
      );
      expect(again.code).toBe(1);
      expect(again.err).toMatch(/recorded by journal event \d+, but the journal ends at event 1/);
      expect((await readFile(segment, 'utf8')).split('\n').filter(Boolean)).toHaveLength(1);
    },
    TIMEOUT,
  );
});

describe('where the command line writes', () => {
  it('refuses a --data folder that holds other files, and changes nothing in it', async () => {
    const folder = await scratchFolder('social-desk-cli-damage-');
    await writeFile(join(folder, 'tax-return.pdf'), 'not records');
    setEnv({ SOCIAL_DESK_NEW_PASSPHRASE: PASSPHRASE });
    const run = await cli(
      'profiles',
      'add',
      '--name',
      'Dana Reyes',
      '--roles',
      'administrator',
      '--data',
      folder,
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain('is not a Social Desk data folder');
    expect(await readdir(folder)).toEqual(['tax-return.pdf']);
  });

  it(
    'keeps a new data folder, its journal and its quarantine private to the person (0700)',
    async () => {
      const parent = await scratchFolder('social-desk-cli-damage-');
      const folder = join(parent, 'desk');
      setEnv({ SOCIAL_DESK_NEW_PASSPHRASE: PASSPHRASE });
      const run = await cli(
        'profiles',
        'add',
        '--name',
        'Dana Reyes',
        '--roles',
        'administrator',
        '--data',
        folder,
      );
      expect(run.code, run.err).toBe(0);
      for (const path of [folder, join(folder, 'journal')]) {
        expect((await stat(path)).mode & 0o777, path).toBe(0o700);
      }
    },
    TIMEOUT,
  );
});
