import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intentFile, stagingPrefix, writeIntent } from '../../src/main/records/restore-intent';
import { createHandlers, openServices } from '../../src/main/services';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'social-desk-notices-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('what the start tells the person', () => {
  it('says nothing on a clean start', async () => {
    const services = await openServices(folder, 'test');
    const info = await createHandlers(services)['app:info']({});
    await services.close();
    expect(info.notices).toEqual([]);
  });

  it('says when an interrupted write was cut away, and that nothing saved was lost', async () => {
    // A folder in use: its first administrator is the journal's first event.
    const first = await openServices(folder, 'test');
    await createHandlers(first)['session:createFirstAdministrator']({
      name: 'Dana Reyes',
      passphrase: 'a long enough passphrase',
    });
    await first.close();
    const segment = (await readdir(join(folder, 'journal'))).find((name) =>
      name.endsWith('.jsonl'),
    );
    await appendFile(join(folder, 'journal', segment ?? ''), '{"header":{"seq":2,');
    const services = await openServices(folder, 'test');
    const info = await createHandlers(services)['app:info']({});
    expect(services.journal.head().events).toBe(1);
    await services.close();
    expect(info.notices).toHaveLength(1);
    expect(info.notices[0]).toContain('nothing saved was lost');
  });

  it('refuses a second writer on the same data folder, naming the first', async () => {
    const first = await openServices(folder, 'the Social Desk app');
    await expect(openServices(folder, 'another window')).rejects.toThrow(
      /in use by "the Social Desk app"/,
    );
    await first.close();
    const second = await openServices(folder, 'another window');
    await second.close();
  });

  it('reads the department’s own contact lines from department.json, and refuses a damaged one', async () => {
    const sample = await readFile(
      new URL('../fixtures/samples/department.json', import.meta.url),
      'utf8',
    );
    await writeFile(join(folder, 'department.json'), sample);
    const services = await openServices(folder, 'test');
    const info = await createHandlers(services)['app:info']({});
    await services.close();
    expect(info.department?.phones).toContain('(555) 555-0100');
    expect(info.department?.emails).toEqual(['pio@cityofexample.gov']);

    await writeFile(join(folder, 'department.json'), '{"department": "Example PD"');
    await expect(openServices(folder, 'test')).rejects.toThrow(
      /department file .*department\.json cannot be read/,
    );
    // A failed start releases the lock again, so the person can fix the file and start.
    await writeFile(join(folder, 'department.json'), sample);
    await (await openServices(folder, 'test')).close();
  });
});

describe('what the start tells the person about drafts', () => {
  it('names a draft whose file was deleted, once', async () => {
    const first = await openServices(folder, 'test');
    const handlers = createHandlers(first);
    await handlers['session:createFirstAdministrator']({
      name: 'Dana Reyes',
      passphrase: 'a long enough passphrase',
    });
    const draft = await handlers['drafts:save']({
      title: 'Bike safety day',
      body: 'Join us Saturday.',
      category: 'special-event',
      pages: [],
    });
    await first.close();
    await rm(join(folder, 'drafts', `${draft.id}.json`));

    const services = await openServices(folder, 'test');
    const info = await createHandlers(services)['app:info']({});
    await services.close();
    expect(info.notices).toEqual([expect.stringContaining('Bike safety day')]);

    const again = await openServices(folder, 'test');
    const later = await createHandlers(again)['app:info']({});
    await again.close();
    expect(later.notices).toEqual([]);
  });
});

describe('what the start tells the person about a restore cut short', () => {
  it('undoes a restore interrupted while unpacking, says so, and opens the old records', async () => {
    const first = await openServices(folder, 'test');
    await createHandlers(first)['session:createFirstAdministrator']({
      name: 'Dana Reyes',
      passphrase: 'a long enough passphrase',
    });
    await first.close();
    // What a restore killed while unpacking leaves: its intent record and a private staging folder.
    const staging = `${stagingPrefix(folder)}Ab12Cd`;
    await mkdir(staging, { mode: 0o700 });
    await writeFile(join(staging, 'profiles.json'), '{"half":"unpacked"}');
    await writeIntent(folder, {
      format: 'social-desk-restore-intent',
      version: 1,
      step: 'unpacking',
      pid: 999_999,
      host: hostname(),
      startedAt: new Date().toISOString(),
      staging: basename(staging),
    });

    const services = await openServices(folder, 'test');
    const info = await createHandlers(services)['app:info']({});
    const status = await createHandlers(services)['session:status']({});
    await services.close();
    expect(info.notices).toEqual([expect.stringContaining('it was undone')]);
    expect(status.profileNames).toEqual(['Dana Reyes']);
    expect(existsSync(staging)).toBe(false);
    expect(existsSync(intentFile(folder))).toBe(false);
  });
});
