import { appendFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/run-cli';
import { contentHash } from '../../src/main/drafts/content-hash';
import { DRAFT_INDEX, LEGACY_DRAFTS_FILE, draftsFolder } from '../../src/main/drafts/draft-files';
import { DraftService } from '../../src/main/drafts/draft-service';
import { openServices } from '../../src/main/services';
import { bytesOf, snapshotTree, tempFolder } from './temp-folder';
import { TEMPLATE_FIELDS_FOR } from './template-fixtures';

const ROAD_FIELDS = TEMPLATE_FIELDS_FOR['road-closure'];

/** Runs the CLI with its output captured, as a person at a terminal would see it. */
async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const DRAFTER = { id: '0b7d2f64-5a1e-4c3b-9f8e-1d2c3b4a5e6f' };

describe('social-desk (the command line)', () => {
  it('prints its usage on --help and -h and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await run(flag);
      expect(result.code, flag).toBe(0);
      expect(result.out).toMatch(/Usage:/);
      expect(result.out).toContain('drafts list');
      expect(result.out).toContain('--data DIR');
      expect(result.err).toBe('');
    }
  });

  it('prints the version on --version and exits 0', async () => {
    const result = await run('--version');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^\d+\.\d+\.\d+/);
    expect(result.err).toBe('');
  });

  it('prints its usage on stderr and exits 2 when given no command', async () => {
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/Usage:/);
  });

  it.each([{ argv: ['drafts', 'delete'] }, { argv: ['publish'] }, { argv: ['drafts'] }])(
    'refuses the unknown command $argv with exit 2, pointing to --help',
    async ({ argv }) => {
      const folder = await tempFolder();
      const result = await run(...argv, '--data', folder);
      expect(result.code).toBe(2);
      expect(result.out).toBe('');
      expect(result.err).toContain(`"${argv.join(' ')}"`);
      expect(result.err).toContain('--help');
      expect(await readdir(folder)).toEqual([]);
    },
  );

  it.each([
    { option: '--bogus', argv: ['drafts', 'list', '--bogus'] },
    { option: '-x', argv: ['drafts', 'list', '-x'] },
    { option: '--data', argv: ['drafts', 'list', '--data'] },
  ])('refuses the bad option $option with exit 2, pointing to --help', async ({ option, argv }) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain(option);
    expect(result.err).toContain('--help');
  });
});

