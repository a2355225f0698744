import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Journal } from '../../src/main/journal/journal';
import { makeEventLine } from '../../src/main/journal/journal-line';
import { verifyJournal } from '../../src/main/journal/verify';
import { type ImportOptions, importComments } from '../../src/main/moderation/comment-import';
import {
  COMMENT_CAPTURED,
  type CapturedComment,
  capturedCommentSchema,
} from '../../src/shared/moderation/comment';
import {
  failureOf,
  folderDigest,
  journalEvents,
  personProfile,
  sample,
  scratchFolder,
  segmentFiles,
  setEnv,
} from './records-fixtures';

const ROW_18_ID = '10158000017_287385';
const ROW_18_TEXT =
  'She said "thank you, officers" — and then the line broke\nacross two lines, with a comma, and an emoji 🚓';

/** A data folder with an open journal (closed when the test ends) and a page to import into. */
async function desk() {
  const folder = await scratchFolder('social-desk-import-');
  const { journal } = await Journal.open(folder);
  onTestFinished(() => journal.close());
  const by = personProfile();
  const pageId = randomUUID();
  const importFile = (file: string, options: Partial<ImportOptions> = {}) =>
    importComments(folder, journal, { file, pageId, by, ...options });
  return { folder, journal, by, pageId, importFile };
}

async function captured(folder: string): Promise<CapturedComment[]> {
  return (await journalEvents(folder))
    .filter((event) => event.header.type === COMMENT_CAPTURED)
    .map((event) => capturedCommentSchema.parse(event.payload));
}

async function journalDigest(folder: string) {
  return folderDigest(join(folder, 'journal'));
}

