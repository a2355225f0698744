import { copyFile, cp, mkdir, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { list } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditTrail } from '../../src/main/audit/audit-trail';
import { Journal } from '../../src/main/journal/journal';
import { verifyJournal } from '../../src/main/journal/verify';
import { importComments } from '../../src/main/moderation/comment-import';
import { PageService } from '../../src/main/pages/page-service';
import { ProfileService } from '../../src/main/profiles/profile-service';
import { type BackupManifest, MANIFEST, backupDataFolder } from '../../src/main/records/backup';
import { restoreDataFolder } from '../../src/main/records/restore';
import { LOCK_FILE, lockDataFolder } from '../../src/main/storage/data-folder-lock';
import type { Profile } from '../../src/shared/profiles/profile';
import {
  errorOf,
  failureOf,
  folderDigest,
  journalEvents,
  sample,
  scratchFolder,
  segmentFiles,
  sharedFolder,
} from './records-fixtures';

const AUDIENCE = 'Residents of Example City';
const DATA_FILES = ['journal/segment-000000000001.jsonl', 'pages.json', 'profiles.json'];

/**
 * One populated data folder (a profile, a page, 240 imported comments) made once: a passphrase
 * hash is slow. Each test works on its own copy, in a parent folder of its own, so the siblings a
 * restore makes (`data.before-restore-*`) are its alone.
 */
let template = '';
let administrator: Profile;
let pageId = '';
let baseEvents = 0;

beforeAll(async () => {
  template = await sharedFolder('social-desk-backup-template-');
  const { journal } = await Journal.open(template);
  try {
    const profiles = await ProfileService.open(template, { audit: new AuditTrail(journal) });
    administrator = await profiles.add(
      {
        name: 'Avery Admin',
        roles: ['administrator', 'moderator'],
        passphrase: 'records are kept',
      },
      undefined,
    );
    const pages = await PageService.open(template);
    const page = await pages.add(
      {
        platform: 'facebook',
        name: 'Example PD Facebook',
        url: 'https://www.facebook.com/examplepd',
        audience: AUDIENCE,
      },
      administrator,
      new AuditTrail(journal),
    );
    pageId = page.id;
    await importComments(template, journal, {
      file: sample('facebook-comments.csv'),
      pageId,
      by: administrator,
    });
  } finally {
    await journal.close();
  }
  const verified = await verifyJournal(template);
  if (!verified.ok) throw new Error('the template log does not verify');
  // The profile's and the page's audit events, and 240 comments.
  baseEvents = verified.events;
}, 30_000);

afterAll(async () => {
  if (template) await rm(template, { recursive: true, force: true });
});

async function dataFolder(): Promise<{ parent: string; folder: string; out: string }> {
  const parent = await scratchFolder('social-desk-backup-');
  const folder = join(parent, 'data');
  await cp(template, folder, { recursive: true });
  return { parent, folder, out: join(parent, 'backup.tar') };
}

async function tarEntries(file: string): Promise<string[]> {
  const names: string[] = [];
  await list({ file, onReadEntry: (entry) => names.push(entry.path) });
  return names.sort();
}

/** The files a backup should carry: everything in the folder but the lock and quarantine. */
function recordFiles(digest: Readonly<Record<string, string>>): string[] {
  return Object.keys(digest)
    .filter((path) => path !== LOCK_FILE && !path.startsWith('quarantine/'))
    .sort();
}

/** What a person could see changed: every file's bytes, and what sits beside the folder. */
async function state(parent: string, folder: string) {
  return { files: await folderDigest(folder), siblings: (await readdir(parent)).sort() };
}

describe('backup', () => {
  it('writes every record with its SHA-256 and the journal head, leaving out the lock and quarantine', async () => {
    const { folder, out } = await dataFolder();
    // As the CLI does: the writer lock is held, and a quarantined copy lies in the folder.
    const lock = await lockDataFolder(folder, 'social-desk backup');
    await mkdir(join(folder, 'quarantine'));
    await writeFile(join(folder, 'quarantine', '2026-10-03-pages.json'), '{"torn');

    const verified = await verifyJournal(folder);
    expect(verified).toMatchObject({ ok: true, events: baseEvents });
    const digest = await folderDigest(folder);

    const { manifest } = await backupDataFolder(folder, out, { by: administrator });
    await lock.release();

    expect(manifest.journal).toEqual({
      events: baseEvents,
      head: verified.ok ? verified.head : '',
    });
    const carried = manifest.files.map((file) => file.path);
    expect(carried).toEqual(expect.arrayContaining(DATA_FILES));
    expect(carried).toEqual(recordFiles(digest));
    for (const file of manifest.files) expect(file.sha256, file.path).toBe(digest[file.path]);
    expect(await tarEntries(out)).toEqual([...carried, MANIFEST].sort());
    expect(await readdir(dirname(out))).not.toContain(`${basename(out)}.partial`);
  });

  it('refuses to back up a journal that fails verification, writing no file', async () => {
    const { folder, out } = await dataFolder();
    const [segment = ''] = await segmentFiles(folder);
    const text = await readFile(segment, 'utf8');
    const changed = (await journalEvents(folder)).find((event) =>
      JSON.stringify(event.payload).includes('Maria Lopez'),
    )?.header.seq;
    await writeFile(segment, text.replace('Maria Lopez', 'Maria Lopes'));

    const error = await errorOf(() => backupDataFolder(folder, out, { by: administrator }));

    expect(error.message).toMatch(new RegExp(`journal fails verification at event ${changed}\\b`));
    expect(await readdir(dirname(out))).toEqual(['data']);
  });

  it('backs up a data folder that holds no records yet', async () => {
    const parent = await scratchFolder('social-desk-backup-');
    const folder = join(parent, 'data');
    await mkdir(folder);

    const { manifest } = await backupDataFolder(folder, join(parent, 'backup.tar'), {
      by: administrator,
    });

    expect(manifest.files).toEqual([]);
    expect(manifest.journal.events).toBe(0);
  });
});

