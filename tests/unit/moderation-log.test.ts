import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Journal } from '../../src/main/journal/journal';
import { readEvents } from '../../src/main/journal/read-events';
import { verifyJournal } from '../../src/main/journal/verify';
import { ModerationLog } from '../../src/main/moderation/moderation-log';
import type { Profile } from '../../src/shared/profiles/profile';

const MODERATOR: Profile = {
  id: '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  name: 'Sam Ortiz',
  roles: ['moderator'],
  createdAt: '2026-11-01T09:00:00.000Z',
  createdBy: 'first-start',
};
let folder: string;
let journal: Journal;
let log: ModerationLog;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'social-desk-moderation-'));
  ({ journal } = await Journal.open(folder));
  log = new ModerationLog(folder, journal);
  await journal.append([
    {
      type: 'comment.captured',
      by: MODERATOR.id,
      payload: { commentId: 'c1', text: 'You are all f*cking useless' },
    },
    { type: 'audit.change', by: MODERATOR.id, payload: { store: 'pages' } },
  ]);
});
afterEach(async () => {
  await journal.close();
  await rm(folder, { recursive: true, force: true });
});

describe('moderation actions and corrections', () => {
  it('records a removal with its reason and note, by whom, and the chain still verifies', async () => {
    const header = await log.act(MODERATOR, {
      comment: 1,
      action: 'remove',
      reason: 'obscenity',
      note: 'profanity',
    });
    expect(header).toMatchObject({ seq: 3, type: 'moderation.action', by: MODERATOR.id });
    expect(await verifyJournal(folder)).toMatchObject({ ok: true, events: 3 });
  });

  it('refuses a hide or removal without a reason, and an action on something that is not a comment', async () => {
    await expect(log.act(MODERATOR, { comment: 1, action: 'hide' })).rejects.toThrow(
      /needs a reason/,
    );
    await expect(
      log.act(MODERATOR, { comment: 1, action: 'remove', reason: 'rude' }),
    ).rejects.toThrow(/reason/);
    await expect(log.act(MODERATOR, { comment: 2, action: 'keep' })).rejects.toThrow(
      /not a captured comment/,
    );
    await expect(log.act(MODERATOR, { comment: 99, action: 'keep' })).rejects.toThrow(
      /not a captured comment/,
    );
    expect(journal.head().events).toBe(2);
  });

  it('corrects by a new event that points at the old one, which stays as it was', async () => {
    const wrong = await log.act(MODERATOR, { comment: 1, action: 'remove', reason: 'off-topic' });
    const correction = await log.correct(MODERATOR, {
      corrects: wrong.seq,
      note: 'The reason was obscenity, not off-topic',
      replacement: { reason: 'obscenity' },
    });
    expect(correction.seq).toBe(wrong.seq + 1);
    await expect(
      log.correct(MODERATOR, { corrects: 50, note: 'There is no such event here' }),
    ).rejects.toThrow(/no event 50/);
    const types: string[] = [];
    for await (const event of readEvents(folder)) types.push(event.header.type);
    expect(types).toEqual(['comment.captured', 'audit.change', 'moderation.action', 'correction']);
    expect(await verifyJournal(folder)).toMatchObject({ ok: true, events: 4 });
  });
});
