import type { CommentSummary } from '../../../../shared/moderation/comment-view';
import type { Profile } from '../../../../shared/profiles/profile';

/**
 * What the screen offers; the main process decides again (permission table, and the moderation
 * log refuses a removal's own moderator as its reviewer).
 */
export function mayReview(me: Profile, comment: CommentSummary): boolean {
  const by = comment.action?.by;
  return (
    by !== undefined &&
    by !== me.id &&
    (me.roles.includes('moderator') || me.roles.includes('administrator'))
  );
}

export function mayRecordNotice(me: Profile): boolean {
  return me.roles.includes('moderator');
}
