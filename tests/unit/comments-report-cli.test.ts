import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Journal } from '../../src/main/journal/journal';
import { ProfileService } from '../../src/main/profiles/profile-service';
import { lockDataFolder } from '../../src/main/storage/data-folder-lock';
import { consistencyReportSchema } from '../../src/shared/moderation/report-view';
import { cli, cliPage, folderDigest, sharedFolder } from './records-fixtures';

const ADMIN = 'Avery Admin';
const PASSPHRASE = 'records are kept whole';
// Two sign-ins with a real scrypt check.
const TIMEOUT = 60_000;

let parent: string;
let before: Record<string, string | undefined> = {};
let folder: string;
let pageId: string;

/**
 * A data folder made by the command line, then a month of moderation written to its journal as the
 * app would: a removal in January, a hide in February, and a February removal later corrected.
 */
beforeAll(async () => {
  parent = await sharedFolder('social-desk-report-cli-');
  folder = join(parent, 'data');
  // Set for the whole file (the fixtures' setEnv is per test); put back in afterAll.
  before = {
    SOCIAL_DESK_NEW_PASSPHRASE: process.env.SOCIAL_DESK_NEW_PASSPHRASE,
    SOCIAL_DESK_PASSPHRASE: process.env.SOCIAL_DESK_PASSPHRASE,
  };
  process.env.SOCIAL_DESK_NEW_PASSPHRASE = PASSPHRASE;
  process.env.SOCIAL_DESK_PASSPHRASE = PASSPHRASE;
  const first = await cli(
    'profiles',
    'add',
    '--data',
    folder,
    '--name',
    ADMIN,
    '--roles',
    'administrator,moderator',
  );
  if (first.code !== 0) throw new Error(first.err);
  pageId = await cliPage(folder, ADMIN);
  const [admin] = (await ProfileService.open(folder, { quarantine: false })).list();
  if (!admin) throw new Error('no administrator');
  let now = new Date('2026-01-15T15:00:00.000Z');
  const { journal } = await Journal.open(folder, { now: () => now });
  try {
    const captured = (commentId: string) => ({
      type: 'comment.captured',
      by: admin.id,
      payload: { pageId, commentId, text: 'Words', author: 'Visitor', seenAt: now.toISOString() },
    });
    const act = (comment: number, action: string, reason: string) => ({
      type: 'moderation.action',
      by: admin.id,
      payload: { comment, action, reason },
    });
    const [a, b, c] = await journal.append([captured('a'), captured('b'), captured('c')]);
    if (!a || !b || !c) throw new Error('not captured');
    await journal.append([act(a.seq, 'remove', 'obscenity')]);
    now = new Date('2026-02-10T15:00:00.000Z');
    const [, corrected] = await journal.append([
      act(b.seq, 'hide', 'off-topic'),
      act(c.seq, 'remove', 'personal-attack'),
    ]);
    if (!corrected) throw new Error('not acted');
    await journal.append([
      {
        type: 'correction',
        by: admin.id,
        payload: { corrects: corrected.seq, note: 'Not a personal attack: a question' },
      },
    ]);
  } finally {
    await journal.close();
  }
}, TIMEOUT);

afterAll(async () => {
  // The unit tests share their processes (vitest.config.ts): later files see what is left here.
  for (const [name, value] of Object.entries(before)) {
    if (value === undefined) Reflect.deleteProperty(process.env, name);
    else process.env[name] = value;
  }
  await rm(parent, { recursive: true, force: true });
});

const report = (...extra: string[]) => cli('comments', 'report', '--data', folder, ...extra);

describe('social-desk comments report', () => {
  it('prints the report as JSON, counting standing hides and removals by month', async () => {
    const run = await report();
    expect(run.code, run.err).toBe(0);
    const printed = consistencyReportSchema.parse(JSON.parse(run.out));
    expect(printed.cells.map((c) => [c.month, c.action, c.reason, c.moderatorName])).toEqual([
      ['2026-01', 'remove', 'obscenity', ADMIN],
      ['2026-02', 'hide', 'off-topic', ADMIN],
    ]);
    expect(printed).toMatchObject({ range: {}, actions: 3, corrected: 1 });
    expect(printed.cells[0]?.pageName).toBe('Example PD Facebook');

    const february = consistencyReportSchema.parse(
      JSON.parse((await report('--from', '2026-02-01', '--to', '2026-02-28')).out),
    );
    expect(february.cells.map((c) => c.month)).toEqual(['2026-02']);
    expect(february.range).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it(
    'reads beside the open app (no writer lock) and writes nothing in the data folder',
    async () => {
      const before = await folderDigest(folder);
      const lock = await lockDataFolder(folder, 'the app, in this test');
      try {
        const run = await report('--out', join(parent, 'report.html'));
        expect(run.code, run.err).toBe(0);
        expect(JSON.parse(run.out)).toEqual({
          saved: join(parent, 'report.html'),
          format: 'html',
          counts: 2,
        });
      } finally {
        await lock.release();
      }
      expect(await folderDigest(folder)).toEqual(before);
    },
    TIMEOUT,
  );

  it('writes HTML to --out, and CSV when the name ends .csv', async () => {
    const html = join(parent, 'year.html');
    const csv = join(parent, 'year.CSV');
    expect((await report('--from', '2026-01-01', '--to', '2026-12-31', '--out', html)).code).toBe(
      0,
    );
    expect((await report('--out', csv)).code).toBe(0);
    const page = await readFile(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<title>Consistency report: 2026-01-01 to 2026-12-31</title>');
    expect(page).toContain('role="img"');
    const rows = (await readFile(csv, 'utf8')).split('\r\n');
    expect(rows[0]).toBe(
      '\uFEFFmonth,page,page_id,moderator,moderator_id,action,reason,reason_label,count',
    );
    expect(rows.slice(1, -1)).toHaveLength(2);
  });

  it('exits 2 for a date that is not one, or a period that ends before it starts', async () => {
    const notADate = await report('--from', '2026-13-01');
    expect(notADate.code).toBe(2);
    expect(notADate.err).toContain('--from 2026-13-01 is not a date: write it as YYYY-MM-DD');
    const badEnd = await report('--to', '31/12/2026');
    expect(badEnd.code).toBe(2);
    expect(badEnd.err).toContain('--to 31/12/2026 is not a date');
    const backwards = await report('--from', '2026-12-31', '--to', '2026-01-01');
    expect(backwards.code).toBe(2);
    expect(backwards.err).toContain('put the earlier date in --from and the later one in --to');
    expect((await report('extra')).code).toBe(2);
  });

  it('refuses an --out inside the data folder, writing nothing there', async () => {
    const before = await folderDigest(folder);
    const run = await report('--out', join(folder, 'pages.json'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/inside the data folder .*Choose a place outside the data folder/);
    expect(await folderDigest(folder)).toEqual(before);
    const missing = await report('--out', join(parent, 'no-such-folder', 'r.html'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('does not exist');
    expect(await readdir(parent)).not.toContain('no-such-folder');
  });
});
