import { describe, expect, it } from 'vitest';
import { openServices } from '../../src/main/services';
import { openStoryDesk } from './comment-story-fixtures';
import { cli, folderDigest, journalEvents, setEnv } from './records-fixtures';

// The retention commands as a records custodian runs them on a real data folder, through the
// same channels and role table as the app: schedules, holds, what is due, disposition.
const TIMEOUT = 120_000;
const PASSPHRASE = 'a long enough passphrase';

interface DueJson {
  total: number;
  held: number;
  due: {
    type: string;
    id: string;
    title: string;
    dueOn: string;
    heldBy: string[];
    authority: string;
  }[];
  next: { on: string; count: number } | null;
}

/** A folder with Pat (administrator), Sam (moderator), Casey (records) and two old comments. */
async function deskWithComments() {
  const story = await openStoryDesk();
  await story.services.profiles.add(
    { name: 'Casey Records', roles: ['records'], passphrase: PASSPHRASE },
    story.pat,
  );
  // Captured (seen) on 2026-11-30: the comments' retention runs from then.
  const parade = await story.capture(
    'See you at the parade on Main Street',
    '2026-11-29T10:00:00.000Z',
  );
  const lights = await story.capture('Thanks for fixing the lights', '2026-11-29T11:00:00.000Z');
  await story.close();
  setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
  return { folder: story.folder, parade: String(parade), lights: String(lights) };
}

