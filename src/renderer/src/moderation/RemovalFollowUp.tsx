import type { CommentSummary } from '../../../shared/moderation/comment-view';
import type { Profile } from '../../../shared/profiles/profile';

/**
 * Issue 11: what a hide or removal still needs (a second reviewer's verdict, the commenter's
 * notice), shown under the comment in the queue and its history. Placeholder until built.
 */
export function RemovalFollowUp(_props: {
  comment: CommentSummary;
  me: Profile;
  onChanged: (comment: CommentSummary) => void;
}) {
  return null;
}
