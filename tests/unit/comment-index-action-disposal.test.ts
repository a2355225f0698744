import { rm } from 'node:fs/promises';
import { describe, expect, it, onTestFinished } from 'vitest';
import { consistencyReportOf } from '../../src/main/handlers/consistency-report-source';
import { Journal } from '../../src/main/journal/journal';
import type { NewEvent } from '../../src/main/journal/journal-line';
import { CommentIndex } from '../../src/main/moderation/comment-index';
import { snapshotFile } from '../../src/main/moderation/comment-index-snapshot';
import { COMMENT_STATES } from '../../src/shared/moderation/comment-view';
import {
  PAGE_A,
  PAGE_B,
  acted,
  captured,
  corrected,
  edited,
  everything,
  noticed,
  pageRules,
  rebuilt,
  reviewed,
} from './comment-index-fixture';
import { tempFolder } from './temp-folder';

const names = (id: string) => `name of ${id}`;
const NOW = new Date('2031-01-01T12:00:00.000Z');

/** What a person checks of the index: every state's count, the report, and every comment whole. */
async function answers(index: CommentIndex) {
  await index.ready();
  const totals: Record<string, number> = {};
  for (const state of COMMENT_STATES) {
    totals[state] = (await index.list({ state }, names)).total;
  }
  const report = await consistencyReportOf(
    index,
    {},
    { pageName: names, moderatorName: names },
    NOW,
  );
  return { totals, report, all: await everything(index) };
}

/** The same journal read by a fresh index with no snapshot (the snapshot deleted, then opened). */
async function rebuiltAnswers(folder: string, journal: Journal) {
  await rm(snapshotFile(folder), { force: true });
  const index = CommentIndex.open(folder, journal);
  try {
    return await answers(index);
  } finally {
    await index.close();
  }
}

async function opened() {
  const folder = await tempFolder();
  const { journal } = await Journal.open(folder);
  const index = CommentIndex.open(folder, journal);
  await index.ready();
  onTestFinished(async () => {
    await index.close();
    await journal.close();
  });
  const append = async (event: NewEvent) => (await journal.append([event]))[0]?.seq ?? 0;
  const dispose = (events: number[]) =>
    journal.dispose({
      events,
      schedule: 'GS 1',
      reason: 'Retention period ended',
      by: 'records',
      records: [{ type: 'moderation', id: String(events[0]) }],
    });
  return { folder, journal, index, append, dispose };
}