describe('restore', () => {
  it('puts the backup in place of later changes and keeps the previous contents beside the folder', async () => {
    const { parent, folder, out } = await dataFolder();
    const { manifest }: { manifest: BackupManifest } = await backupDataFolder(folder, out, {
      by: administrator,
    });
    // Work goes on after the backup: more comments, another page.
    {
      const { journal } = await Journal.open(folder);
      await importComments(folder, journal, {
        file: sample('instagram-comments.json'),
        pageId,
        by: administrator,
      });
      await (
        await PageService.open(folder)
      ).add(
        { platform: 'instagram', name: 'Example PD Instagram', url: 'https://instagram.com/expd' },
        administrator,
        new AuditTrail(journal),
      );
      await journal.close();
    }
    const later = await folderDigest(folder);
    // The backup's events, its own record, 80 comments and a page's audit.
    const laterEvents = (await verifyJournal(folder)).events;
    expect(laterEvents).toBeGreaterThanOrEqual(baseEvents + 1 + 80 + 1);
    // As the CLI does, the restore runs under the writer lock.
    const lock = await lockDataFolder(folder, 'social-desk restore');

    const result = await restoreDataFolder(folder, out, { by: administrator, allowOlder: true });

    expect(result).toMatchObject({
      files: manifest.files.length,
      events: baseEvents,
      head: manifest.journal.head,
      recorded: { seq: baseEvents + 1 },
      setAside: { events: laterEvents - baseEvents, folder: result.previous },
    });
    // The backup's events, then the restore's own record, chained to them.
    const { journal } = await Journal.open(folder, { readOnly: true });
    expect(journal.head().events).toBe(baseEvents + 1);
    await journal.close();
    expect(await verifyJournal(folder)).toMatchObject({ ok: true, events: baseEvents + 1 });
    const events = await journalEvents(folder);
    expect(events[baseEvents - 1]?.hash).toBe(manifest.journal.head);
    expect(events[baseEvents]?.header).toMatchObject({
      type: 'records.restore',
      by: administrator.id,
    });
    const restored = await folderDigest(folder);
    expect(Object.keys(restored).sort()).toEqual(
      [...manifest.files.map((file) => file.path), LOCK_FILE].sort(),
    );
    for (const file of manifest.files) {
      if (!file.path.startsWith('journal'))
        expect(restored[file.path], file.path).toBe(file.sha256);
    }
    expect((await PageService.open(folder)).list().map((page) => page.name)).toEqual([
      'Example PD Facebook',
    ]);
    // The lock stayed with the folder, and still belongs to whoever took it.
    await lock.release();
    expect(await readdir(folder)).not.toContain(LOCK_FILE);

    // Nothing is deleted by a restore: what was there is kept, whole, beside the folder.
    expect(dirname(result.previous)).toBe(parent);
    expect(basename(result.previous)).toMatch(/^data\.before-restore-/);
    const kept = await folderDigest(result.previous);
    expect(kept).toEqual(later);
    expect((await readdir(parent)).sort()).toEqual(
      ['backup.tar', 'data', basename(result.previous)].sort(),
    );
  });

  it('refuses a backup with one byte changed in a data file, changing nothing', async () => {
    const { parent, folder, out } = await dataFolder();
    await backupDataFolder(folder, out, { by: administrator });
    const bytes = await readFile(out);
    const at = bytes.indexOf(AUDIENCE);
    expect(at, 'the audience is written in pages.json in the backup').toBeGreaterThan(0);
    expect(bytes.indexOf(AUDIENCE, at + 1), 'and only there').toBe(-1);
    bytes[at] = 'r'.charCodeAt(0);
    await writeFile(out, bytes);
    const before = await state(parent, folder);

    const failure = await failureOf(() => restoreDataFolder(folder, out, { by: administrator }));

    expect(failure.code).toBe('invalid-request');
    expect(failure.message).toContain('pages.json does not match its SHA-256');
    expect(failure.message).toContain('Nothing was changed');
    expect(await state(parent, folder)).toEqual(before);
  });

  it('refuses a truncated backup, changing nothing', async () => {
    const { parent, folder, out } = await dataFolder();
    await backupDataFolder(folder, out, { by: administrator });
    const size = (await readFile(out)).length;
    await truncate(out, Math.floor(size / 2));
    const before = await state(parent, folder);

    const failure = await failureOf(() => restoreDataFolder(folder, out, { by: administrator }));

    expect(failure.code).toBe('invalid-request');
    expect(failure.message).toContain('is damaged or not a Social Desk backup');
    expect(await state(parent, folder)).toEqual(before);
  });

  it('refuses a file that is not a backup at all, changing nothing', async () => {
    const { parent, folder } = await dataFolder();
    const notATar = join(parent, 'comments.tar');
    await copyFile(sample('facebook-comments.csv'), notATar);
    const before = await state(parent, folder);

    const failure = await failureOf(() =>
      restoreDataFolder(folder, notATar, { by: administrator }),
    );

    expect(failure.code).toBe('invalid-request');
    expect(failure.message).toContain('is damaged or not a Social Desk backup');
    expect(await state(parent, folder)).toEqual(before);
  });
});
