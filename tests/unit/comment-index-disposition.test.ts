import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import {
  UNKNOWN_PAGE,
  consistencyReportOf,
} from '../../src/main/handlers/consistency-report-source';
import { Journal } from '../../src/main/journal/journal';
import { CommentIndex } from '../../src/main/moderation/comment-index';
import { snapshotFile } from '../../src/main/moderation/comment-index-snapshot';
import { IndexStore } from '../../src/main/moderation/comment-index-store';
import { consistencyReportSchema } from '../../src/shared/moderation/report-view';
import { PAGE_A, acted, captured, everything, rebuilt } from './comment-index-fixture';
import { tempFolder } from './temp-folder';

const names = (id: string) => id;

describe('the comment index and retention', () => {
  it('never brings a disposed comment back: not after a restart, not by its words, nor in its snapshot', async () => {
    const folder = await tempFolder();
    const { journal } = await Journal.open(folder);
    const index = CommentIndex.open(folder, journal);
    await index.ready();
    await journal.append([captured(1, PAGE_A, 'Zanzibarian secret words')]);
    await journal.append([captured(2, PAGE_A, 'Another comment entirely')]);
    await journal.append([acted(1, 'remove', 'obscenity')]);
    await index.wordIndex();
    await journal.dispose({
      events: [1],
      schedule: 'GS1 item 12',
      reason: 'Retention ended',
      by: 'records',
    });
    expect((await index.list({ words: 'zanzibarian' }, names)).total).toBe(0);
    await index.close();
    expect((await readFile(snapshotFile(folder))).includes('Zanzibarian')).toBe(false);

    const again = CommentIndex.open(folder, journal);
    await again.ready();
    expect(again.notice).toBeUndefined();
    expect(again.comment(1)?.text).not.toBe('Zanzibarian secret words');
    expect(again.find(PAGE_A, 'c1')).toBeUndefined();
    expect((await again.list({ words: 'zanzibarian' }, names)).total).toBe(0);
    expect((await again.list({ words: 'another' }, names)).total).toBe(1);
    // Its removal stands: the record of what was done is not content.
    const disposed = again.comment(1);
    expect(disposed && again.state(disposed)).toBe('removed');
    expect(again.action(3)).toMatchObject({ action: 'remove', reason: 'obscenity', comment: 1 });
    await again.close();
    await journal.close();
  });

  it('keeps a disposed action in a rebuilt index where its comment is still there', async () => {
    const folder = await tempFolder();
    const { journal } = await Journal.open(folder);
    await journal.append([captured(1), acted(1, 'hide', 'off-topic')]);
    await journal.dispose({ events: [1], schedule: 'GS1 item 12', reason: 'Ended', by: 'records' });
    const { journal: reader } = await Journal.open(folder, { readOnly: true });
    const index = CommentIndex.open(folder, reader, { readOnly: true, ignoreSnapshot: true });
    await index.ready();
    const comment = index.comment(1);
    expect(comment?.text).toBe('');
    expect(comment?.actions).toEqual([2]);
    expect(comment && index.state(comment)).toBe('hidden');
    // The consistency report still counts the hide, under a page it says is not known.
    const report = await consistencyReportOf(index, {}, { pageName: names, moderatorName: names });
    expect(consistencyReportSchema.parse(report).cells).toEqual([
      expect.objectContaining({ pageId: '', pageName: UNKNOWN_PAGE, action: 'hide', count: 1 }),
    ]);
    await index.close();
    await reader.close();
    await journal.close();
  });

  it('rebuilds when an appended event could not be applied, and never saves the gap', async () => {
    const folder = await tempFolder();
    const { journal } = await Journal.open(folder);
    const index = CommentIndex.open(folder, journal);
    await index.ready();
    const apply = vi.spyOn(IndexStore.prototype, 'apply').mockImplementationOnce(() => {
      throw new Error('a bug part-way');
    });
    await journal.append([captured(1), captured(2)]);
    apply.mockRestore();
    await index.close();
    // The snapshot saved at close, if any, is whole.
    const reopened = CommentIndex.open(folder, journal);
    expect(await everything(reopened)).toEqual(await rebuilt(folder));
    await reopened.close();

    const live = CommentIndex.open(folder, journal);
    await live.ready();
    const again = vi.spyOn(IndexStore.prototype, 'apply').mockImplementationOnce(() => {
      throw new Error('a bug part-way');
    });
    await journal.append([captured(3), captured(4)]);
    again.mockRestore();
    expect((await live.list({}, names)).total).toBe(4);
    expect(live.notice).toMatch(/rebuilt from the journal/);
    await live.close();
    await journal.close();
  });
});