describe('social-desk drafts list', () => {
  it('prints an empty JSON list for a data folder with no drafts, creating nothing', async () => {
    const folder = await tempFolder();
    const result = await run('drafts', 'list', '--data', folder);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(JSON.parse(result.out)).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });

  it('lists the drafts saved by the app as JSON, most recently saved first, writing nothing', async () => {
    const folder = await tempFolder();
    let minute = 0;
    const drafts = await DraftService.open(folder, {
      now: () => new Date(Date.UTC(2025, 2, 1, 9, (minute += 1))),
    });
    try {
      const older = await drafts.save(
        { title: 'Road closed', body: 'Main St.', category: 'road-closure', fields: ROAD_FIELDS },
        DRAFTER,
      );
      const newer = await drafts.save(
        { title: 'Lock up', body: 'Tonight.', category: 'crime-prevention' },
        DRAFTER,
      );
      await drafts.save(
        {
          id: older.id,
          title: 'Road closed',
          body: 'Main St. and 5th',
          category: 'road-closure',
          fields: ROAD_FIELDS,
        },
        DRAFTER,
      );
      await drafts.close();
      const before = await snapshotTree(folder);

      const result = await run('drafts', 'list', `--data=${folder}`);
      expect(result.code).toBe(0);
      expect(result.err).toBe('');
      expect(JSON.parse(result.out)).toEqual([
        {
          id: older.id,
          title: 'Road closed',
          category: 'road-closure',
          updatedAt: '2025-03-01T09:03:00.000Z',
          revisionCount: 2,
          status: 'draft',
          author: DRAFTER.id,
          awaitingConfirmation: false,
          pages: [],
        },
        {
          id: newer.id,
          title: 'Lock up',
          category: 'crime-prevention',
          updatedAt: '2025-03-01T09:02:00.000Z',
          revisionCount: 1,
          status: 'draft',
          author: DRAFTER.id,
          awaitingConfirmation: false,
          pages: [],
        },
      ]);
      expect(await snapshotTree(folder)).toEqual(before);
    } finally {
      await drafts.close();
    }
  });

  it('accepts the options before the command too', async () => {
    const folder = await tempFolder();
    const result = await run('--data', folder, 'drafts', 'list');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual([]);
  });

  it('reads while the app holds the data folder, without waiting for its lock', async () => {
    const folder = await tempFolder();
    const services = await openServices(folder, 'Social Desk');
    try {
      const saved = await services.drafts.save(
        { title: 'Open in the app', body: 'Still listed.', category: 'other' },
        DRAFTER,
      );
      const result = await run('drafts', 'list', '--data', folder);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.out)).toEqual([
        expect.objectContaining({ id: saved.id, title: 'Open in the app' }),
      ]);
    } finally {
      await services.close();
    }
  });

  it('lists a version-1 drafts.json without migrating it: no file changes', async () => {
    const folder = await tempFolder();
    const content = { title: 'Road closed', body: 'Main St.', category: 'road-closure' } as const;
    const legacy = `${JSON.stringify({
      schemaVersion: 1,
      drafts: [
        {
          id: '5d2a9c1e-7b3f-4e8a-9c6d-2f1e0a9b8c7d',
          createdAt: '2025-02-01T09:00:00.000Z',
          revisions: [
            {
              ...content,
              number: 1,
              savedAt: '2025-02-01T09:00:00.000Z',
              contentHash: contentHash(content),
            },
          ],
        },
      ],
    })}\n`;
    await writeFile(join(folder, LEGACY_DRAFTS_FILE), legacy);
    const before = await snapshotTree(folder);

    const result = await run('drafts', 'list', '--data', folder);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(JSON.parse(result.out)).toEqual([
      {
        id: '5d2a9c1e-7b3f-4e8a-9c6d-2f1e0a9b8c7d',
        title: 'Road closed',
        category: 'road-closure',
        updatedAt: '2025-02-01T09:00:00.000Z',
        revisionCount: 1,
        status: 'draft',
        author: 'before-profiles',
        awaitingConfirmation: false,
        // Version 1 drafts had no target pages.
        pages: [],
      },
    ]);
    expect(await snapshotTree(folder)).toEqual(before);
    expect(await readdir(folder)).toEqual([LEGACY_DRAFTS_FILE]);
  });

  it('lists the complete lines of an index whose last line is torn, leaving the file as it is', async () => {
    const folder = await tempFolder();
    const drafts = await DraftService.open(folder);
    const saved = await drafts.save({ title: 'Complete', body: 'b', category: 'other' }, DRAFTER);
    await drafts.close();
    await appendFile(join(draftsFolder(folder), DRAFT_INDEX), '{"id":"3f1f0c8e-8c2a');
    const before = await snapshotTree(folder);

    const result = await run('drafts', 'list', '--data', folder);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual([expect.objectContaining({ id: saved.id })]);
    expect(await snapshotTree(folder)).toEqual(before);
  });

  it("exits 1 with the store's own message when the index is damaged, and leaves it as it was", async () => {
    const folder = await tempFolder();
    await mkdir(draftsFolder(folder));
    const index = join(draftsFolder(folder), DRAFT_INDEX);
    const damaged = '{"id": "3f1f0c8e-8c2a-4d7e-9b1a-2f6c5d4e3a21", "title": \n';
    await writeFile(index, damaged);

    const result = await run('drafts', 'list', '--data', folder);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain(`The draft store file ${index} cannot be read`);
    expect(result.err).toMatch(/line 1\b/);
    expect(result.err).toMatch(/restore/);
    expect(await bytesOf(index)).toEqual(Buffer.from(damaged));
  });

  it('exits 1 naming a damaged version-1 drafts.json, and leaves it as it was', async () => {
    const folder = await tempFolder();
    const file = join(folder, LEGACY_DRAFTS_FILE);
    await writeFile(file, '{"schemaVersion": 1, "drafts": [');

    const result = await run('drafts', 'list', '--data', folder);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain(`The drafts store ${file} cannot be read`);
    expect(result.err).toMatch(/restore it from a backup/);
    expect(await readdir(folder)).toEqual([LEGACY_DRAFTS_FILE]);
    expect(await bytesOf(file)).toEqual(Buffer.from('{"schemaVersion": 1, "drafts": ['));
  });

  it('exits 1 with a clear message when the data folder is a file', async () => {
    const folder = await tempFolder();
    const notAFolder = join(folder, 'data.txt');
    await writeFile(notAFolder, 'not a folder');
    const result = await run('drafts', 'list', '--data', notAFolder);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain(notAFolder);
    expect(result.err).toMatch(/no data folder/i);
    expect(result.err).toContain('--data');
    expect(await bytesOf(notAFolder)).toEqual(Buffer.from('not a folder'));
  });

  it('exits 1 for a missing data folder, and does not create it', async () => {
    const folder = await tempFolder();
    const missing = join(folder, 'nowhere');
    const result = await run('drafts', 'list', '--data', missing);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain(missing);
    expect(result.err).toMatch(/no data folder/i);
    expect(await readdir(folder)).toEqual([]);
  });
});