describe('importing comments', () => {
  it('captures all 240 Facebook comments, verbatim, with the line each starts on', async () => {
    const { folder, journal, by, pageId, importFile } = await desk();

    const result = await importFile(sample('facebook-comments.csv'));

    expect(result).toEqual({
      imported: 240,
      edited: 0,
      duplicates: 0,
      rejected: [],
      mapping: {
        id: 'id',
        text: 'message',
        author: 'from',
        time: 'created_time',
        permalink: 'permalink_url',
      },
    });
    expect(journal.head().events).toBe(240);
    const events = await journalEvents(folder);
    expect(events.every((event) => event.header.by === by.id)).toBe(true);
    const comments = await captured(folder);
    expect(comments).toHaveLength(240);
    expect(new Set(comments.map((comment) => comment.commentId)).size).toBe(240);
    expect(comments.every((comment) => comment.pageId === pageId)).toBe(true);

    const [first] = comments;
    expect(first).toMatchObject({
      commentId: '10158000000_109972',
      text: 'Appreciate the heads up about the road closure.',
      author: 'Maria Lopez',
      postedAt: '2026-10-03T14:06:00.000Z',
      permalink: 'https://www.facebook.com/examplepd/posts/pfbid00000?comment_id=0',
      source: { file: 'facebook-comments.csv', line: 2 },
    });
    // Row 18 holds a quoted newline, a comma, doubled quotes and an emoji: kept byte for byte.
    const row18 = comments.find((comment) => comment.commentId === ROW_18_ID);
    expect(row18?.text).toBe(ROW_18_TEXT);
    expect(row18?.source).toEqual({ file: 'facebook-comments.csv', line: 19 });
    // ...and every row after it is one line further down the file.
    expect(comments[18]?.commentId).toBe('10158000018_363653');
    expect(comments[18]?.source?.line).toBe(21);
    expect(comments[239]?.source?.line).toBe(242);
    // The journal holds the text as written in the file, not re-encoded.
    const fileText = await readFile(sample('facebook-comments.csv'), 'utf8');
    expect(fileText).toContain(ROW_18_TEXT.replaceAll('"', '""'));
  });

  it('adds nothing when the same file is imported again, and leaves the journal untouched', async () => {
    const { folder, journal, importFile } = await desk();
    await importFile(sample('facebook-comments.csv'));
    const head = journal.head();
    const before = await journalDigest(folder);

    const again = await importFile(sample('facebook-comments.csv'));

    expect(again).toMatchObject({ imported: 0, duplicates: 240, rejected: [] });
    expect(journal.head()).toEqual(head);
    expect(await journalDigest(folder)).toEqual(before);
  });

  it('treats the same comment ids on another page as new comments of that page', async () => {
    const { folder, journal, by, importFile } = await desk();
    await importFile(sample('facebook-comments.csv'));
    const otherPage = randomUUID();

    const result = await importComments(folder, journal, {
      file: sample('facebook-comments.csv'),
      pageId: otherPage,
      by,
    });

    expect(result).toMatchObject({ imported: 240, duplicates: 0 });
    const comments = await captured(folder);
    expect(comments.filter((comment) => comment.pageId === otherPage)).toHaveLength(240);
  });

  it('captures the 80 Instagram comments of a JSON export, each with its position', async () => {
    const { folder, importFile } = await desk();

    const result = await importFile(sample('instagram-comments.json'));

    expect(result).toEqual({
      imported: 80,
      edited: 0,
      duplicates: 0,
      rejected: [],
      mapping: {
        id: 'id',
        text: 'text',
        author: 'username',
        time: 'timestamp',
        permalink: 'media_permalink',
      },
    });
    const comments = await captured(folder);
    expect(comments.map((comment) => comment.source?.line)).toEqual(
      Array.from({ length: 80 }, (_, index) => index + 1),
    );
    expect(comments[0]).toMatchObject({
      commentId: '178000000000000',
      text: 'Love seeing the K-9 team at the school today.',
      author: 'jill.baker',
      postedAt: '2026-10-03T14:00:00.000Z',
      permalink: 'https://www.instagram.com/p/CxExamplePD/',
    });
  });

  it('imports the other tool’s export (BOM, no comment id) with a mapping, and again adds nothing', async () => {
    const { folder, journal, importFile } = await desk();
    const map = { text: 'Comment', author: 'Name', time: 'Date' };
    // Its dates (10/03/2026 02:00 PM) could be day or month first: the sample's README says month.
    const dateFormat = 'mdy';

    const result = await importFile(sample('exported-comments-other-tool.csv'), {
      map,
      dateFormat,
    });

    expect(result).toEqual({
      imported: 60,
      edited: 0,
      duplicates: 0,
      rejected: [],
      mapping: map,
    });
    const comments = await captured(folder);
    expect(comments).toHaveLength(60);
    expect(comments[0]).toMatchObject({
      text: 'Great job finding her so quickly, officers.',
      author: 'Dana Whitfield',
      source: { file: 'exported-comments-other-tool.csv', line: 2 },
    });
    expect(comments.every((comment) => comment.commentId.startsWith('derived:'))).toBe(true);
    expect(new Set(comments.map((comment) => comment.commentId)).size).toBe(60);
    const head = journal.head();

    // Ids derived from author, time and text are the same each time, with or without the map
    // (the aliases Name, Date and Comment find the same columns, the BOM notwithstanding).
    const again = await importFile(sample('exported-comments-other-tool.csv'), { dateFormat });
    expect(again).toEqual({
      imported: 0,
      edited: 0,
      duplicates: 60,
      rejected: [],
      mapping: map,
    });
    expect(journal.head()).toEqual(head);
  });

  // The derived id is meant to name the same comment every time; it must not depend on the time
  // zone of the machine (or the TZ of a scheduled job) that imports the file.
  it('derives the same ids for an export without ids whatever the time zone of the import', async () => {
    const { journal, importFile } = await desk();
    const map = { text: 'Comment', author: 'Name', time: 'Date' };
    setEnv({ TZ: 'America/Chicago' });
    expect(
      await importFile(sample('exported-comments-other-tool.csv'), { map, dateFormat: 'mdy' }),
    ).toMatchObject({
      imported: 60,
    });
    const head = journal.head();

    process.env.TZ = 'UTC';
    const again = await importFile(sample('exported-comments-other-tool.csv'), {
      map,
      dateFormat: 'mdy',
    });

    expect(again).toMatchObject({ imported: 0, duplicates: 60 });
    expect(journal.head()).toEqual(head);
  });

  it('reports each bad row of a malformed file with its line and reason, and imports the good one', async () => {
    const { folder, importFile } = await desk();

    const result = await importFile(sample('malformed-comments.csv'));

    expect(result.imported).toBe(1);
    expect(result.duplicates).toBe(0);
    expect(result.rejected.map((rejection) => rejection.line)).toEqual([3, 4, 5, 6, 7]);
    const reasons = result.rejected.map((rejection) => rejection.reason);
    expect(reasons[0]).toMatch(/"not-a-date" is not a date/);
    expect(reasons[1]).toMatch(/empty/);
    expect(reasons[2]).toMatch(/comment id 1 was already used on line 2/);
    expect(reasons[3]).toMatch(/quote/i);
    expect(reasons[4]).toMatch(/columns/i);
    const comments = await captured(folder);
    expect(comments.map((comment) => [comment.commentId, comment.text])).toEqual([
      ['1', 'Fine comment'],
    ]);

    // Imported again: the good row is a duplicate now, and the bad rows are reported again.
    const again = await importFile(sample('malformed-comments.csv'));
    expect(again).toMatchObject({ imported: 0, duplicates: 1 });
    expect(again.rejected).toEqual(result.rejected);
  });

  it('refuses a Latin-1 file as not UTF-8, importing nothing', async () => {
    const { folder, journal, importFile } = await desk();
    await importFile(sample('instagram-comments.json'));
    const head = journal.head();
    const before = await journalDigest(folder);

    const failure = await failureOf(() => importFile(sample('latin1-comments.csv')));

    expect(failure.code).toBe('invalid-request');
    expect(failure.message).toContain('is not UTF-8');
    expect(failure.message).toContain('Nothing was imported');
    expect(journal.head()).toEqual(head);
    expect(await journalDigest(folder)).toEqual(before);
  });

  it('refuses a map naming a column the file does not have, listing the columns it has', async () => {
    const { folder, journal, importFile } = await desk();

    const failure = await failureOf(() =>
      importFile(sample('facebook-comments.csv'), { map: { text: 'Body' } }),
    );

    expect(failure.code).toBe('invalid-request');
    expect(failure.message).toContain('--map text=Body');
    expect(failure.message).toContain('no column "Body"');
    expect(failure.message).toContain('id, message, from, created_time, permalink_url');
    expect(journal.head().events).toBe(0);
    expect(await segmentFiles(folder)).toEqual([]);
  });

  it('imports a file with headers it does not know once a map names the columns', async () => {
    const { folder, importFile } = await desk();
    const unusual = join(await scratchFolder('social-desk-import-file-'), 'unusual-export.csv');
    await writeFile(
      unusual,
      [
        'Ref,Verfasser,Zeitpunkt,Kommentar,Beitrag',
        'a-1,Dana Whitfield,2026-10-03T14:00:00Z,"Thanks, officers!",https://example.org/p/1',
        'a-2,Greg Hall,2026-10-03T14:05:00+0000,"Two\nlines",https://example.org/p/1',
        'a-3,Beth Olsen,,No time given,',
        '',
      ].join('\n'),
    );

    const unmapped = await failureOf(() => importFile(unusual));
    expect(unmapped.code).toBe('invalid-request');
    expect(unmapped.message).toContain('No column holds the comment text');
    expect(unmapped.message).toContain('--map text=COLUMN');

    const map = {
      id: 'Ref',
      author: 'Verfasser',
      time: 'Zeitpunkt',
      text: 'Kommentar',
      permalink: 'Beitrag',
    };
    const result = await importFile(unusual, { map });

    expect(result).toEqual({ imported: 3, edited: 0, duplicates: 0, rejected: [], mapping: map });
    const comments = await captured(folder);
    expect(
      comments.map(({ commentId, text, author, postedAt, permalink, source }) => ({
        commentId,
        text,
        author,
        postedAt,
        permalink,
        line: source?.line,
      })),
    ).toEqual([
      {
        commentId: 'a-1',
        text: 'Thanks, officers!',
        author: 'Dana Whitfield',
        postedAt: '2026-10-03T14:00:00.000Z',
        permalink: 'https://example.org/p/1',
        line: 2,
      },
      {
        commentId: 'a-2',
        text: 'Two\nlines',
        author: 'Greg Hall',
        postedAt: '2026-10-03T14:05:00.000Z',
        permalink: 'https://example.org/p/1',
        line: 3,
      },
      {
        commentId: 'a-3',
        text: 'No time given',
        author: 'Beth Olsen',
        postedAt: undefined,
        permalink: undefined,
        line: 5,
      },
    ]);
  });

  it('completes an import killed part way: the torn write is cut and only the rest is added', async () => {
    const { folder, journal, by, pageId, importFile } = await desk();
    // The first 100 comments made it to disk before the kill (row 18 spans two lines: 102 lines).
    const lines = (await readFile(sample('facebook-comments.csv'), 'utf8')).split('\n');
    const partialFolder = join(await scratchFolder('social-desk-import-file-'), 'partial');
    await mkdir(partialFolder);
    const partial = join(partialFolder, 'facebook-comments.csv');
    await writeFile(partial, `${lines.slice(0, 102).join('\n')}\n`);
    expect(await importFile(partial)).toMatchObject({ imported: 100, rejected: [] });
    await journal.close();
    // ...and the next batch was cut off in the middle of its first line.
    const [segment = ''] = await segmentFiles(folder);
    const next = JSON.stringify(
      makeEventLine(
        { type: COMMENT_CAPTURED, by: by.id, payload: { pageId, commentId: 'x', text: 'torn' } },
        101,
        journal.head().hash,
        new Date(),
      ),
    );
    const torn = next.slice(0, Math.floor(next.length / 2));
    await appendFile(segment, torn);

    // The next run (a new process) opens the journal, which cuts the unacknowledged write...
    const reopened = await Journal.open(folder);
    onTestFinished(() => reopened.journal.close());
    expect(reopened.report.tornTail?.bytes).toBe(Buffer.byteLength(torn));
    expect(reopened.journal.head().events).toBe(100);
    const result = await importComments(folder, reopened.journal, {
      file: sample('facebook-comments.csv'),
      pageId,
      by,
    });

    expect(result).toMatchObject({ imported: 140, duplicates: 100, rejected: [] });
    expect(await verifyJournal(folder)).toEqual({
      ok: true,
      events: 240,
      head: reopened.journal.head().hash,
    });
    const comments = await captured(folder);
    expect(comments).toHaveLength(240);
    expect(new Set(comments.map((comment) => comment.commentId)).size).toBe(240);
    expect(comments.find((comment) => comment.commentId === ROW_18_ID)?.text).toBe(ROW_18_TEXT);
  });
});