describe('a disposed moderation action in the comment index', () => {
  it('leaves the running index exactly as a rebuild from the journal leaves it', async () => {
    const { folder, journal, index, append, dispose } = await opened();
    await append(pageRules(PAGE_A, true, true));
    const one = await append(captured(1));
    const edit = await append(edited(one, one, 'Edited: worse words'));
    const two = await append(captured(2));
    const three = await append(captured(3));
    const four = await append(captured(4, PAGE_B));
    const removal = await append(acted(one, 'remove', 'obscenity'));
    const review = await append(reviewed(removal, 'agree'));
    const unsent = await append(noticed(removal, false));
    const sent = await append(noticed(removal, true));
    const keep = await append(acted(one, 'keep'));
    const correction = await append(corrected(keep));
    const hide = await append(acted(two, 'hide', 'off-topic'));
    const threeRemoval = await append(acted(three, 'remove', 'personal-attack'));
    const threeReview = await append(reviewed(threeRemoval, 'disagree'));
    await append(acted(four, 'keep'));

    // Comment 1's content and all its actions with their review, notices and correction, as the
    // records profile disposes of them: one disposition.
    await dispose([one, edit, removal, review, unsent, sent, keep, correction]);
    const live = await answers(index);
    expect(live).toEqual(await rebuiltAnswers(folder, journal));

    const comment = index.comment(one);
    expect(comment?.disposed).toBe(true);
    expect(comment?.actions).toEqual([]);
    expect(comment?.events).toEqual([one]);
    expect(comment?.content).toEqual([]);
    expect(comment && index.state(comment)).toBe('new');
    expect(index.action(removal)).toBeUndefined();
    expect([...index.allActions()].map((action) => action.seq)).not.toContain(removal);
    // Nothing left to judge: never back in the queue as a blank new comment.
    const queue = await index.list({ state: 'new' }, names);
    expect(queue.comments.map((summary) => summary.seq)).not.toContain(one);
    expect(queue.total).toBe(0);
    expect((await index.list({}, names)).total).toBe(4);

    // Comment 3's content and its removal, but not the removal's review: the review goes with it.
    await dispose([three, threeRemoval]);
    expect(await answers(index)).toEqual(await rebuiltAnswers(folder, journal));
    expect(index.comment(three)?.events).toEqual([three]);
    // A review appended for an action that is gone is in neither.
    await append(reviewed(removal, 'disagree'));
    expect(await answers(index)).toEqual(await rebuiltAnswers(folder, journal));
    expect(index.comment(three)?.events).not.toContain(threeReview);

    // Comment 2's content only: its hide stands, under the page a rebuild cannot know either.
    await dispose([two]);
    const after = await answers(index);
    expect(after).toEqual(await rebuiltAnswers(folder, journal));
    expect(after.report.cells).toEqual([
      expect.objectContaining({ pageId: '', action: 'hide', reason: 'off-topic', count: 1 }),
    ]);
    const hidden = index.comment(two);
    expect(hidden && index.state(hidden)).toBe('hidden');
    expect(hidden?.pageId).toBe('');
    expect(index.action(hide)?.comment).toBe(two);

    // The running index's snapshot, reopened, gives the same answers again.
    const before = await answers(index);
    await index.close();
    const reopened = CommentIndex.open(folder, journal);
    expect(await answers(reopened)).toEqual(before);
    expect(reopened.notice).toBeUndefined();
    expect(await everything(reopened)).toEqual(await rebuilt(folder));
    await reopened.close();
  });

  it('undoes what a review, notice or correction disposed of alone had set, as a rebuild does', async () => {
    const { folder, journal, index, append, dispose } = await opened();
    await append(pageRules(PAGE_A, true, true));
    const one = await append(captured(1));
    const two = await append(captured(2));
    const removal = await append(acted(one, 'remove', 'obscenity'));
    const review = await append(reviewed(removal, 'agree'));
    const unsent = await append(noticed(removal, false));
    const sent = await append(noticed(removal, true));
    const hide = await append(acted(two, 'hide', 'off-topic'));
    const restore = await append(acted(two, 'restore'));
    const correction = await append(corrected(restore));

    await dispose([sent]);
    expect(await answers(index)).toEqual(await rebuiltAnswers(folder, journal));
    expect(index.action(removal)?.notice).toEqual({ seq: unsent, sent: false });

    await dispose([review]);
    expect(await answers(index)).toEqual(await rebuiltAnswers(folder, journal));
    expect(index.action(removal)?.review).toBeUndefined();

    await dispose([correction]);
    expect(await answers(index)).toEqual(await rebuiltAnswers(folder, journal));
    const second = index.comment(two);
    expect(second && index.state(second)).toBe('restored');
    expect(second?.events).toEqual([two, hide, restore]);
  });

  it('keeps a disposed comment out of the queue but in the other lists', async () => {
    const { folder, journal, index, append, dispose } = await opened();
    const one = await append(captured(1));
    const two = await append(captured(2));
    await append(acted(two, 'keep'));
    await dispose([one]);
    const queue = await index.list({ state: 'new' }, names);
    expect(queue.total).toBe(0);
    expect(queue.comments).toEqual([]);
    expect((await index.list({}, names)).total).toBe(2);
    expect((await index.list({ state: 'kept' }, names)).total).toBe(1);
    expect(await answers(index)).toEqual(await rebuiltAnswers(folder, journal));
  });
});
