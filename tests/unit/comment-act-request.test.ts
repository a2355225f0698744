import { describe, expect, it } from 'vitest';
import { type StoryDesk, openStoryDesk } from './comment-story-fixtures';
import { journalEvents } from './records-fixtures';

/** What comments:act accepts: a reason only with the actions that take a comment out of view. */
async function actions(d: StoryDesk): Promise<unknown[]> {
  return (await journalEvents(d.folder))
    .filter((event) => event.header.type === 'moderation.action')
    .map((event) => event.payload);
}

describe('comments:act request', { timeout: 30_000 }, () => {
  it('refuses a reason with keep, restore and refer, in words, and records nothing', async () => {
    const d = await openStoryDesk();
    try {
      const comment = await d.capture('Officer Daniels is an idiot', '2026-06-10T09:00:00.000Z');
      for (const action of ['keep', 'restore', 'refer']) {
        const answer = await d.send(d.sam, 'comments:act', {
          comment,
          action,
          reason: 'obscenity',
        });
        expect(answer.ok, action).toBe(false);
        if (answer.ok) continue;
        expect(answer.error.message).toContain('A reason goes only with hide or remove');
        expect(answer.error.message).toContain('say why in the note');
      }
      expect(await actions(d)).toEqual([]);

      // Without a reason the same actions are taken, the why in the note.
      const kept = await d.send(d.sam, 'comments:act', {
        comment,
        action: 'keep',
        note: 'Criticism of an officer, not a removal category',
      });
      expect(kept.ok).toBe(true);
      expect(await actions(d)).toEqual([
        { comment, action: 'keep', note: 'Criticism of an officer, not a removal category' },
      ]);
    } finally {
      await d.close();
    }
  });
});
