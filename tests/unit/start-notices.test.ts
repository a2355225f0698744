import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Journal } from '../../src/main/journal/journal';
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
    const { journal } = await Journal.open(folder);
    await journal.append([{ type: 'comment.captured', by: 'test', payload: { text: 'kept' } }]);
    await journal.close();
    const [segment] = await readdir(join(folder, 'journal'));
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
