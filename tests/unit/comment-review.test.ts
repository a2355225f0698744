import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommentSummary } from '../../src/shared/moderation/comment-view';
import { journalEvents } from './records-fixtures';
import { type FollowUpDesk, openFollowUpDesk } from './follow-up-fixtures';

/** A second reviewer for removals, per page: set by an administrator, recorded in the log. */
let desk: FollowUpDesk;
beforeAll(async () => {
  desk = await openFollowUpDesk('social-desk-review-');
}, 60_000);
afterAll(() => desk.close());

const JUNE = '2026-06-10T09:00:00.000Z';
const rules = (pageId: string, secondReviewer: boolean, noticeRequired = false) => ({
  pageId,
  secondReviewer,
  noticeRequired,
});

async function eventsOfType(type: string) {
  return (await journalEvents(desk.folder)).filter((event) => event.header.type === type);
}

describe('a page’s moderation rules', () => {
  it('are off until set, and only an administrator sets them', async () => {
    const { avery, sam, drew } = desk.people;
    const { page } = desk.nextPage();
    expect(await desk.call(drew, 'comments:pageRules', { pageId: page.id })).toEqual(
      rules(page.id, false),
    );
    for (const who of [sam, drew]) {
      const refused = await desk.refusal(who, 'comments:setPageRules', rules(page.id, true));
      expect(refused.code).toBe('not-permitted');
      expect(refused.message).toContain('Setting a page’s moderation rules');
    }
    expect(await eventsOfType('moderation.page-rules')).toHaveLength(0);

    const set = await desk.call(avery, 'comments:setPageRules', rules(page.id, true, true));
    expect(set).toEqual(rules(page.id, true, true));
    expect(await desk.call(sam, 'comments:pageRules', { pageId: page.id })).toEqual(
      rules(page.id, true, true),
    );
    const [recorded] = await eventsOfType('moderation.page-rules');
    expect(recorded?.header.by).toBe(avery.id);
    expect(recorded?.payload).toEqual(rules(page.id, true, true));
  });

  it('are refused for a page never recorded, and not written again when unchanged', async () => {
    const { avery } = desk.people;
    const { page } = desk.nextPage();
    const unknown = await desk.refusal(
      avery,
      'comments:setPageRules',
      rules('00000000-0000-4000-8000-000000000000', true),
    );
    expect(unknown.code).toBe('not-found');
    await desk.call(avery, 'comments:setPageRules', rules(page.id, true));
    const before = desk.services.journal.head().events;
    await desk.call(avery, 'comments:setPageRules', rules(page.id, true));
    expect(desk.services.journal.head().events).toBe(before);
  });
});

describe('a second reviewer for removals', () => {
  it('shows a removal on such a page as awaiting, refuses its own moderator, records another’s agreement', async () => {
    const { avery, sam, kim } = desk.people;
    const { page } = desk.nextPage();
    await desk.call(avery, 'comments:setPageRules', rules(page.id, true));
    const comment = await desk.capture(page.id, JUNE);
    const { summary, action } = await desk.remove(sam, comment, 'personal-attack');
    expect(summary.state).toBe('removed');
    expect(summary.review).toBe('awaiting');

    const own = await desk.refusal(sam, 'comments:review', { action, verdict: 'agree' });
    expect(own.message).toContain('a second reviewer is another person');
    expect(own.message).toContain('ask another moderator or an administrator');
    expect(await eventsOfType('moderation.review')).toHaveLength(0);

    const agreed = await desk.call<CommentSummary>(kim, 'comments:review', {
      action,
      verdict: 'agree',
      note: 'A personal attack, as published',
    });
    expect(agreed.review).toBe('agreed');
    const reviews = await eventsOfType('moderation.review');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]?.header.by).toBe(kim.id);
    expect(reviews[0]?.payload).toEqual({
      action,
      verdict: 'agree',
      note: 'A personal attack, as published',
    });

    const again = await desk.refusal(avery, 'comments:review', { action, verdict: 'disagree' });
    expect(again.message).toContain('reviewed already');
    expect(await eventsOfType('moderation.review')).toHaveLength(1);
  });

  it('records a disagreement, and an administrator may review too', async () => {
    const { avery, sam } = desk.people;
    const { page } = desk.nextPage();
    await desk.call(avery, 'comments:setPageRules', rules(page.id, true));
    const comment = await desk.capture(page.id, JUNE);
    const { summary, action } = await desk.remove(sam, comment, 'obscenity', 'hide');
    expect(summary.review).toBe('awaiting');
    const disagreed = await desk.call<CommentSummary>(avery, 'comments:review', {
      action,
      verdict: 'disagree',
      note: 'No obscenity in it',
    });
    expect(disagreed.review).toBe('disagreed');
  });

  it('lets no one without a moderating role review', async () => {
    const { avery, sam, drew } = desk.people;
    const { page } = desk.nextPage();
    await desk.call(avery, 'comments:setPageRules', rules(page.id, true));
    const { action } = await desk.remove(sam, await desk.capture(page.id, JUNE), 'obscenity');
    const refused = await desk.refusal(drew, 'comments:review', { action, verdict: 'agree' });
    expect(refused.code).toBe('not-permitted');
  });

  it('lets two reviewers pressing at once record one verdict', async () => {
    const { avery, sam, kim } = desk.people;
    const { page } = desk.nextPage();
    await desk.call(avery, 'comments:setPageRules', rules(page.id, true));
    const { action } = await desk.remove(sam, await desk.capture(page.id, JUNE), 'obscenity');
    const before = (await eventsOfType('moderation.review')).length;
    // The moderation log is called directly: the dispatcher's one session cannot hold two people.
    const both = await Promise.allSettled([
      desk.services.moderation.review(kim, { action, verdict: 'agree' }),
      desk.services.moderation.review(avery, { action, verdict: 'disagree' }),
    ]);
    expect(both.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await eventsOfType('moderation.review')).toHaveLength(before + 1);
  });

  it('needs no review for a removal made before the rule was switched on', async () => {
    const { avery, sam, kim } = desk.people;
    const { page } = desk.nextPage();
    const { summary, action } = await desk.remove(
      sam,
      await desk.capture(page.id, JUNE),
      'obscenity',
    );
    expect(summary.review).toBeUndefined();
    await desk.call(avery, 'comments:setPageRules', rules(page.id, true));
    const refused = await desk.refusal(kim, 'comments:review', { action, verdict: 'agree' });
    expect(refused.message).toContain('needs no second reviewer');
    const story = await desk.call<{ total: number; comments: CommentSummary[] }>(
      kim,
      'comments:list',
      { pageId: page.id },
    );
    expect(story.comments[0]?.review).toBeUndefined();
  });

  it('refuses to review a keep, or a removal voided by a correction', async () => {
    const { avery, sam, kim } = desk.people;
    const { page } = desk.nextPage();
    await desk.call(avery, 'comments:setPageRules', rules(page.id, true));
    const kept = await desk.call<CommentSummary>(sam, 'comments:act', {
      comment: await desk.capture(page.id, JUNE),
      action: 'keep',
    });
    const keep = await desk.refusal(kim, 'comments:review', {
      action: kept.action?.seq ?? 0,
      verdict: 'agree',
    });
    expect(keep.message).toContain('needs no second reviewer');

    const { action } = await desk.remove(sam, await desk.capture(page.id, JUNE), 'obscenity');
    await desk.call(sam, 'comments:correct', {
      corrects: action,
      note: 'Pressed remove on the wrong comment',
    });
    const voided = await desk.refusal(kim, 'comments:review', { action, verdict: 'agree' });
    expect(voided.message).toContain('voided by correction');
  });
});
