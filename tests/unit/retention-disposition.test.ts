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
  const disposition = new DispositionService(story.services, LATER);
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
        const early = new DispositionService(story.services, { today: '2027-01-01' });
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
          /^Intro-statement versions stay kept: every moderation action is judged under the version in force .* Nothing was changed: choose only captured comments, moderation actions, drafts and revisions, published posts, approval packets and decisions\.$/,
        );
        // Everything due: the comment goes; the intro versions are counted as kept, truly.
        const all = await disposition.dispose({ reason: 'Retention ended' }, CUSTODIAN);
        expect(all).toMatchObject({ disposed: { comment: 2 }, held: 0, kept: 2 });
        const none = await failureOf(() => disposition.dispose({ reason: 'again' }, CUSTODIAN));
        expect(none.message).toBe(
          'No record due today can be disposed of: 2 of types that stay kept (intro-statement versions). Nothing was changed.',
        );
      } finally {
        await story.close();
      }
    },
    TIMEOUT,
  );

  it(
    'disposes of a moderation action only with its comment or after it; it then leaves the lists and the queue',
    async () => {
      const { story, elm, oak, disposition } = await deskWithComments();
      try {
        const { services, sam } = story;
        const act = async (comment: number, action: string, reason?: string) => {
          const answer = await story.send(sam, 'comments:act', {
            comment,
            action,
            ...(reason ? { reason } : {}),
          });
          if (!answer.ok) throw new Error(answer.error.message);
        };
        await act(elm, 'remove', 'obscenity');
        await act(oak, 'keep');
        await services.retention.setSchedule(
          {
            type: 'moderation',
            trigger: 'created',
            period: { years: 1, months: 0, days: 0 },
            authority: 'GS1 item 42',
          },
          CUSTODIAN,
        );
        const actions = [...services.comments.allActions()];
        const onElm = actions.find((action) => action.comment === elm);
        if (!onElm) throw new Error('no action on the Elm Street comment');
        const before = await journalEvents(story.folder);
        // The comment stays (it is under no disposition): its removal must stay to explain it.
        const refused = await failureOf(() =>
          disposition.dispose(
            { records: [{ type: 'moderation', id: String(onElm.seq) }], reason: 'x' },
            CUSTODIAN,
          ),
        );
        expect(refused.message).toBe(
          `Moderation action ${onElm.seq} acts on comment ${elm}, which is kept: an action is disposed of with its comment or after it, so a comment's state is never left unexplained. Nothing was changed: dispose of comment ${elm} too, or leave the action for later.`,
        );
        expect(await journalEvents(story.folder)).toEqual(before);

        // With its comment, it goes: both comments and both actions, one event per schedule item.
        const outcome = await disposition.dispose(
          {
            records: [
              { type: 'moderation', id: String(onElm.seq) },
              { type: 'comment', id: String(elm) },
            ],
            reason: 'Retention ended',
          },
          CUSTODIAN,
        );
        expect(outcome.disposed).toEqual({ comment: 1, moderation: 1 });
        expect(outcome.events).toHaveLength(2);
        const events = await journalEvents(story.folder);
        // The comment's event first: a disposal cut short never leaves the action gone alone.
        const named = (seq: number | undefined) =>
          (
            events.find((event) => event.header.seq === seq)?.payload as {
              records: { type: string }[];
            }
          ).records.map((record) => record.type);
        expect(outcome.events.map(named)).toEqual([['comment'], ['moderation']]);
        expect(events.find((event) => event.header.seq === onElm.seq)?.payload).toBeUndefined();
        expect([...services.comments.allActions()].map((action) => action.comment)).toEqual([oak]);
        const removed = await services.comments.list({ state: 'removed' }, (id) => id);
        expect(removed.total).toBe(0);
        const queued = await services.comments.list({ state: 'new' }, (id) => id);
        expect(queued.total).toBe(0);
        expect((await verifyDataFolder(story.folder)).ok).toBe(true);

        // Everything else due: the Oak Park comment and its keep go together.
        const rest = await disposition.dispose({ reason: 'Retention ended' }, CUSTODIAN);
        expect(rest).toMatchObject({ disposed: { comment: 1, moderation: 1 }, held: 0, kept: 0 });
      } finally {
        await story.close();
      }
    },
    TIMEOUT,
  );
});
