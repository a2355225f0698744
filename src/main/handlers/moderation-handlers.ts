import { commentActionHandlers } from './comment-action-handlers';
import { commentImportHandlers } from './comment-import-handlers';
import { commentListHandlers } from './comment-list-handlers';
import { commentReportHandlers } from './comment-report-handlers';
import { commentReviewHandlers } from './comment-review-handlers';
import { commentStoryHandlers } from './comment-story-handlers';
import type { DomainHandlers, HandlerContext } from './domain-handlers';

/** The moderation desk's handlers (issue 11), each job in its own file. */
export function moderationHandlers(context: HandlerContext): DomainHandlers<'comments'> {
  return {
    ...commentListHandlers(context),
    ...commentStoryHandlers(context),
    ...commentActionHandlers(context),
    ...commentReviewHandlers(context),
    ...commentImportHandlers(context),
    ...commentReportHandlers(context),
  };
}
