import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { DeskShell } from '../../src/main/handlers/domain-handlers';
import { createDispatcher } from '../../src/main/ipc/dispatcher';
import { ImportInterrupted, importComments } from '../../src/main/moderation/comment-import';
import { IMPORT_KEPT_MS, ImportJobs, messageOf } from '../../src/main/moderation/import-jobs';
import { IMPORT_MAPPINGS_FILE } from '../../src/main/moderation/import-mappings';
import { captureQueueOf } from '../../src/main/moderation/import-queue';
import { createHandlers, openServices } from '../../src/main/services';
import { COMMENT_CAPTURED, capturedCommentSchema } from '../../src/shared/moderation/comment';
import type { ImportPreview, ImportStatus } from '../../src/shared/moderation/import-view';
import type { Profile } from '../../src/shared/profiles/profile';
import { journalEvents, sample } from './records-fixtures';
import { tempFolder } from './temp-folder';

const PASSPHRASE = 'a long enough passphrase';
// A real scrypt sign-up per test and thousands of rows imported twice: over vitest's 5 s on a busy
// machine (two cores shared by parallel test files).
const TIMEOUT = 30_000;

/** Real services and dispatcher; the open dialog answers with whatever `answer` holds. */
async function desk() {
  const folder = await tempFolder('social-desk-import-app-');
  const services = await openServices(folder, 'import app test');
  onTestFinished(() => services.close());
  const dialog: { answer: string | undefined } = { answer: undefined };
  const refuse = () => Promise.reject(new Error('not in this test'));
  const shell: DeskShell = {
    chooseSaveFile: refuse,
    chooseOpenFile: () => Promise.resolve(dialog.answer),
    printToPdf: refuse,
    print: refuse,
    copyText: refuse,
  };
  const dispatch = createDispatcher(createHandlers(services, shell));
  const first = await dispatch(
    'session:createFirstAdministrator',
    { name: 'Pat Okafor', passphrase: PASSPHRASE },
    true,
  );
  if (!first.ok) throw new Error(first.error.message);
  const moderator: Profile = await services.profiles.add(
    { name: 'Sam Ortiz', roles: ['moderator'], passphrase: PASSPHRASE },
    first.value as Profile,
  );
  const page = await services.pages.add(
    { platform: 'facebook', name: 'Example PD', url: 'https://www.facebook.com/examplepd' },
    first.value as Profile,
    services.audit,
  );
  services.session.signIn(moderator);
  const send = (channel: string, request: object) => dispatch(channel, request, true);
  const call = async <T>(channel: string, request: object): Promise<T> => {
    const result = await send(channel, request);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  const choose = async (path: string) => {
    dialog.answer = path;
    const chosen = await call<{ file: string; name: string; bytes: number }>(
      'comments:chooseImportFile',
      {},
    );
    return chosen.file;
  };
  const finished = async (job: string): Promise<ImportStatus> => {
    for (;;) {
      const status = await call<ImportStatus>('comments:importStatus', { job });
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const captured = async () =>
    (await journalEvents(folder))
      .filter((event) => event.header.type === COMMENT_CAPTURED)
      .map((event) => capturedCommentSchema.parse(event.payload));
  const administrator = first.value as Profile;
  return {
    folder,
    services,
    page,
    moderator,
    administrator,
    dispatch,
    send,
    call,
    choose,
    finished,
    captured,
  };
}

/** An export of `count` comments, ids c0, c1, ..., one a line from line 2. */
async function bigExport(count: number): Promise<string> {
  const rows = Array.from(
    { length: count },
    (_, index) =>
      `c${index},"Comment number ${index} about the parade",Resident ${index % 50},2026-10-03T14:00:00Z,`,
  );
  const path = join(await tempFolder(), 'big.csv');
  await writeFile(path, `id,message,from,created_time,permalink_url\n${rows.join('\n')}\n`);
  return path;
}

describe('importing comments in the app', { timeout: TIMEOUT }, () => {
  it('previews the first 10 rows with the recognised mapping, never showing the path', async () => {
    const { call, choose } = await desk();
    const path = sample('facebook-comments.csv');
    const file = await choose(path);

    expect(file).not.toContain('/');
    const preview = await call<ImportPreview>('comments:previewImport', { file });

    expect(preview.columns).toEqual(['id', 'message', 'from', 'created_time', 'permalink_url']);
    expect(preview.mapping).toEqual({
      id: 'id',
      text: 'message',
      author: 'from',
      time: 'created_time',
      permalink: 'permalink_url',
    });
    expect(preview.rows).toHaveLength(10);
    expect(preview.rows[0]).toMatchObject({
      line: 2,
      text: 'Appreciate the heads up about the road closure.',
      author: 'Maria Lopez',
    });
    expect(preview.needsDateFormat).toBe(false);
    expect(JSON.stringify(preview)).not.toContain(path);
  });

  it('imports in the background with progress and the per-row report, as the CLI does', async () => {
    const { call, choose, finished, page, captured } = await desk();
    const file = await choose(sample('malformed-comments.csv'));

    const { job } = await call<{ job: string }>('comments:startImport', {
      file,
      pageId: page.id,
    });
    const status = await finished(job);

    expect(status.state).toBe('done');
    expect(status.bytesRead).toBe(status.bytes);
    expect(status.report?.imported).toBe(1);
    expect(status.report?.rejected.map((row) => row.line)).toEqual([3, 4, 5, 6, 7]);
    expect(await captured()).toHaveLength(1);
  });

  it('refuses a token not given by this app session, and a file refused whole by name only', async () => {
    const { send, choose, page } = await desk();
    const made = await send('comments:previewImport', { file: 'not-a-token' });
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.error.message).toContain('Choose the export file again');
    const started = await send('comments:startImport', { file: 'not-a-token', pageId: page.id });
    expect(started.ok).toBe(false);

    const file = await choose(sample('latin1-comments.csv'));
    const refused = await send('comments:previewImport', { file });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.message).toContain('latin1-comments.csv is not UTF-8');
      expect(refused.error.message).not.toContain(sample('latin1-comments.csv'));
    }
  });

  it('saves a mapping for a platform and uses it for the next export with the same columns', async () => {
    const { call, choose, finished, page, folder, captured } = await desk();
    const path = sample('exported-comments-other-tool.csv');
    const file = await choose(path);
    const unmapped = await call<ImportPreview>('comments:previewImport', { file });
    expect(unmapped.columns).toEqual(['Name', 'Profile ID', 'Date', 'Likes', 'Comment']);
    // "Comment" and "Date" and "Name" are recognised; the time needs its order.
    expect(unmapped.needsDateFormat).toBe(true);

    const map = { text: 'Comment', author: 'Name', time: 'Date' };
    const { job } = await call<{ job: string }>('comments:startImport', {
      file,
      pageId: page.id,
      map,
      dateFormat: 'mdy',
      saveMappingAs: 'Other tool',
    });
    const status = await finished(job);
    expect(status.state, status.error).toBe('done');
    expect(status.report?.imported).toBe(60);
    expect((await captured())[0]?.postedAt).toBeDefined();

    const saved = await call<{ platform: string }[]>('comments:mappings', {});
    expect(saved).toMatchObject([{ platform: 'Other tool', map, dateFormat: 'mdy' }]);

    // A new export of the same tool (another file, the same columns) is previewed with it.
    const next = join(await tempFolder(), 'other-tool-november.csv');
    await writeFile(
      next,
      'Name,Profile ID,Date,Likes,Comment\nDana Whitfield,1,11/03/2026 02:00 PM,2,"Thanks!"\n',
    );
    const again = await call<ImportPreview>('comments:previewImport', {
      file: await choose(next),
    });
    expect(again.savedMapping).toBe('Other tool');
    expect(again.mapping).toEqual(map);
    expect(again.rows[0]).toMatchObject({ line: 2, text: 'Thanks!' });
    expect(again.rows[0]?.problem).toBeUndefined();
    // Durably on disk, in the data folder: a new session of the app finds it.
    expect(await readFile(join(folder, IMPORT_MAPPINGS_FILE), 'utf8')).toContain('Other tool');
  });

  it('cancels mid-import: what was saved is said exactly, and running it again adds the rest', async () => {
    const { call, choose, finished, page, captured } = await desk();
    const rows = Array.from(
      { length: 3_000 },
      (_, index) =>
        `c${index},"Comment number ${index} about the parade",Resident ${index % 50},2026-10-03T14:00:00Z,`,
    );
    const path = join(await tempFolder(), 'big.csv');
    await writeFile(path, `id,message,from,created_time,permalink_url\n${rows.join('\n')}\n`);
    const file = await choose(path);

    const { job } = await call<{ job: string }>('comments:startImport', { file, pageId: page.id });
    const cancelled = await call<ImportStatus>('comments:cancelImport', { job });

    expect(cancelled.state).toBe('cancelled');
    const saved = (await captured()).length;
    expect(cancelled.report?.imported).toBe(saved);
    expect(saved).toBeLessThan(3_000);
    expect(cancelled.report?.stoppedAfterLine).toBe(saved === 0 ? 0 : saved + 1);

    const again = await call<{ job: string }>('comments:startImport', { file, pageId: page.id });
    const done = await finished(again.job);
    expect(done.report).toMatchObject({ imported: 3_000 - saved, duplicates: saved });
    expect(await captured()).toHaveLength(3_000);
  });
});

