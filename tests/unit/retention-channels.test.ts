import { describe, expect, it } from 'vitest';
import { CONTRACT } from '../../src/shared/ipc/contract';
import { openStoryDesk } from './comment-story-fixtures';

const TIMEOUT = 60_000;
const SCHEDULE = {
  type: 'comment',
  trigger: 'created',
  period: { years: 0, months: 0, days: 1 },
  authority: 'GS1 item 41',
};

describe('the retention channels', () => {
  it(
    'let only a records profile set schedules, hold, release and dispose; anyone signed in reads',
    async () => {
      const story = await openStoryDesk();
      try {
        const casey = await story.services.profiles.add(
          { name: 'Casey Records', roles: ['records'], passphrase: 'a long enough passphrase' },
          story.pat,
        );
        await story.capture('An old comment about the parade', '2026-01-05T10:00:00.000Z');
        const refused = await story.send(story.pat, 'records:setSchedule', SCHEDULE);
        expect(refused.ok).toBe(false);
        expect(!refused.ok && refused.error.message).toMatch(
          /^Setting a retention schedule needs the records role/,
        );
        const set = await story.send(casey, 'records:setSchedule', SCHEDULE);
        expect(set.ok && set.value).toMatchObject({ setByName: 'Casey Records' });

        const overview = await story.send(story.sam, 'records:retention', {});
        expect(overview.ok).toBe(true);
        const view = CONTRACT['records:retention'].response.parse(overview.ok && overview.value);
        expect(view.schedules.find((row) => row.type === 'comment')?.schedule).toMatchObject({
          authority: 'GS1 item 41',
        });
        expect(view.schedules.find((row) => row.type === 'draft')?.schedule).toBeUndefined();

        const byModerator = await story.send(story.sam, 'records:dispose', { reason: 'x' });
        expect(!byModerator.ok && byModerator.error.message).toMatch(
          /^Disposing of records needs the records role/,
        );
        const noReason = await story.send(casey, 'records:dispose', { reason: '' });
        expect(!noReason.ok && noReason.error.code).toBe('invalid-request');
        const hold = await story.send(casey, 'records:placeHold', {
          name: 'Parade complaint',
          matter: 'PRR 2026-114',
          scope: { words: ['parade'] },
        });
        expect(hold.ok).toBe(true);
        const due = await story.send(casey, 'records:due', {});
        const list = CONTRACT['records:due'].response.parse(due.ok && due.value);
        // Captured in the past with a one-day period: due, and listed with the hold that keeps it.
        expect(list.total).toBe(1);
        expect(list.records[0]).toMatchObject({
          type: 'comment',
          heldByNames: ['Parade complaint'],
          authority: 'GS1 item 41',
        });
        const everything = await story.send(casey, 'records:dispose', { reason: 'Ended' });
        expect(!everything.ok && everything.error.message).toBe(
          'Every record due for disposition is under a legal hold (1). Nothing was changed.',
        );
      } finally {
        await story.close();
      }
    },
    TIMEOUT,
  );
});
