import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES_FILE } from '../../src/main/pages/page-service';
import { cli, cliFirstAdministrator, sample, scratchFolder } from './records-fixtures';

interface IntroEntry {
  readonly id: string;
  readonly text: string;
  readonly audience: string;
}
const corpus = JSON.parse(
  await readFile(new URL('../corpus/intro-statements.json', import.meta.url), 'utf8'),
) as IntroEntry[];
const complete = corpus.find((entry) => entry.id === 'intro-001');
if (!complete) throw new Error('tests/corpus/intro-statements.json has no intro-001');
const ALL = 'obscenity,off-topic,personal-attack';
const PASSPHRASE = 'a long enough passphrase';

interface Printed {
  version: { id: string; number: number; categories: string[]; recorded: boolean; status: string };
  findings: unknown[];
  checklist: { id: string; section: string; state: string; missing?: string }[];
  warnings: string[];
}

/** A data folder with its first administrator, the department file, and one page with its audience. */
async function folderWithPage(
  audience = 'general public',
): Promise<{ folder: string; page: string }> {
  const folder = await scratchFolder('social-desk-intro-cli-');
  await cliFirstAdministrator(folder, 'Dana Reyes', 'administrator', PASSPHRASE);
  await copyFile(sample('department.json'), join(folder, 'department.json'));
  const added = await cli(
    'pages',
    'add',
    '--data',
    folder,
    '--profile',
    'Dana Reyes',
    '--platform',
    'facebook',
    '--name',
    'Example PD',
    '--url',
    'https://www.facebook.com/examplepd',
    '--audience',
    audience,
  );
  if (added.code !== 0) throw new Error(added.err);
  return { folder, page: (JSON.parse(added.out) as { id: string }).id };
}

async function intro(folder: string, page: string, text: string, categories = ALL) {
  const file = join(folder, '..', `${page}-intro.txt`);
  await writeFile(file, text);
  return cli(
    'pages',
    'intro',
    page,
    file,
    '--categories',
    categories,
    '--data',
    folder,
    '--profile',
    'Dana Reyes',
  );
}

// Every writing command signs in with a slow passphrase hash.
describe('social-desk pages intro', { timeout: 60_000 }, () => {
  it('records a complete statement as version 1 and prints its checklist as check --intro does: exit 0', async () => {
    const { folder, page } = await folderWithPage();
    const run = await intro(folder, page, complete.text);
    expect(run.err).toContain('recorded intro statement version 1');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.out) as Printed;
    expect(printed.version).toMatchObject({ number: 1, recorded: true, status: 'draft' });
    expect(printed.warnings).toEqual([]);
    // The same checklist, item for item, that `check --intro` prints for the same words.
    const file = join(folder, '..', `${page}-intro.txt`);
    const checked = await cli(
      'check',
      file,
      '--intro',
      '--audience',
      'general public',
      '--department',
      join(folder, 'department.json'),
    );
    expect(printed.checklist).toEqual((JSON.parse(checked.out) as Printed).checklist);
    expect(printed.checklist.find((i) => i.id === 'page-design.records-retention')?.state).toBe(
      'needs-attestation',
    );

    const again = await intro(folder, page, complete.text, 'personal-attack,obscenity,off-topic');
    expect(again.code).toBe(0);
    expect((JSON.parse(again.out) as Printed).version).toMatchObject({
      number: 1,
      recorded: false,
    });
    expect(again.err).toContain('nothing new was recorded');
  });

  it('exits 1 naming what is missing, and says the version is recorded all the same', async () => {
    const { folder, page } = await folderWithPage();
    const run = await intro(folder, page, 'Welcome to our page. Be kind.', 'obscenity');
    expect(run.code).toBe(1);
    const printed = JSON.parse(run.out) as Printed;
    expect(printed.version).toMatchObject({ number: 1, recorded: true, categories: ['obscenity'] });
    const disclosure = printed.checklist.find((i) => i.id === 'page-design.public-disclosure');
    expect(disclosure).toMatchObject({ state: 'open', section: 'III.B.3.d.2' });
    expect(disclosure?.missing).toContain('public disclosure');
    expect(run.err).toContain('the version is recorded all the same');
    // A category the text does not name is a warning.
    expect(printed.warnings.join(' ')).toContain('does not name it');
    const stored = JSON.parse(await readFile(join(folder, PAGES_FILE), 'utf8')) as {
      introStatements: { id: string }[];
    };
    expect(stored.introStatements.map((v) => v.id)).toEqual([printed.version.id]);
  });

  it('exits 2 for a wrong category or an unreadable file, recording nothing', async () => {
    const { folder, page } = await folderWithPage();
    const before = await readFile(join(folder, PAGES_FILE));
    const wrong = await intro(folder, page, complete.text, 'obscenity,rudeness');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('"rudeness" is not a removal category');
    const missing = await cli(
      'pages',
      'intro',
      page,
      join(folder, 'no-such.txt'),
      '--categories',
      ALL,
      '--data',
      folder,
      '--profile',
      'Dana Reyes',
    );
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Cannot read');
    const empty = await intro(folder, page, '   \n');
    expect(empty.code).toBe(2);
    const noCategories = await cli(
      'pages',
      'intro',
      page,
      join(folder, 'x.txt'),
      '--data',
      folder,
      '--profile',
      'Dana Reyes',
    );
    expect(noCategories.code).toBe(2);
    expect((await readFile(join(folder, PAGES_FILE))).equals(before)).toBe(true);
  });

  it('refuses a page id that is not recorded, with exit 1 and nothing recorded', async () => {
    const { folder } = await folderWithPage();
    const before = await readFile(join(folder, PAGES_FILE));
    const run = await intro(folder, '5f0c6a53-7c1e-4d0e-9a55-0b0c7c1d2e3f', complete.text);
    expect(run.code).toBe(1);
    expect(run.err).toContain('There is no page with id');
    expect((await readFile(join(folder, PAGES_FILE))).equals(before)).toBe(true);
  });
});
