import type { CommentState } from '../../../../shared/moderation/comment-view';

/** A comment's state in words: the list and the current comment say it, never colour alone. */
export const STATE_WORDS: Readonly<Record<CommentState, string>> = {
  new: 'New',
  kept: 'Kept',
  hidden: 'Hidden',
  removed: 'Removed',
  restored: 'Restored',
  referred: 'Referred',
};
