import { randomUUID } from 'node:crypto';
import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Journal } from '../../src/main/journal/journal';
import { MAX_EXPORT_BYTES, MAX_JSON_DEPTH } from '../../src/main/moderation/comment-file';
import { type ImportOptions, importComments } from '../../src/main/moderation/comment-import';
import {
  COMMENT_CAPS,
  COMMENT_CAPTURED,
  type CapturedComment,
  capturedCommentSchema,
} from '../../src/shared/moderation/comment';
import {
  failureOf,
  journalEvents,
  personProfile,
  sample,
  scratchFolder,
  segmentFiles,
} from './records-fixtures';

const HEADER = 'id,message,from,created_time,permalink_url';
const LINK = 'https://www.facebook.com/examplepd/posts/9?comment_id=1';

async function desk() {
  const folder = await scratchFolder('social-desk-input-');
  const files = await scratchFolder('social-desk-input-files-');
  const { journal } = await Journal.open(folder);
  onTestFinished(() => journal.close());
  const pageId = randomUUID();
  const by = personProfile();
  const importFile = (file: string, options: Partial<ImportOptions> = {}) =>
    importComments(folder, journal, { file, pageId, by, ...options });
  const write = async (name: string, content: string | Buffer) => {
    const file = join(files, name);
    await writeFile(file, content);
    return file;
  };
  return { folder, journal, importFile, write };
}

async function captured(folder: string): Promise<CapturedComment[]> {
  return (await journalEvents(folder))
    .filter((event) => event.header.type === COMMENT_CAPTURED)
    .map((event) => capturedCommentSchema.parse(event.payload));
}

function csv(...rows: string[]): string {
  return `${[HEADER, ...rows].join('\n')}\n`;
}

/** A whole-file refusal: names the file, says nothing was imported, and leaves no event. */
type Desk = Awaited<ReturnType<typeof desk>>;

async function expectRefusedWhole(at: Desk, file: string, ...words: string[]): Promise<string> {
  const failure = await failureOf(() => at.importFile(file));
  expect(failure.code).toBe('invalid-request');
  expect(failure.message).toContain(file);
  expect(failure.message).toContain('Nothing was imported.');
  for (const word of words) expect(failure.message).toContain(word);
  expect(at.journal.head().events).toBe(0);
  expect(await segmentFiles(at.folder)).toEqual([]);
  return failure.message;
}

describe('bad dates in an export', () => {
  it('refuses impossible, out-of-range and ambiguous dates per row with line and reason', async () => {
    const { folder, importFile, write } = await desk();
    const file = await write(
      'dates.csv',
      csv(
        `1,Fine,Maria Lopez,2026-10-03T14:00:00+0000,${LINK}`,
        `2,February thirtieth,James Carter,2026-02-30,${LINK}`,
        `3,Month thirteen,Aisha Khan,13/45/2026,${LINK}`,
        `4,Year zero,Tom Nguyen,0000-01-01T00:00:00Z,${LINK}`,
        `5,Year 9999,Beth Olsen,9999-12-31T00:00:00Z,${LINK}`,
        `6,Ambiguous,Carlos Ruiz,03/04/2026,${LINK}`,
      ),
    );

    const result = await importFile(file);

    expect(result.imported).toBe(1);
    expect(result.rejected.map(({ line }) => line)).toEqual([3, 4, 5, 6, 7]);
    const [feb30, month13, year0, year9999, ambiguous] = result.rejected.map(
      ({ reason }) => reason,
    );
    expect(feb30).toContain('no day 30');
    expect(month13).toContain('not a date read day first or month first');
    expect(year0).toContain('before 2004');
    expect(year9999).toContain('more than a day after');
    expect(ambiguous).toContain('--date-format');
    expect((await captured(folder)).map((comment) => comment.commentId)).toEqual(['1']);
  });

  it('reads 03/04/2026 as the order --date-format gives, and refuses a file that mixes orders', async () => {
    const { folder, importFile, write } = await desk();
    const file = await write('numeric.csv', csv(`1,Hello,Maria Lopez,03/04/2026,${LINK}`));
    expect(await importFile(file, { dateFormat: 'dmy' })).toMatchObject({ imported: 1 });
    expect((await captured(folder))[0]?.postedAt).toBe(new Date(2026, 3, 3).toISOString());

    const mixed = await write(
      'mixed.csv',
      csv(
        `7,Day first,Maria Lopez,25/10/2026,${LINK}`,
        `8,Month first,Greg Hall,10/25/2026,${LINK}`,
      ),
    );
    const result = await importFile(mixed);
    expect(result.imported).toBe(1);
    expect(result.rejected).toEqual([
      {
        line: 3,
        reason: expect.stringContaining('the file mixes orders') as unknown,
      },
    ]);
  });
});

