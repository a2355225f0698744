import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/main/ipc/dispatcher';
import { createHandlers, openServices } from '../../src/main/services';
import { COMMENT_CAPTURED } from '../../src/shared/moderation/comment';
import { commentSummarySchema } from '../../src/shared/moderation/comment-view';
import type { Profile } from '../../src/shared/profiles/profile';
import { type Call, DEPARTMENT_SETTINGS, publishIntro } from './comment-act-fixtures';
import { cli, journalEvents, setEnv } from './records-fixtures';

const PASSPHRASE = 'a long enough passphrase';
const MODERATOR = 'Sam Moderator';
// Sign-ins with a real scrypt check.
const TIMEOUT = 60_000;

/**
 * A data folder made by the real services: a page that published "Obscenity" and "Personal
 * attacks" in its intro statement, and one comment posted after that (seq `comment`).
 */
let parent: string;
let folder: string;
let comment: number;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'social-desk-comments-act-'));
  folder = join(parent, 'data');
  await mkdir(folder, { mode: 0o700 });
  const services = await openServices(folder, 'comments act test');
  try {
    const dispatch = createDispatcher(createHandlers(services));
    const call: Call = async (who, channel, request) => {
      services.session.signIn(who);
      const result = await dispatch(channel, request, true);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as never;
    };
    const first = await dispatch(
      'session:createFirstAdministrator',
      { name: 'Pat Okafor', passphrase: PASSPHRASE },
      true,
    );
    if (!first.ok) throw new Error(first.error.message);
    const pat = first.value as Profile;
    const chief = await services.profiles.add(
      { name: 'Quinn Chief', roles: ['approver'], passphrase: PASSPHRASE },
      pat,
    );
    const sam = await services.profiles.add(
      { name: MODERATOR, roles: ['moderator'], passphrase: PASSPHRASE },
      pat,
    );
    await services.departmentSettings.save(DEPARTMENT_SETTINGS, pat);
    const page = await services.pages.add(
      {
        platform: 'facebook',
        name: 'Example PD',
        url: 'https://www.facebook.com/examplepd',
        audience: 'general public',
        administrators: [pat.name],
      },
      pat,
      services.audit,
    );
    await publishIntro(call, page.id, pat, chief, ['obscenity', 'personal-attack']);
    const [captured] = await services.journal.append([
      {
        type: COMMENT_CAPTURED,
        by: sam.id,
        payload: {
          pageId: page.id,
          commentId: 'fb-1',
          text: 'Officer Daniels is a fat useless idiot',
          author: 'A Visitor',
          postedAt: new Date().toISOString(),
          seenAt: new Date().toISOString(),
        },
      },
    ]);
    if (!captured) throw new Error('nothing appended');
    comment = captured.seq;
  } finally {
    services.session.signOut();
    await services.close();
  }
}, 120_000);
afterAll(() => rm(parent, { recursive: true, force: true }));

const act = (...extra: string[]) =>
  cli('comments', 'act', String(comment), '--data', folder, '--profile', MODERATOR, ...extra);

async function actionCount(): Promise<number> {
  return (await journalEvents(folder)).filter((event) => event.header.type === 'moderation.action')
    .length;
}

describe('social-desk comments act', () => {
  it('is a usage error (exit 2) listing the actions when the action is missing or unknown, and records nothing', async () => {
    const missing = await act();
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('keep, hide, remove, restore, refer');
    const unknown = await act('--action', 'delete');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--action delete is not an action');
    expect(unknown.err).toContain('keep|hide|remove|restore|refer');
    const noReason = await act('--action', 'remove');
    expect(noReason.code).toBe(2);
    expect(noReason.err).toContain('--reason');
    const badReason = await act('--action', 'hide', '--reason', 'rude');
    expect(badReason.code).toBe(2);
    expect(badReason.err).toContain('obscenity, off-topic, personal-attack');
    const keepWithReason = await act('--action', 'keep', '--reason', 'obscenity');
    expect(keepWithReason.code).toBe(2);
    const stray = await act('--action', 'keep', '--page', 'x');
    expect(stray.code).toBe(2);
    expect(stray.err).toContain('does not take --page');
    const noId = await cli('comments', 'act', '--data', folder, '--action', 'keep');
    expect(noId.code).toBe(2);
    expect(await actionCount()).toBe(0);
  });

  it(
    'exits 1 on a reason the page had not published, naming the categories it had then',
    async () => {
      setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
      const refused = await act('--action', 'remove', '--reason', 'off-topic');
      expect(refused.code).toBe(1);
      expect(refused.out).toBe('');
      expect(refused.err).toContain(
        'had published only “Obscenity” and “Personal attacks” in intro statement version 1',
      );
      expect(refused.err).toContain('Nothing was changed');
      expect(await actionCount()).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'records a published reason and prints the comment with its new state',
    async () => {
      setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
      const removed = await act(
        '--action',
        'remove',
        '--reason',
        'personal-attack',
        '--note',
        'Name-calling',
      );
      expect(removed.code, removed.err).toBe(0);
      expect(commentSummarySchema.parse(JSON.parse(removed.out))).toMatchObject({
        seq: comment,
        state: 'removed',
        reason: 'personal-attack',
        action: { byName: MODERATOR },
      });
      const last = (await journalEvents(folder)).at(-1);
      expect(last?.payload).toMatchObject({
        comment,
        action: 'remove',
        reason: 'personal-attack',
        note: 'Name-calling',
      });
    },
    TIMEOUT,
  );
});
