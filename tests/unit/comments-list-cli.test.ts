import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/run-cli';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openServices } from '../../src/main/services';
import { PAGE_B, tellStory } from './comment-index-fixture';
import { tempFolder } from './temp-folder';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface Listed {
  id: number;
  text: string;
  page: string;
  pageName: string;
  state: string;
  reason: string | null;
  author: string;
}

describe('social-desk comments list', () => {
  async function folderWithStory() {
    const folder = await tempFolder();
    const services = await openServices(folder, 'test');
    await services.profiles.add(
      { name: 'Ada Admin', roles: ['administrator'], passphrase: 'a test passphrase' },
      undefined,
    );
    await tellStory(services.journal);
    // The app's own close saves the index: the list must not need it, so it is removed.
    await services.close();
    await rm(join(folder, 'comment-index'), { recursive: true, force: true });
    return folder;
  }

  it('prints every comment as JSON with id, text, page, state and reason, and each option narrows', async () => {
    const folder = await folderWithStory();
    const all = await run(['comments', 'list', '--data', folder]);
    expect(all.code).toBe(0);
    const listed = JSON.parse(all.out) as Listed[];
    expect(listed).toHaveLength(40);
    expect(typeof listed[0]?.id).toBe('number');
    expect(listed[0]?.text).toMatch(/detour/);
    expect(listed[0]?.state).toBe('new');
    expect(listed[0]?.pageName).toBeTruthy();

    const removed = JSON.parse(
      (await run(['comments', 'list', '--data', folder, '--action', 'remove'])).out,
    ) as Listed[];
    expect(removed.map((c) => c.state)).toEqual(['removed', 'removed', 'removed']);
    const attacks = JSON.parse(
      (
        await run([
          'comments',
          'list',
          '--data',
          folder,
          '--reason',
          'personal-attack',
          '--page',
          PAGE_B,
        ])
      ).out,
    ) as Listed[];
    expect(attacks).toHaveLength(1);
    expect(attacks[0]).toMatchObject({ reason: 'personal-attack', page: PAGE_B });
    const searched = JSON.parse(
      (await run(['comments', 'list', '--data', folder, '--search', 'twice'])).out,
    ) as Listed[];
    expect(searched.map((c) => c.text)).toEqual(['Edited twice: fine now, thanks']);
    const dated = JSON.parse(
      (
        await run([
          'comments',
          'list',
          '--data',
          folder,
          '--from',
          '2026-03-02',
          '--to',
          '2026-03-02',
        ])
      ).out,
    ) as Listed[];
    expect(dated).toHaveLength(2);
  });

  it('only reads: it writes no snapshot of the index', async () => {
    const folder = await folderWithStory();
    await run(['comments', 'list', '--data', folder]);
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(folder)).not.toContain('comment-index');
  });

  it('exits 2 with the usage words for a wrong option', async () => {
    const folder = await folderWithStory();
    for (const wrong of [
      ['--action', 'delete'],
      ['--reason', 'rude'],
      ['--from', '03/02/2026'],
      ['--page', 'not-a-page-id'],
    ]) {
      const result = await run(['comments', 'list', '--data', folder, ...wrong]);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/Usage: comments list/);
    }
  });
});
