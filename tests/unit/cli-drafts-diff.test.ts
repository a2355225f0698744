import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/shared/drafts/draft';
import { cli, cliFirstAdministrator, cliPage, sharedFolder } from './records-fixtures';
import { snapshotTree } from './temp-folder';
import { PASSPHRASE } from './workflow-fixtures';

let folder: string;
let inputs: string;
let draft: Draft;
let facebook = '';

beforeAll(async () => {
  folder = await sharedFolder('social-desk-cli-diff-');
  inputs = await sharedFolder('social-desk-cli-diff-inputs-');
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await rm(inputs, { recursive: true, force: true });
});

describe('social-desk drafts diff', () => {
  it('sets up: a drafter, a page and a draft with three revisions', async () => {
    // Sets the passphrase for this test's commands too.
    await cliFirstAdministrator(folder, 'Dana Reyes', 'administrator,drafter', PASSPHRASE);
    facebook = await cliPage(folder, 'Dana Reyes');
    const saveFile = async (name: string, content: object) => {
      const file = join(inputs, name);
      await writeFile(
        file,
        JSON.stringify({ title: 'Parade', category: 'special-event', ...content }),
      );
      return file;
    };
    const as = ['--data', folder, '--profile', 'Dana Reyes'];
    const added = await cli(
      'drafts',
      'add',
      await saveFile('1.json', { body: 'Parade on Main St at 10.', pages: [] }),
      ...as,
    );
    expect(added.code, added.err).toBe(0);
    draft = JSON.parse(added.out) as Draft;
    for (const [name, content] of [
      ['2.json', { body: 'Parade on Main St at 10. Bring water.', pages: [] }],
      ['3.json', { body: 'Parade on Oak St at 10. Bring water.', pages: [facebook] }],
    ] as const) {
      const saved = await cli('drafts', 'save', draft.id, await saveFile(name, content), ...as);
      expect(saved.code, saved.err).toBe(0);
    }
  }, 120_000);

  it('compares the one before the latest with the latest by default, word by word', async () => {
    const run = await cli('drafts', 'diff', draft.id, '--data', folder);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('revision 2 compared with revision 3');
    expect(run.out).toContain('Parade on [-Main-]{+Oak+} St at 10. Bring water.');
    expect(run.out).toContain('Title: the same');
    expect(run.out).toContain('- Target page added: “Example PD Facebook”.');
  });

  it('compares any two revisions named by --from and --to', async () => {
    const run = await cli('drafts', 'diff', draft.id, '--from', '1', '--to', '2', '--data', folder);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('Parade on Main St at 10.{+ Bring water.+}');
    expect(run.out).toContain('Other changes: none');
    const same = await cli(
      'drafts',
      'diff',
      draft.id,
      '--from',
      '2',
      '--to',
      '2',
      '--data',
      folder,
    );
    expect(same.out).toContain('No changes between revision 2 and revision 2.');
  });

  it('refuses a revision the draft does not have, or not a number, and changes nothing', async () => {
    const before = await snapshotTree(folder);
    const missing = await cli('drafts', 'diff', draft.id, '--to', '9', '--data', folder);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--to 9: the draft has revisions 1 to 3');
    const word = await cli('drafts', 'diff', draft.id, '--from', 'two', '--data', folder);
    expect(word.code).toBe(2);
    expect(word.err).toContain('a revision number is a whole number');
    const unknown = await cli(
      'drafts',
      'diff',
      '00000000-0000-4000-8000-000000000000',
      '--data',
      folder,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('There is no draft with id 00000000-0000-4000-8000-000000000000');
    expect(await snapshotTree(folder)).toEqual(before);
  });
});
