import { describe, expect, it } from 'vitest';
import { verifyDataFolder } from '../../src/main/journal/verify-report';
import { retentionOutlook } from '../../src/main/retention/due-records';
import { DispositionService } from '../../src/main/retention/disposition-service';
import { openStoryDesk } from './comment-story-fixtures';
import { failureOf, journalEvents, personProfile } from './records-fixtures';

// Making profiles hashes passphrases at the real scrypt cost.
const TIMEOUT = 60_000;
const CUSTODIAN = { ...personProfile('Casey Records'), roles: ['records' as const] };
const LATER = { today: '2031-01-01' };

async function deskWithComments() {
  const story = await openStoryDesk();
  const elm = await story.capture('The Elm Street crash was handled badly', '2026-06-01T10:00:00Z');
  const oak = await story.capture('Thanks for the Oak Park cleanup', '2026-06-02T10:00:00Z');
  await story.services.retention.setSchedule(
    {
      type: 'comment',
      trigger: 'created',
      period: { years: 2, months: 0, days: 0 },
      authority: 'GS1 item 41',
    },
    CUSTODIAN,
  );
  const disposition = new DispositionService(
    story.services.catalogue,
    story.services.retention,
    story.services.journal,
    story.services.drafts,
    story.folder,
    LATER,
  );
  return { story, elm, oak, disposition };
}

describe('disposition under retention', () => {
  it(
    'is refused for a held record, goes through once the hold is released, and the journal still verifies',
    async () => {
      const { story, elm, oak, disposition } = await deskWithComments();
      try {
        const { services } = story;
        const outlook = await retentionOutlook(services.catalogue, services.retention, LATER);
        expect(outlook.due.map((entry) => entry.record.id).sort()).toEqual(
          [String(elm), String(oak)].sort(),
        );
        const hold = await services.retention.placeHold(
          { name: 'Doe v. City', matter: 'Case 26-CV-1182', scope: { words: ['Elm Street'] } },
          CUSTODIAN,
        );
        const before = await journalEvents(story.folder);
        const refused = await failureOf(() =>
          disposition.dispose(
            { records: [{ type: 'comment', id: String(elm) }], reason: 'Retention ended' },
            CUSTODIAN,
          ),
        );
        expect(refused.message).toMatch(/^Comment \d+ is under legal hold \("Doe v\. City"\)/);
        expect(await journalEvents(story.folder)).toEqual(before);

        // Everything due: the held one stays, the other goes.
        const first = await disposition.dispose({ reason: 'Retention ended' }, CUSTODIAN);
        expect(first).toMatchObject({ disposed: { comment: 1 }, held: 1, kept: 0 });
        expect(services.comments.comment(oak)?.disposed).toBe(true);
        expect(services.comments.comment(elm)?.text).toBe('The Elm Street crash was handled badly');

        await services.retention.releaseHold(
          { hold: hold.hold, reason: 'The case settled.' },
          CUSTODIAN,
        );
        const second = await disposition.dispose(
          { records: [{ type: 'comment', id: String(elm) }], reason: 'Retention ended' },
          CUSTODIAN,
        );
        expect(second.disposed).toEqual({ comment: 1 });
        const events = await journalEvents(story.folder);
        const last = events.at(-1);
        expect(last?.header.type).toBe('disposition');
        expect(last?.payload).toMatchObject({
          schedule: 'GS1 item 41',
          reason: 'Retention ended',
          records: [{ type: 'comment', id: String(elm) }],
        });
        expect(events.find((event) => event.header.seq === elm)?.payload).toBeUndefined();
        const report = await verifyDataFolder(story.folder);
        expect(report.ok).toBe(true);
        // Nothing is due any more, and saying so changes nothing.
        const none = await failureOf(() => disposition.dispose({ reason: 'again' }, CUSTODIAN));
        expect(none.message).toBe('Nothing is due for disposition today. Nothing was changed.');
      } finally {
        await story.close();
      }
    },
    TIMEOUT,
  );

  it(
    'refuses a record not yet due, and one of a type this version keeps, naming what to do',
    async () => {
      const { story, elm, disposition } = await deskWithComments();
      try {
        const early = new DispositionService(
          story.services.catalogue,
          story.services.retention,
          story.services.journal,
          story.services.drafts,
          story.folder,
          { today: '2027-01-01' },
        );
        const notDue = await failureOf(() =>
          early.dispose(
            { records: [{ type: 'comment', id: String(elm) }], reason: 'x' },
            CUSTODIAN,
          ),
        );
        expect(notDue.message).toMatch(/^Comment \d+ is not due for disposition today/);
        const noReason = await failureOf(() => disposition.dispose({ reason: '  ' }, CUSTODIAN));
        expect(noReason.message).toMatch(/^Say why these records are disposed of/);
        await story.services.retention.setSchedule(
          {
            type: 'intro',
            trigger: 'created',
            period: { years: 1, months: 0, days: 0 },
            authority: 'GS1 item 3',
          },
          CUSTODIAN,
        );
        const outlook = await retentionOutlook(
          story.services.catalogue,
          story.services.retention,
          LATER,
        );
        const intro = outlook.due.find((entry) => entry.record.type === 'intro');
        expect(intro).toBeDefined();
        const kept = await failureOf(() =>
          disposition.dispose(
            { records: [{ type: 'intro', id: intro?.record.id ?? '' }], reason: 'x' },
            CUSTODIAN,
          ),
        );
        expect(kept.message).toMatch(
          /^This version disposes of captured comments, drafts and revisions, published posts only; intro-statement versions stay kept for now/,
        );
        // Everything due: the comment goes; the intro versions are counted as kept, truly.
        const all = await disposition.dispose({ reason: 'Retention ended' }, CUSTODIAN);
        expect(all).toMatchObject({ disposed: { comment: 2 }, held: 0, kept: 2 });
        const none = await failureOf(() => disposition.dispose({ reason: 'again' }, CUSTODIAN));
        expect(none.message).toBe(
          'No record due today can be disposed of: 2 of types this version keeps (intro-statement versions). Nothing was changed.',
        );
      } finally {
        await story.close();
      }
    },
    TIMEOUT,
  );
});
