import { createHash, randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Journal } from '../../src/main/journal/journal';
import { importComments } from '../../src/main/moderation/comment-import';
import {
  COMMENT_CAPTURED,
  COMMENT_EDITED,
  capturedCommentSchema,
  commentEditedSchema,
} from '../../src/shared/moderation/comment';
import {
  folderDigest,
  journalEvents,
  personProfile,
  sample,
  scratchFolder,
} from './records-fixtures';

const EDITED_ID = '10158000003_156682';
const OLD_TEXT = 'the dispatcher who answered my call is a braindead clown';
const NEW_TEXT = 'the dispatcher who answered my call was rude, I have filed a complaint';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The Facebook sample as a later export would give it: one comment edited, one new. */
async function reExport(folder: string, newText: string): Promise<string> {
  const original = await readFile(sample('facebook-comments.csv'), 'utf8');
  expect(original).toContain(OLD_TEXT);
  const file = join(folder, `re-export-${randomUUID()}.csv`);
  await writeFile(
    file,
    `${original.replace(OLD_TEXT, `"${newText}"`)}10158000999_000001,A new comment,Greg Hall,2026-10-05T10:00:00+0000,https://www.facebook.com/examplepd/posts/pfbid00999?comment_id=999\n`,
  );
  return file;
}

describe('a comment edited between two exports', () => {
  it('is recorded as comment.edited keeping both texts, and the same file again adds nothing', async () => {
    const folder = await scratchFolder('social-desk-edits-');
    const files = await scratchFolder('social-desk-edits-files-');
    const { journal } = await Journal.open(folder);
    onTestFinished(() => journal.close());
    const pageId = randomUUID();
    const by = personProfile();
    const importFile = (file: string) => importComments(folder, journal, { file, pageId, by });

    expect(await importFile(sample('facebook-comments.csv'))).toMatchObject({ imported: 240 });
    const capturedSeq = (await journalEvents(folder)).find(
      (event) =>
        event.header.type === COMMENT_CAPTURED &&
        capturedCommentSchema.parse(event.payload).commentId === EDITED_ID,
    )?.header.seq;
    expect(capturedSeq).toBeDefined();

    const later = await reExport(files, NEW_TEXT);
    const result = await importFile(later);

    expect(result).toMatchObject({ imported: 1, edited: 1, duplicates: 239, rejected: [] });
    const events = await journalEvents(folder);
    const edits = events.filter((event) => event.header.type === COMMENT_EDITED);
    expect(edits).toHaveLength(1);
    const edit = commentEditedSchema.parse(edits[0]?.payload);
    expect(edit).toEqual({
      pageId,
      commentId: EDITED_ID,
      captured: capturedSeq,
      replaces: capturedSeq,
      previousTextSha256: sha256(OLD_TEXT),
      text: NEW_TEXT,
      seenAt: expect.any(String) as unknown,
      source: { file: later.split('/').at(-1), line: 5 },
    });
    // The first text is still in the captured event: both are kept.
    const original = events.find((event) => event.header.seq === capturedSeq);
    expect(capturedCommentSchema.parse(original?.payload).text).toBe(OLD_TEXT);

    // The same file again, and the older export again: nothing is added.
    const head = journal.head();
    const digest = await folderDigest(join(folder, 'journal'));
    expect(await importFile(later)).toMatchObject({ imported: 0, edited: 0, duplicates: 241 });
    expect(await importFile(sample('facebook-comments.csv'))).toMatchObject({
      imported: 0,
      edited: 0,
      duplicates: 240,
    });
    expect(journal.head()).toEqual(head);
    expect(await folderDigest(join(folder, 'journal'))).toEqual(digest);

    // A second edit replaces the first edit's text, and still names the captured event.
    const third = 'the dispatcher answered quickly after all, thank you';
    expect(await importFile(await reExport(files, third))).toMatchObject({ edited: 1 });
    const [, second] = (await journalEvents(folder)).filter(
      (event) => event.header.type === COMMENT_EDITED,
    );
    expect(commentEditedSchema.parse(second?.payload)).toMatchObject({
      captured: capturedSeq,
      replaces: edits[0]?.header.seq,
      previousTextSha256: sha256(NEW_TEXT),
      text: third,
    });
  });
});
