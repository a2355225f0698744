import { noticeText } from '../../shared/moderation/notice-text';
import { versionInForce } from '../../shared/pages/in-force';
import { DeskFailure } from '../ipc/desk-failure';
import type { ActingHandlers } from '../ipc/authorize';
import type { Services } from '../services';
import type { HandlerContext } from './domain-handlers';
import { profileNames } from './profile-names';

/**
 * The ready notice for a removal: its category, and the words of the intro statement it was
 * judged under (the version in force when the comment was posted, as the action recorded it).
 */
async function noticeFor(services: Services, actionSeq: number): Promise<string> {
  const { comments, pages } = services;
  await comments.ready();
  const action = comments.action(actionSeq);
  const comment = action && comments.comment(action.comment);
  if (!action || !comment || action.action !== 'remove' || !action.reason) {
    throw new DeskFailure(
      'invalid-request',
      `Event ${actionSeq} is not a removal; a notice to a commenter is for a removal only.`,
    );
  }
  const page = pages.get(comment.pageId);
  const at = comment.postedAt ?? comment.seenAt;
  // Every removal judged under a version records it; one without (made before issue 11) is read
  // by the same rule that judged it.
  const version = action.introVersion
    ? pages.version(action.introVersion)
    : pages.inForce(page.id, at).version;
  if (!version) {
    throw new DeskFailure(
      'invalid-request',
      `“${page.name}” had no published intro statement when this comment was posted, so there is no published rule to quote.`,
    );
  }
  return noticeText({
    reason: action.reason,
    pageName: page.name,
    pageUrl: page.url,
    commentedAt: at,
    author: comment.author,
    statement: { text: version.text, since: versionInForce([version], at)?.since },
    department: services.departmentSettings.settings?.name,
  });
}

/** Issue 11: second reviewers for removals, notices to commenters, and the pages' rules for both. */
export function commentReviewHandlers({
  services,
}: HandlerContext): Pick<
  ActingHandlers,
  | 'comments:review'
  | 'comments:notice'
  | 'comments:noticeText'
  | 'comments:pageRules'
  | 'comments:setPageRules'
> {
  const { comments, moderation, pages } = services;
  const summaryOfAction = (seq: number) => {
    const action = comments.action(seq);
    const comment = action && comments.comment(action.comment);
    if (!comment) throw new DeskFailure('not-found', `There is no comment for action ${seq}.`);
    return comments.summary(comment, profileNames(services));
  };
  const rulesOf = async (pageId: string) => {
    pages.get(pageId);
    await comments.ready();
    return { pageId, ...comments.pageRules(pageId) };
  };
  return {
    'comments:review': async (review, by) => {
      await moderation.review(by, review);
      return summaryOfAction(review.action);
    },
    'comments:notice': async (notice, by) => {
      // A notice recorded without its text records the ready one: the message the screen showed.
      const text =
        notice.text.trim() === '' ? await noticeFor(services, notice.action) : notice.text;
      await moderation.notice(by, { ...notice, text });
      return summaryOfAction(notice.action);
    },
    'comments:noticeText': async ({ action }) => ({ text: await noticeFor(services, action) }),
    'comments:pageRules': ({ pageId }) => rulesOf(pageId),
    'comments:setPageRules': async (rules, by) => {
      await moderation.setPageRules(by, rules);
      return rulesOf(rules.pageId);
    },
  };
}
