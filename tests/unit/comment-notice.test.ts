import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommentSummary } from '../../src/shared/moderation/comment-view';
import { journalEvents } from './records-fixtures';
import { FIRST_TEXT, type FollowUpDesk, openFollowUpDesk } from './follow-up-fixtures';

/** A notice to the commenter where a page's local rules require one: ready text, sent or not. */
let desk: FollowUpDesk;
beforeAll(async () => {
  desk = await openFollowUpDesk('social-desk-notice-');
}, 60_000);
afterAll(() => desk.close());

const MARCH = '2026-03-10T12:00:00.000Z';
const JUNE = '2026-06-10T12:00:00.000Z';

async function notices() {
  return (await journalEvents(desk.folder)).filter(
    (event) => event.header.type === 'moderation.notice',
  );
}

/** A page whose local rules require a notice (and a second reviewer, when asked). */
async function noticePage(secondReviewer = false) {
  const fixture = desk.nextPage();
  await desk.call(desk.people.avery, 'comments:setPageRules', {
    pageId: fixture.page.id,
    secondReviewer,
    noticeRequired: true,
  });
  return fixture;
}

const noticeText = async (action: number) =>
  (await desk.call<{ text: string }>(desk.people.drew, 'comments:noticeText', { action })).text;

describe('a notice to the commenter', () => {
  it('is due after a removal on such a page, and is recorded as sent with its text', async () => {
    const { sam } = desk.people;
    const { page } = await noticePage();
    const { summary, action } = await desk.remove(
      sam,
      await desk.capture(page.id, JUNE),
      'personal-attack',
    );
    expect(summary.notice).toBe('due');
    const text = await noticeText(action);
    expect(text).toContain('“Personal attacks”');
    expect(text).toContain(page.name);
    expect(text).toContain(page.url);

    const sent = await desk.call<CommentSummary>(sam, 'comments:notice', {
      action,
      sent: true,
      how: 'Platform message',
      text,
    });
    expect(sent.notice).toBe('sent');
    const [recorded] = await notices();
    expect(recorded?.header.by).toBe(sam.id);
    expect(recorded?.payload).toEqual({ action, sent: true, how: 'Platform message', text });

    const twice = await desk.refusal(sam, 'comments:notice', {
      action,
      sent: true,
      how: 'Email',
      text,
    });
    expect(twice.message).toContain('recorded as sent already');
  });

  it('records the ready text when the request leaves it empty', async () => {
    const { sam } = desk.people;
    const { page } = await noticePage();
    const { action } = await desk.remove(sam, await desk.capture(page.id, JUNE), 'obscenity');
    const before = (await notices()).length;
    await desk.call(sam, 'comments:notice', { action, sent: true, how: 'Email', text: '' });
    const recorded = (await notices())[before];
    expect(recorded?.payload).toMatchObject({ text: await noticeText(action) });
  });

  it('needs a reason to be recorded as not sent', async () => {
    const { sam } = desk.people;
    const { page } = await noticePage();
    const { action } = await desk.remove(sam, await desk.capture(page.id, JUNE), 'obscenity');
    const text = await noticeText(action);
    const before = (await notices()).length;
    for (const how of [undefined, '   ']) {
      const refused = await desk.refusal(sam, 'comments:notice', {
        action,
        sent: false,
        text,
        ...(how === undefined ? {} : { how }),
      });
      expect(refused.message).toContain('Say why the notice was not sent');
    }
    expect(await notices()).toHaveLength(before);

    const notSent = await desk.call<CommentSummary>(sam, 'comments:notice', {
      action,
      sent: false,
      how: 'The commenter’s account accepts no messages',
      text,
    });
    expect(notSent.notice).toBe('not-sent');
    expect((await notices())[before]?.payload).toEqual({
      action,
      sent: false,
      how: 'The commenter’s account accepts no messages',
      text,
    });
  });

  it('is not due for a hide, nor a removal on a page that requires none', async () => {
    const { sam } = desk.people;
    const { page } = await noticePage();
    const hidden = await desk.remove(sam, await desk.capture(page.id, JUNE), 'obscenity', 'hide');
    expect(hidden.summary.notice).toBeUndefined();
    const plain = desk.nextPage().page;
    const removed = await desk.remove(sam, await desk.capture(plain.id, JUNE), 'obscenity');
    expect(removed.summary.notice).toBeUndefined();
    for (const { action } of [hidden, removed]) {
      const refused = await desk.refusal(sam, 'comments:notice', {
        action,
        sent: true,
        how: 'Email',
        text: 'Your comment was removed.',
      });
      expect(refused.message).toMatch(/needs no notice|not a removal/);
    }
  });

  it('waits for the second reviewer’s agreement, and is refused after a disagreement', async () => {
    const { sam, kim } = desk.people;
    const { page } = await noticePage(true);
    const first = await desk.remove(sam, await desk.capture(page.id, JUNE), 'obscenity');
    const request = { action: first.action, sent: true, how: 'Email', text: 'Removed.' };
    expect((await desk.refusal(sam, 'comments:notice', request)).message).toContain(
      'awaits its second reviewer',
    );
    await desk.call(kim, 'comments:review', { action: first.action, verdict: 'agree' });
    expect((await desk.call<CommentSummary>(sam, 'comments:notice', request)).notice).toBe('sent');

    const second = await desk.remove(sam, await desk.capture(page.id, JUNE), 'obscenity');
    await desk.call(kim, 'comments:review', { action: second.action, verdict: 'disagree' });
    const refused = await desk.refusal(sam, 'comments:notice', {
      ...request,
      action: second.action,
    });
    expect(refused.message).toContain('restore the comment instead');
  });

  it('quotes the intro statement in force when the comment was posted, though it changed since', async () => {
    const { sam } = desk.people;
    const { page } = await noticePage();
    // Posted in March, under version 1 (obscenity only, in its own words); version 2 came in May.
    const { action } = await desk.remove(sam, await desk.capture(page.id, MARCH), 'obscenity');
    const text = await noticeText(action);
    expect(text).toContain('“Obscenity”');
    expect(text).toContain('“Comments are monitored, and we will remove obscene comments.”');
    expect(FIRST_TEXT).toContain('we will remove obscene comments');
    expect(text).not.toContain('profanity');
    expect(text).toContain('as published on February 1, 2026');
    expect(text).toContain('March 10, 2026');

    const june = await desk.remove(sam, await desk.capture(page.id, JUNE), 'obscenity');
    expect(await noticeText(june.action)).toContain('We remove comments containing profanity');
  });

  it('is refused for an action that is not a removal', async () => {
    const { page } = desk.nextPage();
    const kept = await desk.call<CommentSummary>(desk.people.sam, 'comments:act', {
      comment: await desk.capture(page.id, JUNE),
      action: 'keep',
    });
    const refused = await desk.refusal(desk.people.drew, 'comments:noticeText', {
      action: kept.action?.seq ?? 0,
    });
    expect(refused.message).toContain('a notice to a commenter is for a removal only');
  });
});
