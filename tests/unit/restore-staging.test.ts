import { randomBytes } from 'node:crypto';
import { cp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDataFolder } from '../../src/main/records/backup';
import { restoreDataFolder } from '../../src/main/records/restore';
import { intentFile } from '../../src/main/records/restore-intent';
import { failureOf, scratchFolder, sharedFolder } from './records-fixtures';
import {
  CAN_MOUNT,
  CUSTODIAN,
  copyInto,
  fillDisk,
  folderState,
  mountedTmpfs,
  recordsFolder,
} from './restore-fixtures';

/**
 * The staging folder a restore unpacks into is private (a random name, mode 0700) and is gone
 * after every failure, which is reported as what first went wrong.
 */
let workspace = '';
let template = '';
let backup = '';

beforeAll(async () => {
  workspace = await sharedFolder('social-desk-restore-staging-');
  template = await recordsFolder(workspace, 'data', 30, 'old');
  // A draft large enough that a nearly full disk runs out while unpacking it.
  await writeFile(join(template, 'drafts', 'd2.json'), randomBytes(400 * 1024).toString('base64'));
  backup = join(workspace, 'backup.tar');
  await backupDataFolder(template, backup, { by: CUSTODIAN });
}, 30_000);

afterAll(async () => {
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

describe('the staging folder of a restore', () => {
  it('is made with a random name, readable by its owner only, beside the data folder', async () => {
    const { parent, folder } = await copyInto(template);
    const seen: { name: string; mode: number; fileModes: number[]; intent: boolean }[] = [];

    await restoreDataFolder(folder, backup, {
      by: CUSTODIAN,
      atStep: async (step) => {
        if (step !== 'unpacked') return;
        for (const name of await readdir(parent)) {
          if (!name.startsWith('.data.restore-') || name.endsWith('.json')) continue;
          const staging = join(parent, name);
          const fileModes = await Promise.all(
            ['profiles.json', 'drafts/d2.json'].map(
              async (file) => (await stat(join(staging, file))).mode & 0o777,
            ),
          );
          seen.push({
            name,
            mode: (await stat(staging)).mode & 0o777,
            fileModes,
            intent: (await readdir(parent)).includes(basename(intentFile(folder))),
          });
        }
      },
    });

    expect(seen).toHaveLength(1);
    expect(seen[0]?.name).toMatch(/^\.data\.restore-[A-Za-z0-9]{6}$/);
    expect(seen[0]?.mode).toBe(0o700);
    expect(seen[0]?.fileModes).toEqual([0o600, 0o600]);
    // The intent record exists before anything is unpacked, naming what a recovery must sweep.
    expect(seen[0]?.intent).toBe(true);
    expect((await readdir(parent)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('is never made for a damaged tar, and the damage is what is reported', async () => {
    const { parent, folder } = await copyInto(template);
    const damaged = join(parent, 'damaged.tar');
    const bytes = await readFile(backup);
    // Break the checksum of the header of a file in the middle of the archive.
    let at = bytes.indexOf('drafts/index.jsonl');
    // Its header, not the manifest's mention of it: headers start on 512-byte blocks.
    while (at % 512 !== 0) at = bytes.indexOf('drafts/index.jsonl', at + 1);
    expect(at).toBeGreaterThan(512);
    bytes[at + 148] = 'x'.charCodeAt(0);
    await writeFile(damaged, bytes);
    const before = await folderState(parent, folder);

    const failure = await failureOf(() => restoreDataFolder(folder, damaged, { by: CUSTODIAN }));

    expect(failure.message).toMatch(
      /damaged\.tar is damaged or not a Social Desk backup: it cannot be read as an archive \(TAR_ENTRY_INVALID: checksum failure\)/,
    );
    expect(failure.message).not.toMatch(/ENOTEMPTY|rmdir/);
    expect(await folderState(parent, folder)).toEqual(before);
  });

  it('is removed when a file does not match the manifest', async () => {
    const { parent, folder } = await copyInto(template);
    const changed = join(parent, 'changed.tar');
    const bytes = await readFile(backup);
    const at = bytes.indexOf('Road closed old');
    bytes[at] = 'T'.charCodeAt(0);
    await writeFile(changed, bytes);
    const before = await folderState(parent, folder);

    const failure = await failureOf(() => restoreDataFolder(folder, changed, { by: CUSTODIAN }));

    expect(failure.message).toContain('drafts/d1.json does not match its SHA-256');
    expect(await folderState(parent, folder)).toEqual(before);
  });

  it.skipIf(!CAN_MOUNT)(
    'is removed when the disk fills while unpacking, which is said in words (needs root to mount a 1 MiB tmpfs)',
    async () => {
      const disk = await mountedTmpfs('1m');
      const folder = join(disk, 'data');
      await cp(template, folder, { recursive: true });
      await fillDisk(disk, 128 * 1024);
      const before = await folderState(disk, folder);

      const failure = await failureOf(() => restoreDataFolder(folder, backup, { by: CUSTODIAN }));

      expect(failure.code).toBe('write-failed');
      expect(failure.message).toContain(`the disk holding ${disk} is full`);
      expect(failure.message).toContain('Nothing was changed');
      expect(await folderState(disk, folder)).toEqual(before);
    },
  );

  it('says so when the backup file is not there, and writes nothing', async () => {
    const { parent, folder } = await copyInto(template);
    const before = await folderState(parent, folder);

    const failure = await failureOf(() =>
      restoreDataFolder(folder, join(parent, 'no-such.tar'), { by: CUSTODIAN }),
    );

    expect(failure.code).toBe('not-found');
    expect(failure.message).toMatch(/no-such\.tar cannot be opened \(ENOENT/);
    expect(failure.message).toContain('Nothing was changed');
    expect(await folderState(parent, folder)).toEqual(before);
  });

  it('leaves no staging folder when the restore is refused as older', async () => {
    const parent = await scratchFolder();
    const folder = await recordsFolder(parent, 'data', 80, 'newer');
    const before = await folderState(parent, folder);

    const failure = await failureOf(() => restoreDataFolder(folder, backup, { by: CUSTODIAN }));

    expect(failure.message).toContain('--allow-older');
    expect(await folderState(parent, folder)).toEqual(before);
  });
});
