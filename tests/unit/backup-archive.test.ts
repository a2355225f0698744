import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { list } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEvents } from '../../src/main/journal/read-events';
import { verifyJournal } from '../../src/main/journal/verify';
import { MANIFEST, backupDataFolder } from '../../src/main/records/backup';
import { bytesOf } from './temp-folder';
import { failureOf, folderDigest, sharedFolder } from './records-fixtures';
import {
  CAN_MOUNT,
  CUSTODIAN,
  copyInto,
  eventTypes,
  fillDisk,
  mountedTmpfs,
  recordsFolder,
} from './restore-fixtures';

let workspace = '';
let template = '';

beforeAll(async () => {
  workspace = await sharedFolder('social-desk-backup-archive-');
  template = await recordsFolder(workspace, 'data', 30, 'old');
  // Large enough that a nearly full disk runs out while the archive is written.
  await writeFile(join(template, 'drafts', 'd2.json'), randomBytes(300 * 1024).toString('base64'));
}, 30_000);

afterAll(async () => {
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

async function tarEntries(file: string): Promise<string[]> {
  const names: string[] = [];
  await list({ file, onReadEntry: (entry) => names.push(entry.path) });
  return names.sort();
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('a backup archive', () => {
  it('is readable by its owner only: it holds passphrase hashes and the journal', async () => {
    const { parent, folder } = await copyInto(template);
    const fresh = join(parent, 'fresh.tar');
    const over = join(parent, 'over.tar');
    await writeFile(over, 'an older file in the way');
    await chmod(over, 0o644);

    await backupDataFolder(folder, fresh, { by: CUSTODIAN });
    await backupDataFolder(folder, over, { by: CUSTODIAN });

    expect((await stat(fresh)).mode & 0o777).toBe(0o600);
    expect((await stat(over)).mode & 0o777).toBe(0o600);
  });

  it('written inside the data folder is never carried by the next backup', async () => {
    const { folder } = await copyInto(template);
    await mkdir(join(folder, 'backups'));
    const monday = join(folder, 'backups', 'monday.tar');
    const tuesday = join(folder, 'tuesday.tar');
    await backupDataFolder(folder, monday, { by: CUSTODIAN });
    // A backup killed while writing leaves its .partial; a re-run overwrites its own target.
    await writeFile(join(folder, 'wednesday.tar.partial'), 'half an archive');
    await writeFile(tuesday, 'yesterday, under the same name');

    const result = await backupDataFolder(folder, tuesday, { by: CUSTODIAN });

    const carried = result.manifest.files.map((file) => file.path);
    expect(carried).not.toContain('backups/monday.tar');
    expect(carried).not.toContain('tuesday.tar');
    expect(carried).not.toContain('wednesday.tar.partial');
    expect(carried).toEqual(expect.arrayContaining(['profiles.json', 'drafts/d2.json']));
    expect(result.leftOut).toEqual(['backups/monday.tar', 'tuesday.tar']);
    expect(await tarEntries(tuesday)).toEqual([...carried, MANIFEST].sort());
    // And the next one, with tuesday.tar now a backup in the folder, carries neither.
    const third = await backupDataFolder(folder, join(folder, 'thursday.tar'), { by: CUSTODIAN });
    expect(third.manifest.files.map((file) => file.path)).toEqual(carried);
  });

  it('is recorded in the journal: who, the archive SHA-256, the head it holds', async () => {
    const { parent, folder } = await copyInto(template);
    const out = join(parent, 'desk.tar');
    const headBefore = await verifyJournal(folder);

    const result = await backupDataFolder(folder, out, { by: CUSTODIAN });

    const bytes = await readFile(out);
    expect(result.sha256).toBe(sha256(bytes));
    expect(result.manifest.journal).toEqual({
      events: 30,
      head: headBefore.ok ? headBefore.head : '',
    });
    expect(result.event.seq).toBe(31);
    expect(await verifyJournal(folder)).toMatchObject({ ok: true, events: 31 });
    let last;
    for await (const event of readEvents(folder)) last = event;
    expect(last?.header).toMatchObject({
      seq: 31,
      type: 'records.backup',
      by: CUSTODIAN.id,
      prev: result.manifest.journal.head,
    });
    expect(last?.payload).toEqual({
      sha256: sha256(bytes),
      bytes: bytes.length,
      file: basename(out),
      files: result.manifest.files.length,
      journal: result.manifest.journal,
    });
  });

  it.skipIf(!CAN_MOUNT)(
    'on a full disk fails in words, leaves no partial file and changes nothing (needs root to mount a 1 MiB tmpfs)',
    async () => {
      const { folder } = await copyInto(template);
      const disk = await mountedTmpfs('1m');
      const out = join(disk, 'desk.tar');
      await writeFile(out, 'last week’s backup, kept until a new one is whole');
      await fillDisk(disk, 96 * 1024);
      const before = await folderDigest(folder);
      const onDisk = (await readdir(disk)).sort();

      const failure = await failureOf(() => backupDataFolder(folder, out, { by: CUSTODIAN }));

      expect(failure.code).toBe('write-failed');
      expect(failure.message).toContain(`the disk holding ${out} is full`);
      expect(failure.message).toContain('Nothing was changed');
      expect((await readdir(disk)).sort()).toEqual(onDisk);
      expect((await bytesOf(out))?.toString()).toBe(
        'last week’s backup, kept until a new one is whole',
      );
      expect(await folderDigest(folder)).toEqual(before);
      expect(await eventTypes(folder)).not.toContain('records.backup');

      // With space freed, the same command succeeds and the archive is whole.
      await rm(join(disk, 'filler'));
      const result = await backupDataFolder(folder, out, { by: CUSTODIAN });
      expect(sha256(await readFile(out))).toBe(result.sha256);
    },
  );
});