describe('the retention commands', () => {
  it(
    'set a schedule, hold a record, refuse its disposition, release it, dispose, and the journal still verifies',
    async () => {
      const { folder, parade, lights } = await deskWithComments();
      const as = (name: string, ...argv: string[]) =>
        cli(...argv, '--data', folder, '--profile', name);

      const longer = await as(
        'Casey Records',
        'retention',
        'set',
        '--type',
        'comment',
        '--trigger',
        'created',
        '--years',
        '10',
        '--authority',
        'GS1 item 41',
      );
      expect(longer.code, longer.err).toBe(0);
      expect(JSON.parse(longer.out)).toMatchObject({
        type: 'comment',
        setByName: 'Casey Records',
        schedule: { period: { years: 10, months: 0, days: 0 }, authority: 'GS1 item 41' },
      });
      const notYet = await cli('retention', 'due', '--data', folder);
      expect(notYet.code, notYet.err).toBe(0);
      expect(JSON.parse(notYet.out)).toEqual({
        total: 0,
        held: 0,
        due: [],
        next: { on: '2036-11-30', count: 2 },
      });

      const set = await as(
        'Casey Records',
        'retention',
        'set',
        '--type',
        'comment',
        '--trigger',
        'created',
        '--days',
        '1',
        '--authority',
        'GS1 item 41',
      );
      expect(set.code, set.err).toBe(0);
      const placed = await as(
        'Casey Records',
        'holds',
        'add',
        '--name',
        'Parade complaint',
        '--matter',
        'PRR 2026-114',
        '--words',
        'parade',
        '--words',
        'road closure',
      );
      expect(placed.code, placed.err).toBe(0);
      const hold = JSON.parse(placed.out) as { hold: string; scope: unknown; placedByName: string };
      expect(hold.scope).toEqual({ words: ['parade', 'road closure'] });
      expect(hold.placedByName).toBe('Casey Records');

      const due = JSON.parse((await cli('retention', 'due', '--data', folder)).out) as DueJson;
      expect(due.total).toBe(2);
      expect(due.held).toBe(1);
      expect(due.next).toBeNull();
      expect(due.due).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            type: 'comment',
            id: parade,
            dueOn: '2026-12-01',
            heldBy: ['Parade complaint'],
            authority: 'GS1 item 41',
          }),
          expect.objectContaining({ type: 'comment', id: lights, heldBy: [] }),
        ]),
      );

      const eventsBefore = (await journalEvents(folder)).length;
      const refused = await as(
        'Casey Records',
        'dispose',
        '--reason',
        'Retention ended',
        '--records',
        `comment:${parade}`,
      );
      expect(refused.code).toBe(1);
      expect(refused.err).toContain(`Comment ${parade} is under legal hold ("Parade complaint")`);
      expect(refused.err).toContain('Nothing was changed');
      expect((await journalEvents(folder)).length).toBe(eventsBefore);

      // Everything due and not held: the lights comment goes, the parade comment stays.
      const some = await as('Casey Records', 'dispose', '--reason', 'Retention ended');
      expect(some.code, some.err).toBe(0);
      const first = JSON.parse(some.out) as {
        disposed: Record<string, number>;
        held: number;
        events: { seq: number; schedule: string; reason: string; records: unknown[] }[];
      };
      expect(first.disposed).toEqual({ comment: 1 });
      expect(first.held).toBe(1);
      expect(first.events).toHaveLength(1);
      expect(first.events[0]).toMatchObject({
        schedule: 'GS1 item 41',
        reason: 'Retention ended',
        records: [{ type: 'comment', id: lights }],
      });

      const listed = JSON.parse((await cli('holds', 'list', '--data', folder)).out) as {
        hold: string;
      }[];
      expect(listed.map((entry) => entry.hold)).toEqual([hold.hold]);
      const released = await as(
        'Casey Records',
        'holds',
        'release',
        hold.hold,
        '--reason',
        'PRR 2026-114 answered and closed',
      );
      expect(released.code, released.err).toBe(0);
      expect(JSON.parse(released.out)).toMatchObject({
        released: { byName: 'Casey Records', reason: 'PRR 2026-114 answered and closed' },
      });

      const rest = await as(
        'Casey Records',
        'dispose',
        '--reason',
        'Retention ended',
        '--records',
        `comment:${parade}`,
      );
      expect(rest.code, rest.err).toBe(0);
      expect(JSON.parse(rest.out)).toMatchObject({ disposed: { comment: 1 }, held: 0 });
      const after = JSON.parse((await cli('retention', 'due', '--data', folder)).out) as DueJson;
      expect(after.total).toBe(0);

      const verify = await cli('log', 'verify', '--data', folder);
      expect(verify.code, verify.err).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'refuse a moderator every change, in the role table’s words, and change nothing',
    async () => {
      const { folder } = await deskWithComments();
      const eventsBefore = (await journalEvents(folder)).length;
      for (const argv of [
        ['holds', 'add', '--name', 'H', '--matter', 'M'],
        ['dispose', '--reason', 'Retention ended'],
        [
          'retention',
          'set',
          '--type',
          'comment',
          '--trigger',
          'created',
          '--days',
          '1',
          '--authority',
          'GS1',
        ],
      ]) {
        const run = await cli(...argv, '--data', folder, '--profile', 'Sam Ortiz');
        expect(run.code, argv.join(' ')).toBe(1);
        expect(run.err).toMatch(/needs the records role/);
      }
      const release = await cli(
        'holds',
        'release',
        '0b7d3c52-6a57-4c4e-9d0e-6f1f2b6c9a10',
        '--reason',
        'x',
        '--data',
        folder,
        '--profile',
        'Sam Ortiz',
      );
      expect(release.err).toMatch(/^social-desk: Releasing a legal hold needs the records role/);
      expect((await journalEvents(folder)).length).toBe(eventsBefore);
    },
    TIMEOUT,
  );

  it(
    'read beside the open app, which holds the data folder’s writer lock',
    async () => {
      const { folder } = await deskWithComments();
      const app = await openServices(folder, 'the app');
      try {
        const due = await cli('retention', 'due', '--data', folder);
        expect(due.code, due.err).toBe(0);
        expect(JSON.parse(due.out)).toMatchObject({ total: 0, next: null });
        const holds = await cli('holds', 'list', '--data', folder);
        expect(holds.code, holds.err).toBe(0);
      } finally {
        await app.close();
      }
    },
    TIMEOUT,
  );

  it(
    'read without writing anything, and refuse a wrong command line before opening anything',
    async () => {
      const { folder } = await deskWithComments();
      const before = await folderDigest(folder);
      expect(
        (await cli('retention', 'due', '--data', folder, '--types', 'comment,draft')).code,
      ).toBe(0);
      expect((await cli('holds', 'list', '--data', folder)).out).toBe('[]');
      expect(await folderDigest(folder)).toEqual(before);

      const wrongType = await cli('retention', 'due', '--data', folder, '--types', 'tweets');
      expect(wrongType.code).toBe(2);
      expect(wrongType.err).toContain('not tweets');
      const noReason = await cli('dispose', '--data', folder, '--profile', 'Casey Records');
      expect(noReason.code).toBe(2);
      expect(noReason.err).toContain('--reason');
      const badRef = await cli(
        'dispose',
        '--reason',
        'x',
        '--records',
        'comment',
        '--data',
        folder,
        '--profile',
        'Casey Records',
      );
      expect(badRef.code).toBe(2);
      expect(badRef.err).toContain('is not type:id');
      const bothPeriods = await cli(
        'retention',
        'set',
        '--type',
        'comment',
        '--trigger',
        'created',
        '--days',
        '1',
        '--permanent',
        '--authority',
        'GS1',
        '--data',
        folder,
        '--profile',
        'Casey Records',
      );
      expect(bothPeriods.code).toBe(2);
      const wrongTrigger = await cli(
        'retention',
        'set',
        '--type',
        'comment',
        '--trigger',
        'published',
        '--days',
        '1',
        '--authority',
        'GS1',
        '--data',
        folder,
        '--profile',
        'Casey Records',
      );
      expect(wrongTrigger.code).toBe(2);
      expect(wrongTrigger.err).toContain(
        '--trigger: Captured comments can be kept from created, not published',
      );
      const backwards = await cli(
        'holds',
        'add',
        '--name',
        'H',
        '--matter',
        'M',
        '--from',
        '2026-12-01',
        '--to',
        '2026-01-01',
        '--data',
        folder,
        '--profile',
        'Casey Records',
      );
      expect(backwards.code).toBe(2);
      expect(backwards.err).toContain('--to: The hold’s first day is after its last');
      expect(await folderDigest(folder)).toEqual(before);
    },
    TIMEOUT,
  );
});