describe('caps on each field', () => {
  it('refuses a 1 MB comment and a 200,000-character id per row, naming the cap and its source', async () => {
    const { folder, importFile, write } = await desk();
    const longest = 'a'.repeat(COMMENT_CAPS.text.max);
    const file = await write(
      'caps.csv',
      csv(
        `1,"${'x'.repeat(1_000_000)}",Maria Lopez,2026-10-03T14:00:00Z,${LINK}`,
        `${'9'.repeat(200_000)},Long id,James Carter,2026-10-03T14:00:00Z,${LINK}`,
        `3,Long name,${'n'.repeat(COMMENT_CAPS.author.max + 1)},2026-10-03T14:00:00Z,${LINK}`,
        `4,Long link,Tom Nguyen,2026-10-03T14:00:00Z,https://example.org/${'p'.repeat(2_100)}`,
        `5,Script link,Beth Olsen,2026-10-03T14:00:00Z,javascript:alert(1)`,
        `6,${longest},Carlos Ruiz,2026-10-03T14:00:00Z,${LINK}`,
        // Code points, not UTF-16 units: 25,000 emoji are 25,000 characters.
        `7,${'🚓'.repeat(COMMENT_CAPS.text.max)},Dana Whitfield,2026-10-03T14:00:00Z,${LINK}`,
      ),
    );

    const result = await importFile(file);

    expect(result.rejected.map(({ line }) => line)).toEqual([2, 3, 4, 5, 6]);
    const [text, id, author, link, scheme] = result.rejected.map(({ reason }) => reason);
    expect(text).toContain('the comment text is 1,000,000 characters, over the cap of 25,000');
    expect(text).toContain('Facebook comments take 8,000');
    expect(id).toContain('the comment id is 200,000 characters, over the cap of 256');
    expect(author).toContain('over the cap of 200');
    expect(link).toContain('over the cap of 2,048');
    expect(scheme).toContain('is not a web address');
    expect(result.imported).toBe(2);
    expect((await captured(folder)).map((comment) => comment.text.length)).toEqual([
      COMMENT_CAPS.text.max,
      COMMENT_CAPS.text.max * 2,
    ]);
  });

  it(`refuses a file over ${MAX_EXPORT_BYTES / 1024 / 1024} MiB before reading it`, async () => {
    const desk1 = await desk();
    const file = await desk1.write('huge.csv', csv(`1,Hello,Maria Lopez,,`));
    await truncate(file, MAX_EXPORT_BYTES + 1);
    await expectRefusedWhole(desk1, file, 'the importer takes exports of up to 64.0 MiB');
  });
});

describe('files refused whole, each naming the file and saying nothing was imported', () => {
  it('refuses 100,000 nested JSON arrays with a file-level error, not a stack overflow', async () => {
    const desk1 = await desk();
    const file = await desk1.write('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    await expectRefusedWhole(desk1, file, `more than ${MAX_JSON_DEPTH} levels deep`);
  });

  it('names UTF-16 (either byte order, with or without a byte-order mark) and how to convert it', async () => {
    const desk1 = await desk();
    const text = await readFile(sample('facebook-comments.csv'), 'utf8');
    const little = Buffer.from(text, 'utf16le');
    const big = Buffer.from(little).swap16();
    const cases: [string, Buffer, string, string][] = [
      [
        'le-bom.csv',
        Buffer.concat([Buffer.from([0xff, 0xfe]), little]),
        'little-endian, with a byte-order mark',
        'iconv -f utf-16 ',
      ],
      [
        'be-bom.csv',
        Buffer.concat([Buffer.from([0xfe, 0xff]), big]),
        'big-endian, with a byte-order mark',
        'iconv -f utf-16 ',
      ],
      ['le.csv', little, 'little-endian, without a byte-order mark', 'iconv -f utf-16le '],
      ['be.csv', big, 'big-endian, without a byte-order mark', 'iconv -f utf-16be '],
    ];
    for (const [name, bytes, kind, command] of cases) {
      const file = await desk1.write(name, bytes);
      const message = await expectRefusedWhole(desk1, file, 'is UTF-16 text', kind, command);
      expect(message).not.toContain('Latin-1');
    }
  });

  it('refuses an empty file, a file of another extension, a missing file and a CSV without a text column', async () => {
    const desk1 = await desk();
    await expectRefusedWhole(desk1, await desk1.write('empty.csv', '\n\n'), 'is empty');
    await expectRefusedWhole(desk1, await desk1.write('comments.txt', csv()), '--format csv');
    await expectRefusedWhole(desk1, join(await scratchFolder(), 'absent.csv'), 'cannot be read');
    await expectRefusedWhole(
      desk1,
      await desk1.write('columns.csv', 'a,b\n1,2\n'),
      'No column holds the comment text',
    );
    await expectRefusedWhole(
      desk1,
      await desk1.write('object.json', '{"id": 1}'),
      'must hold a JSON array',
    );
  });
});

describe('line numbers', () => {
  it('gives each row of a CRLF file with quoted CRLF newlines the line it starts on', async () => {
    const { folder, importFile } = await desk();

    const result = await importFile(sample('crlf-multiline-comments.csv'));

    expect(result.rejected).toEqual([
      { line: 6, reason: expect.stringContaining('no day 30') as unknown },
      {
        line: 10,
        reason: expect.stringContaining('not a date read day first or month first') as unknown,
      },
      { line: 14, reason: 'the row has 6 columns; the header has 5' },
    ]);
    const comments = await captured(folder);
    expect(comments.map((comment) => [comment.commentId, comment.source?.line])).toEqual([
      ['20001', 2],
      ['20002', 3],
      ['20004', 7],
      ['20006', 12],
      ['20008', 15],
    ]);
    // The text is kept as written, CRLF and all.
    expect(comments[1]?.text).toBe(
      'First line of a long question\r\nsecond line\r\nthird line, with a comma',
    );
    expect(comments[4]?.postedAt).toBe('2026-10-03T14:03:22.000Z');
  });

  it('reports an unclosed quote at the row it opens on, and how many lines it swallowed', async () => {
    const { importFile, write } = await desk();
    const file = await write(
      'unclosed.csv',
      [
        HEADER,
        `1,Fine,Maria Lopez,,`,
        `2,"Never closed,James Carter,,`,
        `3,More,Aisha Khan,,`,
        `4,Last,Tom Nguyen,,`,
        '',
      ].join('\r\n'),
    );

    const result = await importFile(file);

    expect(result.imported).toBe(1);
    expect(result.rejected).toEqual([
      { line: 3, reason: expect.stringContaining('lines 3 to 5 were read as one row') as unknown },
    ]);
  });
});
