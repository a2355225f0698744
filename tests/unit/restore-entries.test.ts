import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST, type BackupManifest, backupDataFolder } from '../../src/main/records/backup';
import { restoreDataFolder } from '../../src/main/records/restore';
import { lockDataFolder } from '../../src/main/storage/data-folder-lock';
import { failureOf, sharedFolder } from './records-fixtures';
import {
  type ArchiveEntry,
  CUSTODIAN,
  copyInto,
  folderState,
  readArchive,
  recordsFolder,
  writeArchive,
} from './restore-fixtures';

/**
 * A restore unpacks only the regular files its manifest lists, and the folders that hold them.
 * Each archive below is a real backup with one thing added or changed, as an attacker or a bad
 * copy would make it; each must be refused before anything is written, leaving no staging folder.
 */
let template = '';
let entries: ArchiveEntry[] = [];

beforeAll(async () => {
  const parent = await sharedFolder('social-desk-restore-entries-');
  template = await recordsFolder(parent);
  const made = join(parent, 'made.tar');
  await backupDataFolder(template, made, { by: CUSTODIAN });
  entries = await readArchive(made);
}, 30_000);

afterAll(async () => {
  if (template) await rm(join(template, '..'), { recursive: true, force: true });
});

function manifestOf(archive: readonly ArchiveEntry[]): BackupManifest {
  const [first] = archive;
  if (first?.path !== MANIFEST || !first.body) throw new Error('no manifest first');
  return JSON.parse(first.body.toString('utf8')) as BackupManifest;
}

function file(path: string, text: string): ArchiveEntry {
  return { path, type: 'File', body: Buffer.from(text) };
}

/** The backup with `extra` entries added at the end, its manifest unchanged. */
function withExtra(...extra: ArchiveEntry[]): ArchiveEntry[] {
  return [...entries, ...extra];
}

/** The backup with `extra` files added and listed in its manifest with their true SHA-256. */
function listedToo(...extra: ArchiveEntry[]): ArchiveEntry[] {
  const manifest = manifestOf(entries);
  const files = [
    ...manifest.files,
    ...extra.map((entry) => ({
      path: entry.path,
      bytes: entry.body?.length ?? 0,
      sha256: createHash('sha256')
        .update(entry.body ?? Buffer.alloc(0))
        .digest('hex'),
    })),
  ];
  return [file(MANIFEST, JSON.stringify({ ...manifest, files })), ...entries.slice(1), ...extra];
}

const liveLock = JSON.stringify({
  pid: 1,
  host: `${hostname()}-elsewhere`,
  command: 'social-desk app',
  since: '2026-10-03T12:00:00.000Z',
});

async function refusedWithNothingWritten(archive: readonly ArchiveEntry[], expected: RegExp) {
  const { parent, folder } = await copyInto(template);
  const tar = join(parent, 'crafted.tar');
  await writeArchive(tar, archive);
  const before = await folderState(parent, folder);
  const lock = await lockDataFolder(folder, 'social-desk restore');
  const lockedState = await folderState(parent, folder);

  const failure = await failureOf(() => restoreDataFolder(folder, tar, { by: CUSTODIAN }));

  expect(failure.code).toBe('invalid-request');
  expect(failure.message).toMatch(expected);
  expect(failure.message).toContain('Nothing was changed');
  // No staging folder, no intent record, no previous folder: the parent is as it was.
  expect(await folderState(parent, folder)).toEqual(lockedState);
  await lock.release();
  expect(await folderState(parent, folder)).toEqual(before);
  // And the folder still takes writes: no planted lock was left behind.
  const again = await lockDataFolder(folder, 'social-desk pages add');
  await again.release();
}

