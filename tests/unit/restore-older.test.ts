import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEvents } from '../../src/main/journal/read-events';
import { verifyJournal } from '../../src/main/journal/verify';
import { type BackupManifest, backupDataFolder } from '../../src/main/records/backup';
import { restoreDataFolder } from '../../src/main/records/restore';
import { failureOf, folderDigest, sharedFolder } from './records-fixtures';
import {
  CUSTODIAN,
  appendEvents,
  copyInto,
  eventTypes,
  folderState,
  recordsFolder,
} from './restore-fixtures';

/** A backup of 30 events; the folder then went on to 30 + 1 (the backup's record) + 12 events. */
let workspace = '';
let template = '';
let backup = '';
let manifest: BackupManifest;

beforeAll(async () => {
  workspace = await sharedFolder('social-desk-restore-older-');
  template = await recordsFolder(workspace, 'data', 30, 'old');
  backup = join(workspace, 'backup.tar');
  ({ manifest } = await backupDataFolder(template, backup, { by: CUSTODIAN }));
  await appendEvents(template, 12, 'later');
}, 30_000);

afterAll(async () => {
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

async function headOf(folder: string): Promise<{ events: number; head: string }> {
  const verified = await verifyJournal(folder);
  if (!verified.ok) throw new Error(`${folder} does not verify`);
  return { events: verified.events, head: verified.head };
}

async function lastEvent(folder: string) {
  let last;
  for await (const event of readEvents(folder)) last = event;
  return last;
}

describe('restoring a backup older than the current log', () => {
  it('is refused without --allow-older, saying how many newer events would be set aside', async () => {
    const { parent, folder } = await copyInto(template);
    const before = await folderState(parent, folder);

    const failure = await failureOf(() => restoreDataFolder(folder, backup, { by: CUSTODIAN }));

    expect(failure.code).toBe('invalid-request');
    expect(failure.message).toContain('is older than the current log');
    expect(failure.message).toContain('would set aside 13 newer events');
    expect(failure.message).toContain('the current log has 43, the backup 30');
    expect(failure.message).toContain('Nothing was changed');
    expect(failure.message).toContain('--allow-older');
    expect(await folderState(parent, folder)).toEqual(before);
  });

  it('with --allow-older, restores it, keeps the newer events beside and records the restore', async () => {
    const { parent, folder } = await copyInto(template);
    const oldFiles = await folderDigest(folder);
    const oldHead = await headOf(folder);

    const result = await restoreDataFolder(folder, backup, { by: CUSTODIAN, allowOlder: true });

    expect(dirname(result.previous)).toBe(parent);
    expect(result.setAside).toEqual({ events: 13, folder: result.previous });
    // The newer events are kept, whole and verifiable, in the previous folder.
    expect(await folderDigest(result.previous)).toEqual(oldFiles);
    expect(await verifyJournal(result.previous)).toMatchObject({ ok: true, events: 43 });
    // The restored log: the backup's 30 events, then the restore, chained to them.
    expect(await verifyJournal(folder)).toMatchObject({ ok: true, events: 31 });
    const sha256 = createHash('sha256')
      .update(await readFile(backup))
      .digest('hex');
    const restoreEvent = await lastEvent(folder);
    expect(restoreEvent?.header).toMatchObject({
      seq: 31,
      type: 'records.restore',
      by: CUSTODIAN.id,
      prev: manifest.journal.head,
    });
    expect(restoreEvent?.payload).toEqual({
      backup: basename(backup),
      sha256,
      before: { ...oldHead, verified: true },
      after: manifest.journal,
      setAside: { events: 13, folder: basename(result.previous) },
    });
    expect(result).toMatchObject({ sha256, recorded: { seq: 31 } });
  });

  it('needs no --allow-older when the only newer event records that very backup', async () => {
    const parent = await sharedFolder('social-desk-restore-latest-');
    try {
      const folder = await recordsFolder(parent, 'data', 20, 'latest');
      const latest = join(parent, 'latest.tar');
      await backupDataFolder(folder, latest, { by: CUSTODIAN });
      expect(await eventTypes(folder)).toHaveLength(21);

      const result = await restoreDataFolder(folder, latest, { by: CUSTODIAN });

      expect(result.setAside.events).toBe(1);
      expect((await eventTypes(folder)).slice(-2)).toEqual(['comment.captured', 'records.restore']);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('is refused for a backup of another chain, even one with more events', async () => {
    const { parent, folder } = await copyInto(template);
    const other = await recordsFolder(parent, 'other', 60, 'other');
    const otherBackup = join(parent, 'other.tar');
    await backupDataFolder(other, otherBackup, { by: CUSTODIAN });
    await rm(other, { recursive: true });
    const before = await folderState(parent, folder);

    const failure = await failureOf(() =>
      restoreDataFolder(folder, otherBackup, { by: CUSTODIAN }),
    );

    expect(failure.message).toContain('would set aside 43 newer events');
    expect(await folderState(parent, folder)).toEqual(before);
  });

  it('records a damaged current log as unverified, naming the damage', async () => {
    const { folder } = await copyInto(template);
    const segment = join(folder, 'journal', 'segment-000000000001.jsonl');
    const text = await readFile(segment, 'utf8');
    await writeFile(segment, text.replace('comment later 3"', 'comment later 9"'));

    await restoreDataFolder(folder, backup, { by: CUSTODIAN, allowOlder: true });

    const restoreEvent = await lastEvent(folder);
    expect(restoreEvent?.payload).toMatchObject({
      before: { verified: false, damage: expect.stringContaining('event 35') as unknown },
    });
  });
});
