import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type Dispatch, createDispatcher } from '../../src/main/ipc/dispatcher';
import { PAGES_FILE } from '../../src/main/pages/page-service';
import { type Services, createHandlers, openServices } from '../../src/main/services';
import type { CommentSummary } from '../../src/shared/moderation/comment-view';
import type { IntroStatementVersion, Page } from '../../src/shared/pages/page';
import type { Profile, Role } from '../../src/shared/profiles/profile';
import type { Result } from '../../src/shared/result';
import { postedIntroVersion } from './intro-version-fixture';
import { sharedFolder } from './records-fixtures';

const PASSPHRASE = 'a long enough passphrase';

/** The first version's words: obscenity only. */
export const FIRST_TEXT =
  'We use this page to share safety news. Comments are monitored, and we will remove obscene comments. Thank you for keeping it civil.';
/** The second version's words: personal attacks too, and obscenity said differently. */
export const SECOND_TEXT =
  'We use this page to share safety news and events. Comments are monitored. We remove comments containing profanity, and we remove personal attacks on individuals. Anything posted here is a public record.';

/**
 * A real data folder with real services and the real dispatcher: pages whose intro statement
 * published obscenity only from February 2026 and personal attacks too from May; Avery (the first
 * administrator), Sam and Kim (moderators) and Drew (a drafter, no moderation role).
 */
export interface FollowUpDesk {
  readonly folder: string;
  readonly services: Services;
  readonly dispatch: Dispatch;
  readonly people: Readonly<Record<'avery' | 'sam' | 'kim' | 'drew', Profile>>;
  /** Pages recorded with the two versions; each test takes its own, so rules do not leak. */
  nextPage(): { page: Page; first: IntroStatementVersion; second: IntroStatementVersion };
  /** A comment captured on `pageId`, posted at `postedAt`; its seq. */
  capture(pageId: string, postedAt: string, text?: string): Promise<number>;
  call<T = unknown>(who: Profile, channel: string, request: object): Promise<T>;
  refusal(
    who: Profile,
    channel: string,
    request: object,
  ): Promise<{ code: string; message: string }>;
  /** A removal (or hide) by `who`, answering the comment's summary and the action's seq. */
  remove(
    who: Profile,
    comment: number,
    reason: string,
    action?: 'remove' | 'hide',
  ): Promise<{ summary: CommentSummary; action: number }>;
  close(): Promise<void>;
}

const PAGE_COUNT = 12;

export async function openFollowUpDesk(prefix: string): Promise<FollowUpDesk> {
  const folder = await sharedFolder(prefix);
  const pages: { page: Page; first: IntroStatementVersion; second: IntroStatementVersion }[] = [];
  for (let i = 1; i <= PAGE_COUNT; i++) {
    const id = randomUUID();
    pages.push({
      page: {
        id,
        platform: 'facebook',
        name: `Example PD ${i}`,
        url: `https://www.facebook.com/examplepd${i}`,
        createdAt: '2026-01-01T00:00:00.000Z',
        createdBy: 'dana',
        workflow: [],
      },
      first: postedIntroVersion(id, 1, ['obscenity'], '2026-02-01T12:00:00.000Z', FIRST_TEXT),
      second: postedIntroVersion(
        id,
        2,
        ['obscenity', 'personal-attack'],
        '2026-05-01T12:00:00.000Z',
        SECOND_TEXT,
      ),
    });
  }
  // Written before the services open: pages.json as an earlier version left it (stamped at open).
  await writeFile(
    join(folder, PAGES_FILE),
    JSON.stringify({
      schemaVersion: 2,
      pages: pages.map((p) => p.page),
      introStatements: pages.flatMap((p) => [p.first, p.second]),
    }),
  );
  const services = await openServices(folder, 'follow-up test');
  const dispatch = createDispatcher(createHandlers(services));
  const first = await dispatch(
    'session:createFirstAdministrator',
    { name: 'Avery Admin', passphrase: PASSPHRASE },
    true,
  );
  if (!first.ok) throw new Error(first.error.message);
  const avery = first.value as Profile;
  const add = (name: string, roles: Role[]) =>
    services.profiles.add({ name, roles, passphrase: PASSPHRASE }, avery);
  const people = {
    avery,
    sam: await add('Sam Ortiz', ['moderator']),
    kim: await add('Kim Lee', ['moderator']),
    drew: await add('Drew Page', ['drafter']),
  };
  const send = (who: Profile, channel: string, request: object) => {
    services.session.signIn(who);
    return dispatch(channel, request, true);
  };
  const call: FollowUpDesk['call'] = async (who, channel, request) => {
    const result: Result<unknown> = await send(who, channel, request);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    // The dispatcher has checked the answer against the channel's schema already.
    return result.value as never;
  };
  let taken = 0;
  let commentIds = 0;
  return {
    folder,
    services,
    dispatch,
    people,
    nextPage() {
      const next = pages[taken];
      taken += 1;
      if (!next) throw new Error('out of fixture pages: raise PAGE_COUNT');
      return next;
    },
    async capture(pageId, postedAt, text = 'You are all useless') {
      commentIds += 1;
      const [header] = await services.journal.append([
        {
          type: 'comment.captured',
          by: avery.id,
          payload: {
            pageId,
            commentId: `c-${commentIds}`,
            text,
            author: 'Jordan Visitor',
            postedAt,
            seenAt: '2026-11-30T08:00:00.000Z',
          },
        },
      ]);
      if (!header) throw new Error('nothing appended');
      return header.seq;
    },
    call,
    async refusal(who, channel, request) {
      const result = await send(who, channel, request);
      expect(result.ok, `${channel} should have been refused`).toBe(false);
      if (result.ok) throw new Error('accepted');
      return result.error;
    },
    async remove(who, comment, reason, action = 'remove') {
      const summary = await call<CommentSummary>(who, 'comments:act', { comment, action, reason });
      if (!summary.action) throw new Error('no standing action after an act');
      return { summary, action: summary.action.seq };
    },
    async close() {
      await services.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