describe('entering one comment by hand', { timeout: TIMEOUT }, () => {
  it('records it verbatim as entered by hand, by whom, and refuses the same comment twice', async () => {
    const { send, call, page, moderator, folder } = await desk();
    const comment = {
      pageId: page.id,
      text: '  Two spaces first, and an emoji 🚓  ',
      author: 'Jill Baker',
      postedAt: '2026-10-03T14:11:00.000Z',
    };

    const summary = await call<{ seq: number; text: string; commentId: string }>(
      'comments:add',
      comment,
    );

    expect(summary.text).toBe(comment.text);
    expect(summary.commentId).toMatch(/^derived:/);
    const [event] = (await journalEvents(folder)).filter((e) => e.header.type === COMMENT_CAPTURED);
    expect(event?.header.by).toBe(moderator.id);
    expect(event?.payload).toMatchObject({ enteredByHand: true, text: comment.text });

    const twice = await send('comments:add', comment);
    expect(twice.ok).toBe(false);
    if (!twice.ok) {
      expect(twice.error.message).toContain('already recorded');
      expect(twice.error.message).toContain(`entry ${summary.seq}`);
    }
  });
});

describe('the import job, as a person at the screen sees it', { timeout: TIMEOUT }, () => {
  it('finishes with its counts and a warning when the mapping cannot be saved', async () => {
    const { call, choose, finished, page, folder, captured } = await desk();
    // A mappings file that cannot be read: saving the mapping fails, the import must not.
    await writeFile(join(folder, IMPORT_MAPPINGS_FILE), '{ not json');
    const file = await choose(sample('exported-comments-other-tool.csv'));

    const { job } = await call<{ job: string }>('comments:startImport', {
      file,
      pageId: page.id,
      map: { text: 'Comment', author: 'Name', time: 'Date' },
      dateFormat: 'mdy',
      saveMappingAs: 'Other tool',
    });
    const status = await finished(job);

    expect(status.state, status.error).toBe('done');
    expect(status.error).toBeUndefined();
    expect(status.report?.imported).toBe(60);
    expect(await captured()).toHaveLength(60);
    expect(status.warning).toContain('the mapping for Other tool was not saved');
    expect(status.warning).toContain(IMPORT_MAPPINGS_FILE);
  });

  it('hears a cancel during a re-import of duplicates, counting only rows up to where it stopped', async () => {
    const { call, choose, finished, page, services, folder, captured } = await desk();
    const path = await bigExport(3_000);
    const file = await choose(path);
    const first = await call<{ job: string }>('comments:startImport', { file, pageId: page.id });
    expect((await finished(first.job)).report?.imported).toBe(3_000);

    // Every row a duplicate: no batch ever fills, and the cancel must still be heard.
    const again = await call<{ job: string }>('comments:startImport', { file, pageId: page.id });
    const cancelled = await call<ImportStatus>('comments:cancelImport', { job: again.job });
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.report?.imported).toBe(0);

    // Stopped part way by a cancel heard on a progress report: the counts are of rows up to it.
    const controller = new AbortController();
    const result = await importComments(folder, services.journal, {
      file: path,
      pageId: page.id,
      by: { id: 'test' },
      index: services.comments,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(result.stoppedAfterLine).toBeGreaterThan(1);
    expect(result.stoppedAfterLine).toBeLessThan(3_001);
    // Line 1 is the header: rows 2 to the stop line, each counted once, as a duplicate.
    expect(result.duplicates).toBe((result.stoppedAfterLine ?? 0) - 1);
    expect(result.imported).toBe(0);
    expect(await captured()).toHaveLength(3_000);
  });

  it("gives refusals and interruptions in the app's words, not the command line's", async () => {
    const { call, choose, finished, page } = await desk();
    const file = await choose(sample('exported-comments-other-tool.csv'));
    // No date order given: dates such as 10/03/2026 are refused for want of one.
    const { job } = await call<{ job: string }>('comments:startImport', {
      file,
      pageId: page.id,
      map: { text: 'Comment', author: 'Name', time: 'Date' },
    });
    const status = await finished(job);
    const reasons = status.report?.rejected.map((row) => row.reason) ?? [];

    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.join(' ')).toContain('the Date order');
    expect(reasons.join(' ')).not.toContain('--');

    const chosen = { path: '/home/pat/exports/comments.csv', name: 'comments.csv', bytes: 10 };
    const interrupted = new ImportInterrupted(
      chosen.path,
      { imported: 2_000, edited: 0, duplicates: 0, rejected: [], mapping: {} },
      1_000,
      2_001,
      new Error('The disk is full.'),
    );
    const words = messageOf(interrupted, chosen);
    expect(words).toContain('import the same file again');
    expect(words).not.toContain('command');
    expect(words).not.toContain(chosen.path);
  });
});

