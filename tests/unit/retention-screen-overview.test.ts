import { describe, expect, it } from 'vitest';
import { disposeAllWords } from '../../src/renderer/src/records/retention/dispose-words';
import { CONTRACT } from '../../src/shared/ipc/contract';
import { openStoryDesk } from './comment-story-fixtures';

// What the retention screen's Dispose confirmation is built from: the overview's counts of what
// is due and of what is held, by type, as the real dispatcher answers them.
describe('the retention overview the screen reads', () => {
  it('counts the held records by type, so the confirmation says exactly what goes and what stays', async () => {
    const story = await openStoryDesk();
    try {
      const casey = await story.services.profiles.add(
        { name: 'Casey Records', roles: ['records'], passphrase: 'a long enough passphrase' },
        story.pat,
      );
      await story.capture('See you at the parade', '2026-01-05T10:00:00.000Z');
      await story.capture('Thanks for the lights', '2026-01-05T11:00:00.000Z');
      await story.capture('Parade route question', '2026-01-05T12:00:00.000Z');
      const set = await story.send(casey, 'records:setSchedule', {
        type: 'comment',
        trigger: 'created',
        period: { years: 0, months: 0, days: 1 },
        authority: 'GS1 item 41',
      });
      expect(set.ok).toBe(true);
      const hold = await story.send(casey, 'records:placeHold', {
        name: 'Parade complaint',
        matter: 'PRR 2026-114',
        scope: { words: ['parade'] },
      });
      expect(hold.ok).toBe(true);
      const answer = await story.send(story.sam, 'records:retention', {});
      const overview = CONTRACT['records:retention'].response.parse(answer.ok && answer.value);
      expect(overview.due).toEqual({
        total: 3,
        held: 2,
        byType: { comment: 3 },
        heldByType: { comment: 2 },
      });
      expect(disposeAllWords(overview)).toBe(
        '1 comment will lose its text for good; 2 records under legal hold stay.',
      );
      const done = await story.send(casey, 'records:dispose', { reason: 'Retention ended' });
      expect(done.ok && done.value).toMatchObject({ disposed: { comment: 1 }, held: 2 });
    } finally {
      await story.close();
    }
  }, 60_000);
});
