import { unavailable } from './domain-handlers';
import type { ActingHandlers } from '../ipc/authorize';
import type { HandlerContext } from './domain-handlers';

/** Issue 11: second reviewers, notices and page rules (placeholders until built). */
export function commentReviewHandlers(
  _context: HandlerContext,
): Pick<
  ActingHandlers,
  | 'comments:review'
  | 'comments:notice'
  | 'comments:noticeText'
  | 'comments:pageRules'
  | 'comments:setPageRules'
> {
  return {
    'comments:review': () => unavailable('A second review'),
    'comments:notice': () => unavailable('A notice'),
    'comments:noticeText': () => unavailable('A notice'),
    'comments:pageRules': () => unavailable('Page moderation rules'),
    'comments:setPageRules': () => unavailable('Page moderation rules'),
  };
}