describe('chosen files and finished imports belong to who chose them', { timeout: TIMEOUT }, () => {
  it("refuses another profile's token, and forgets a person's files and reports at sign-out", async () => {
    const { send, call, choose, finished, page, services, moderator, administrator } = await desk();
    const file = await choose(sample('malformed-comments.csv'));
    const { job } = await call<{ job: string }>('comments:startImport', { file, pageId: page.id });
    await finished(job);
    const kept = await choose(sample('facebook-comments.csv'));

    const colleague = await services.profiles.add(
      { name: 'Lee Chan', roles: ['moderator'], passphrase: PASSPHRASE },
      administrator,
    );
    services.session.signIn(colleague);
    const other = await send('comments:previewImport', { file: kept });
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.error.message).toContain('Choose the export file again');

    // Signing in over Sam signed Sam out: Sam's chosen file is gone too.
    services.session.signIn(moderator);
    expect((await send('comments:previewImport', { file: kept })).ok).toBe(false);
    const mine = await choose(sample('facebook-comments.csv'));
    expect((await send('comments:previewImport', { file: mine })).ok).toBe(true);

    await send('session:signOut', {});
    services.session.signIn(moderator);
    const gone = await send('comments:previewImport', { file: mine });
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.error.message).toContain('Choose the export file again');
    const report = await send('comments:importStatus', { job });
    expect(report.ok).toBe(false);
  });

  it('keeps a chosen file and a finished report for an hour, not longer', async () => {
    let now = Date.parse('2026-10-03T14:00:00Z');
    const jobs = new ImportJobs(() => now);
    const chosen = { path: '/exports/comments.csv', name: 'comments.csv', bytes: 10 };
    const token = jobs.choose(chosen, 'pat');
    expect(() => jobs.file(token, 'lee')).toThrow('Choose the export file again');
    const job = jobs.start(chosen, 'pat', () =>
      Promise.resolve({ imported: 1, edited: 0, duplicates: 0, rejected: [], mapping: {} }),
    );
    await jobs.settle();

    now += IMPORT_KEPT_MS - 1_000;
    expect(jobs.file(token, 'pat')).toEqual(chosen);
    expect(jobs.status(job).state).toBe('done');
    now += 2_000;
    expect(() => jobs.file(token, 'pat')).toThrow('Choose the export file again');
    expect(() => jobs.status(job)).toThrow('No import with that id');
  });
});

