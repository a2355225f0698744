import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Journal } from '../../src/main/journal/journal';
import { readEvents } from '../../src/main/journal/read-events';
import { ModerationLog, type RemovalRules } from '../../src/main/moderation/moderation-log';
import { versionInForce } from '../../src/shared/pages/in-force';
import type { Profile } from '../../src/shared/profiles/profile';
import { postedIntroVersion } from './intro-version-fixture';

const MODERATOR: Profile = {
  id: '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  name: 'Sam Ortiz',
  roles: ['moderator'],
  createdAt: '2026-11-01T09:00:00.000Z',
  createdBy: 'first-start',
};
const PAGE = randomUUID();
const BARE_PAGE = randomUUID();

// Obscenity only until May; from then on, personal attacks too.
const FIRST = postedIntroVersion(PAGE, 1, ['obscenity'], '2026-02-01T12:00:00.000Z');
const SECOND = postedIntroVersion(
  PAGE,
  2,
  ['obscenity', 'personal-attack'],
  '2026-05-01T12:00:00.000Z',
);

/** The pages' side, over the shared in-force rule the pages screen and packets use. */
const RULES: RemovalRules = {
  inForce: (pageId, at) => ({
    version: versionInForce(pageId === PAGE ? [FIRST, SECOND] : [], at)?.version ?? null,
  }),
  pageName: (pageId) => (pageId === PAGE ? 'Example PD on Facebook' : 'Example PD on X'),
};

function captured(pageId: string, postedAt: string, commentId: string) {
  return {
    type: 'comment.captured',
    by: MODERATOR.id,
    payload: {
      pageId,
      commentId,
      text: 'You are all useless',
      author: 'Visitor',
      postedAt,
      seenAt: '2026-11-30T08:00:00.000Z',
    },
  };
}

let folder: string;
let journal: Journal;
let log: ModerationLog;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'social-desk-reasons-'));
  ({ journal } = await Journal.open(folder));
  log = new ModerationLog(folder, journal, RULES);
  await journal.append([
    captured(PAGE, '2026-03-10T09:00:00.000Z', 'march'), // 1: under version 1
    captured(PAGE, '2026-06-10T09:00:00.000Z', 'june'), // 2: under version 2
    captured(PAGE, '2026-01-10T09:00:00.000Z', 'january'), // 3: before any intro statement
    captured(BARE_PAGE, '2026-06-10T09:00:00.000Z', 'bare'), // 4: a page that never had one
  ]);
});
afterEach(async () => {
  await journal.close();
  await rm(folder, { recursive: true, force: true });
});

async function actions(): Promise<unknown[]> {
  const found: unknown[] = [];
  for await (const event of readEvents(folder))
    if (event.header.type === 'moderation.action') found.push(event.payload);
  return found;
}

describe('a removal is judged under the intro statement in force when the comment was posted', () => {
  it('records the version it was judged under, whatever the caller claimed', async () => {
    await log.act(MODERATOR, {
      comment: 2,
      action: 'remove',
      reason: 'personal-attack',
      introVersion: FIRST.id,
    });
    await log.act(MODERATOR, { comment: 1, action: 'hide', reason: 'obscenity' });
    expect(await actions()).toEqual([
      { comment: 2, action: 'remove', reason: 'personal-attack', introVersion: SECOND.id },
      { comment: 1, action: 'hide', reason: 'obscenity', introVersion: FIRST.id },
    ]);
  });

  it('refuses a category the page had not yet published, naming the ones it had', async () => {
    await expect(
      log.act(MODERATOR, { comment: 1, action: 'remove', reason: 'personal-attack' }),
    ).rejects.toThrow(
      /had published only “Obscenity” in intro statement version 1 when this comment was posted \(2026-03-10\), not “Personal attacks”.*Nothing was changed/,
    );
    await expect(
      log.act(MODERATOR, { comment: 2, action: 'hide', reason: 'off-topic' }),
    ).rejects.toThrow(/only “Obscenity” and “Personal attacks” in intro statement version 2/);
    expect(journal.head().events).toBe(4);
  });

  it('refuses any removal on a page with no intro statement in force then, saying how to fix it', async () => {
    for (const comment of [3, 4]) {
      await expect(
        log.act(MODERATOR, { comment, action: 'remove', reason: 'obscenity' }),
      ).rejects.toThrow(/had no published intro statement on .*Record the page’s intro statement/);
    }
    expect(journal.head().events).toBe(4);
  });

  it('judges keep, restore and refer by no list: they need no intro statement', async () => {
    await log.act(MODERATOR, { comment: 4, action: 'keep' });
    await log.act(MODERATOR, { comment: 3, action: 'refer', note: 'Ask the records officer' });
    expect(await actions()).toEqual([
      { comment: 4, action: 'keep' },
      { comment: 3, action: 'refer', note: 'Ask the records officer' },
    ]);
  });
});
