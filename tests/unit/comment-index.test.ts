import { stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import { Journal } from '../../src/main/journal/journal';
import { CommentIndex } from '../../src/main/moderation/comment-index';
import { snapshotFile } from '../../src/main/moderation/comment-index-snapshot';
import { CommentWords } from '../../src/main/moderation/comment-words';
import {
  MODERATOR,
  PAGE_A,
  PAGE_B,
  SUPERVISOR,
  captured,
  everything,
  rebuilt,
  tellStory,
} from './comment-index-fixture';
import { tempFolder } from './temp-folder';

const names = (id: string) => `name of ${id}`;

describe('the comment index', () => {
  it('kept by every append equals the index rebuilt from the journal, and its snapshot reopens equal', async () => {
    const folder = await tempFolder();
    const { journal } = await Journal.open(folder);
    const index = CommentIndex.open(folder, journal);
    await index.ready();
    await tellStory(journal);
    const kept = await everything(index);
    expect(kept).toEqual(await rebuilt(folder));
    await index.close();
    expect((await stat(snapshotFile(folder))).size).toBeGreaterThan(0);

    const again = CommentIndex.open(folder, journal);
    expect(await everything(again)).toEqual(kept);
    expect(again.notice).toBeUndefined();
    await again.close();
    await journal.close();
  });

  it('reads a comment’s events by their offsets, the line checked by its seq', async () => {
    const folder = await tempFolder();
    const { journal } = await Journal.open(folder, { segmentEvents: 16 });
    const index = CommentIndex.open(folder, journal);
    await index.ready();
    await tellStory(journal);
    const comment = index.comment(index.find(PAGE_A, 'c3')?.seq ?? 0);
    expect(comment?.edits).toBe(2);
    expect(comment?.text).toBe('Edited twice: fine now, thanks');
    expect(comment?.originalText).toBe('Comment number 3 about the detour');
    expect(comment?.textHashes.size).toBe(3);
    for (const seq of comment?.events ?? []) {
      expect((await index.event(seq))?.header.seq).toBe(seq);
    }
    await index.close();
    await journal.close();
  });

  describe('filters, each narrowing', () => {
    async function opened() {
      const folder = await tempFolder();
      const { journal } = await Journal.open(folder);
      const index = CommentIndex.open(folder, journal);
      await index.ready();
      await tellStory(journal);
      return { index, close: () => index.close().then(() => journal.close()) };
    }

    it('by words (text, original text, author), page, state, reason, moderator, review, dates, order and paging', async () => {
      const { index, close } = await opened();
      const list = (filter: Parameters<CommentIndex['list']>[0]) => index.list(filter, names);
      const ids = async (filter: Parameters<CommentIndex['list']>[0]) =>
        (await list(filter)).comments.map((c) => c.commentId);

      expect((await list({})).total).toBe(40);
      expect(await ids({ words: 'twice' })).toEqual(['c3']);
      // The original text still finds an edited comment; the author finds all of theirs.
      expect(await ids({ words: 'number 3 detour' })).toContain('c3');
      expect(await ids({ words: 'badly marked' })).toEqual(['c3']);
      expect((await list({ words: 'Resident 5' })).total).toBe(6);
      expect((await list({ words: 'nothing-like-this' })).total).toBe(0);
      expect((await list({ pageId: PAGE_B })).total).toBe(20);
      expect((await list({ pageId: '00000000-0000-4000-8000-0000000000cc' })).total).toBe(0);
      expect(await ids({ state: 'removed' })).toEqual(expect.arrayContaining(['c2', 'c6', 'c8']));
      expect((await list({ state: 'removed' })).total).toBe(3);
      // A corrected keep leaves comment 1 new again; a corrected hide leaves comment 4 new.
      expect(await ids({ state: 'new', words: 'number 1' })).toContain('c1');
      expect(await ids({ state: 'new', words: 'number 4' })).toContain('c4');
      expect((await list({ state: 'hidden' })).total).toBe(0);
      expect(await ids({ state: 'restored' })).toEqual(['c7']);
      expect(await ids({ state: 'referred' })).toEqual(['c5']);
      expect(await ids({ reason: 'personal-attack' })).toEqual(['c6']);
      expect(await ids({ reason: 'off-topic', pageId: PAGE_B })).toEqual(['c8']);
      expect((await list({ moderator: MODERATOR })).total).toBe(5);
      expect((await list({ moderator: SUPERVISOR })).total).toBe(0);
      expect(await ids({ review: 'agreed' })).toEqual(['c6']);
      expect(await ids({ review: 'awaiting' })).toEqual(['c2', 'c8']);
      // c1 was posted 2026-03-02; c4, with no posted time, goes by its seen time (2026-04-01).
      expect(await ids({ from: '2026-03-02', to: '2026-03-02' })).toEqual(['c1', 'c29']);
      // "4": comment 4's text, and Resident 4's comments seen that day (32).
      expect(await ids({ from: '2026-04-01', words: 'number 4' })).toEqual(['c4', 'c32']);
      const oldest = await ids({ pageId: PAGE_A, limit: 3 });
      const newest = await ids({ pageId: PAGE_A, order: 'newest', limit: 3 });
      expect(oldest).not.toEqual(newest);
      const second = await ids({ pageId: PAGE_A, offset: 1, limit: 2 });
      expect(second).toEqual(oldest.slice(1, 3));
      await close();
    });
  });

  it('adds comments appended after it was ready, to lists and to the word search', async () => {
    const folder = await tempFolder();
    const { journal } = await Journal.open(folder);
    const index = CommentIndex.open(folder, journal, { saveAfterMs: 10 });
    await index.ready();
    await index.list({ words: 'detour' }, names);
    await journal.append([captured(100, PAGE_A, 'A brand new pothole on Elm')]);
    expect((await index.list({ words: 'pothole' }, names)).comments[0]?.commentId).toBe('c100');
    await index.close();
    await journal.close();
  });

  it('adds appended texts to the word index once appends pause, not on the append’s path', async () => {
    const folder = await tempFolder();
    const { journal } = await Journal.open(folder);
    const index = CommentIndex.open(folder, journal);
    await index.ready();
    await index.list({ words: 'anything' }, names);
    const add = vi.spyOn(CommentWords.prototype, 'add');
    try {
      await journal.append([captured(100, PAGE_A, 'A brand new pothole on Elm')]);
      await journal.append([captured(101, PAGE_A, 'Another pothole on Oak')]);
      expect(add).not.toHaveBeenCalled();
      await sleep(600);
      expect(add).toHaveBeenCalledTimes(2);
      expect((await index.list({ words: 'pothole' }, names)).total).toBe(2);
    } finally {
      add.mockRestore();
      await index.close();
      await journal.close();
    }
  });
});