describe('one comment by hand, beside imports', { timeout: TIMEOUT }, () => {
  it('refuses a comment an export recorded without an id, matched by page, author, text and minute', async () => {
    const { send, call, choose, finished, page, captured } = await desk();
    const path = join(await tempFolder(), 'no-ids.csv');
    await writeFile(
      path,
      'message,from,created_time\n"Thanks for the update on the parade",Jill Baker,2026-10-03T14:11:27+0000\n',
    );
    const { job } = await call<{ job: string }>('comments:startImport', {
      file: await choose(path),
      pageId: page.id,
    });
    expect((await finished(job)).report?.imported).toBe(1);
    const [imported] = await captured();

    const byHand = await send('comments:add', {
      pageId: page.id,
      text: 'Thanks for the update on the parade',
      author: 'Jill Baker',
      postedAt: '2026-10-03T14:11:00.000Z',
    });

    expect(byHand.ok).toBe(false);
    if (!byHand.ok) {
      expect(byHand.error.message).toContain('already recorded');
      expect(byHand.error.message).toContain(imported?.commentId ?? 'no id');
    }
    expect(await captured()).toHaveLength(1);

    // Another minute, or another text, is another comment.
    const later = await send('comments:add', {
      pageId: page.id,
      text: 'Thanks for the update on the parade',
      author: 'Jill Baker',
      postedAt: '2026-10-03T14:12:00.000Z',
    });
    expect(later.ok).toBe(true);
  });

  it('records a double submit once', async () => {
    const { send, page, captured } = await desk();
    const comment = {
      pageId: page.id,
      text: 'Submitted twice by a double click',
      author: 'Jill Baker',
      postedAt: '2026-10-03T14:11:00.000Z',
      commentId: '10158_42',
    };

    const answers = await Promise.all([
      send('comments:add', comment),
      send('comments:add', comment),
    ]);

    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(await captured()).toHaveLength(1);
  });

  it('records a comment entered by hand during an import of it once', async () => {
    const { send, call, choose, finished, page, captured } = await desk();
    const file = await choose(await bigExport(3_000));
    const { job } = await call<{ job: string }>('comments:startImport', { file, pageId: page.id });
    const byHand = await send('comments:add', {
      pageId: page.id,
      text: 'Comment number 2999 about the parade',
      author: 'Resident 49',
      postedAt: '2026-10-03T14:00:00.000Z',
      commentId: 'c2999',
    });
    const status = await finished(job);

    const ids = (await captured()).map((comment) => comment.commentId);
    expect(ids.filter((id) => id === 'c2999')).toHaveLength(1);
    expect(ids).toHaveLength(3_000);
    expect(status.report?.duplicates).toBe(byHand.ok ? 1 : 0);
  });
});

describe('an import and a hand entry in one queue', { timeout: TIMEOUT }, () => {
  it('does not capture again a comment entered by hand after its row was read', async () => {
    const { send, page, services, folder, captured } = await desk();
    const path = await bigExport(3_000);
    let entered: Promise<{ ok: boolean }> | undefined;
    const result = await importComments(folder, services.journal, {
      file: path,
      pageId: page.id,
      by: { id: 'test' },
      index: services.comments,
      queue: captureQueueOf(services.journal),
      // Row c10 is read and waits in the first batch when its comment is entered by hand.
      onProgress: () => {
        entered ??= send('comments:add', {
          pageId: page.id,
          text: 'Comment number 10 about the parade',
          author: 'Resident 10',
          postedAt: '2026-10-03T14:00:00.000Z',
          commentId: 'c10',
        });
      },
    });

    expect((await entered)?.ok).toBe(true);
    const ids = (await captured()).map((comment) => comment.commentId);
    expect(ids.filter((id) => id === 'c10')).toHaveLength(1);
    expect(ids).toHaveLength(3_000);
    expect(result).toMatchObject({ imported: 2_999, duplicates: 1 });
  });
});