describe('restore refuses every entry its manifest does not list, before writing anything', () => {
  it('a planted writer.lock, which would otherwise block every write', async () => {
    await refusedWithNothingWritten(
      withExtra(file('writer.lock', liveLock)),
      /holds the file "writer\.lock", which its manifest does not list/,
    );
  });

  it.each([
    ['writer.lock', liveLock],
    ['quarantine/2026-10-03-pages.json', '{"torn'],
    ['chromium-profile/Cookies', 'session'],
    ['pages.json.tmp', '{}'],
    ['drafts/.d1.json.4242.1.tmp', '{}'],
    ['backup.tar.partial', 'half'],
    ['.writer.lock.4242.1', liveLock],
  ])('%s, even when its manifest lists it with its true SHA-256', async (path, text) => {
    await refusedWithNothingWritten(
      listedToo(file(path, text)),
      /its manifest lists ".*", which a data folder's backup never holds/,
    );
  });

  it.each([
    ['quarantine/2026-10-03-pages.json', '{"torn'],
    ['chromium-profile/Cookies', 'session'],
    ['profiles.json.tmp', '{}'],
    ['notes.txt', 'not a record'],
  ])('%s, unlisted', async (path, text) => {
    await refusedWithNothingWritten(
      withExtra(file(path, text)),
      /which its manifest does not list/,
    );
  });

  it('a symbolic link, even one that points inside the folder', async () => {
    await refusedWithNothingWritten(
      withExtra({ path: 'profiles-link.json', type: 'SymbolicLink', linkpath: 'profiles.json' }),
      /a symbolic link "profiles-link\.json" to "profiles\.json"; a backup holds only regular files/,
    );
  });

  it('a symbolic link under a listed name, pointing outside', async () => {
    const archive = entries.map((entry) =>
      entry.path === 'pages.json'
        ? ({ path: 'pages.json', type: 'SymbolicLink', linkpath: '/etc/passwd' } as const)
        : entry,
    );
    await refusedWithNothingWritten(archive, /a symbolic link "pages\.json" to "\/etc\/passwd"/);
  });

  it('a hard link, even one to a listed file', async () => {
    await refusedWithNothingWritten(
      withExtra({ path: 'pages-again.json', type: 'Link', linkpath: 'pages.json' }),
      /a hard link "pages-again\.json" to "pages\.json"/,
    );
  });

  it('a device', async () => {
    await refusedWithNothingWritten(
      withExtra({ path: 'null', type: 'CharacterDevice' }),
      /a device "null"/,
    );
  });

  it('a named pipe', async () => {
    await refusedWithNothingWritten(
      withExtra({ path: 'fifo', type: 'FIFO' }),
      /a named pipe "fifo"/,
    );
  });

  it('an absolute path', async () => {
    await refusedWithNothingWritten(
      withExtra(file('/tmp/social-desk-planted.json', '{}')),
      /"\/tmp\/social-desk-planted\.json", which its manifest does not list/,
    );
  });

  it('a path that climbs out with ..', async () => {
    await refusedWithNothingWritten(
      withExtra(file('../planted.json', '{}')),
      /"\.\.\/planted\.json", which its manifest does not list/,
    );
  });

  it('a listed path that climbs out with .., with its true SHA-256', async () => {
    await refusedWithNothingWritten(
      listedToo(file('drafts/../../planted.json', '{}')),
      /its manifest lists "drafts\/\.\.\/\.\.\/planted\.json"/,
    );
  });

  it('a folder that holds no listed file', async () => {
    await refusedWithNothingWritten(
      withExtra({ path: 'quarantine/', type: 'Directory' }),
      /the folder "quarantine\/", which holds no file its manifest lists/,
    );
  });

  it('a listed file given twice (the second would overwrite the first)', async () => {
    const pages = entries.find((entry) => entry.path === 'pages.json');
    if (!pages) throw new Error('no pages.json in the backup');
    await refusedWithNothingWritten(withExtra(pages), /holds the file "pages\.json" twice/);
  });

  it('an archive whose first entry is not the manifest', async () => {
    await refusedWithNothingWritten(
      [...entries.slice(1), ...entries.slice(0, 1)],
      /first entry is not backup-manifest\.json/,
    );
  });

  it('accepts the folders that hold listed files', async () => {
    const { parent, folder } = await copyInto(template);
    const tar = join(parent, 'with-folders.tar');
    const [manifest, ...rest] = entries;
    if (!manifest) throw new Error('empty backup');
    await writeArchive(tar, [
      manifest,
      { path: 'drafts/', type: 'Directory' },
      { path: 'journal/', type: 'Directory' },
      ...rest,
    ]);
    const result = await restoreDataFolder(folder, tar, { by: CUSTODIAN });
    expect(result.files).toBe(manifestOf(entries).files.length);
  });
});
